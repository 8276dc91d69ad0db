// The drafts journal and its replay: typing survives a reload, and an old draft never overwrites a newer edit.
import { describe, expect, it } from 'vitest';
import { createJournal, JOURNAL_KEY, type DraftStorage } from '../../../renderer/features/drafts/journal';
import { replayDrafts } from '../../../renderer/features/drafts/replay';
import { flushPendingEdits, flushWhenLeaving, onFlushPending } from '../../../renderer/features/drafts/flush';
import { updateRecommendation } from '../../../renderer/db/index';
import { exampleDb } from '../db/helpers';

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('drafts journal', () => {
  it('keeps the latest text per field with the value it started from, and forgets it once saved', () => {
    const storage = memoryStorage();
    const journal = createJournal(storage, () => new Date('2026-12-07T10:00:00Z'));
    const target = { kind: 'recommendation' as const, id: 'r1', field: 'notes' };
    journal.record(target, 'A', 'old');
    journal.record(target, 'AB', 'A'); // the base stays the value before the first keystroke
    expect(journal.entries()).toEqual([{ target, value: 'AB', base: 'old', at: '2026-12-07T10:00:00.000Z' }]);
    journal.clear(target);
    expect(journal.entries()).toEqual([]);
    expect(storage.data.has(JOURNAL_KEY)).toBe(false);
  });

  it('ignores a damaged journal rather than replaying it', () => {
    const storage = memoryStorage();
    storage.setItem(JOURNAL_KEY, '{not json');
    expect(createJournal(storage).entries()).toEqual([]);
    storage.setItem(JOURNAL_KEY, JSON.stringify({ a: { target: { kind: 'table', id: 'x', field: 'y' }, value: 'v', base: '', at: '' } }));
    expect(createJournal(storage).entries()).toEqual([]);
  });
});

describe('replaying drafts at start', () => {
  it('saves a draft whose field still holds its base, and drops one whose field changed since', async () => {
    const db = await exampleDb();
    const [first, second] = await db.recommendations.limit(2).toArray();
    const journal = createJournal(memoryStorage());
    journal.record({ kind: 'recommendation', id: first!.id, field: 'notes' }, 'Typed just before the reload', first!.notes);
    journal.record({ kind: 'recommendation', id: second!.id, field: 'notes' }, 'Old draft', second!.notes);
    await updateRecommendation(db, second!.id, { notes: 'A newer edit from another window' });
    journal.record({ kind: 'item', id: 'gone', field: 'title' }, 'x', 'y');

    const applied: string[] = [];
    const summary = await replayDrafts(db, journal, async (entry) => {
      applied.push(entry.target.id);
      await updateRecommendation(db, entry.target.id, { notes: entry.value });
      return true;
    });
    expect(applied).toEqual([first!.id]);
    expect(summary.applied).toHaveLength(1);
    expect(summary.stale.map((e) => e.value)).toEqual(['Old draft', 'x']);
    expect((await db.recommendations.get(first!.id))!.notes).toBe('Typed just before the reload');
    expect((await db.recommendations.get(second!.id))!.notes).toBe('A newer edit from another window');
    expect(journal.entries()).toEqual([]);
  });

  it('keeps a draft whose save failed, to try again next time', async () => {
    const db = await exampleDb();
    const row = (await db.recommendations.limit(1).toArray())[0]!;
    const journal = createJournal(memoryStorage());
    journal.record({ kind: 'recommendation', id: row.id, field: 'notes' }, 'typed', row.notes);
    const summary = await replayDrafts(db, journal, async () => false);
    expect(summary.applied).toEqual([]);
    expect(journal.entries()).toHaveLength(1);
  });
});

describe('flushing pending edits', () => {
  it('runs every registered save on pagehide and when the page is hidden, not when it is shown', async () => {
    const listeners = new Map<string, () => void>();
    const target = { addEventListener: (type: string, fn: () => void) => void listeners.set(type, fn), removeEventListener: (type: string) => void listeners.delete(type) };
    const doc = { visibilityState: 'visible' as DocumentVisibilityState };
    let saves = 0;
    const stopField = onFlushPending(async () => void (saves += 1));
    const stop = flushWhenLeaving(target as unknown as Window, doc);
    listeners.get('visibilitychange')!();
    await flushPendingEdits();
    expect(saves).toBe(1); // only the explicit flush
    doc.visibilityState = 'hidden';
    listeners.get('visibilitychange')!();
    listeners.get('pagehide')!();
    await Promise.resolve();
    expect(saves).toBe(3);
    stop();
    stopField();
    expect(listeners.size).toBe(0);
    await flushPendingEdits();
    expect(saves).toBe(3);
  });
});
