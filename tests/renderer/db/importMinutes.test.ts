// The minutes import's write: applies planMinutesImport's plan in one transaction, adding nothing twice.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes, readInterchange, type ParsedMinutes } from '../../../shared/index';
import { historyFor, importMinutes, importTracker, updateRecommendation, type MinutesImportRequest } from '../../../renderer/db/index';
import { draftFromParsed, importRequest } from '../../../renderer/features/minutes/draft';
import example from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import { freshDb } from './helpers';

const seed004 = readFileSync(new URL('../../fixtures/004_96e372cf547dc9a6.txt', import.meta.url), 'utf8');
const request004 = () => importRequest(draftFromParsed(parseMinutes(seed004), seed004));

describe('importMinutes', () => {
  it('adds the ticked resolutions once; the same minutes again add nothing', async () => {
    const db = freshDb();
    const request = request004();
    const ticked = request.reviewed.filter((r) => r.add).length;
    const first = await importMinutes(db, request);
    expect(first).toMatchObject({ added: ticked, updated: 0 });
    expect(await db.committees.count()).toBe(1);
    expect(await db.meetings.count()).toBe(1);
    const items = await db.items.count();
    const again = await importMinutes(db, request004());
    expect(again).toMatchObject({ added: 0, updated: 0, same: ticked, committeeId: first.committeeId, meetingId: first.meetingId });
    expect(await db.recommendations.count()).toBe(ticked);
    expect(await db.items.count()).toBe(items);
    // Ticking a procedural decision the second time adds only that one, under its item.
    const more = request004();
    more.reviewed = more.reviewed.map((r) => ({ ...r, add: true }));
    const third = await importMinutes(db, more);
    expect(third.added).toBe(more.reviewed.length - ticked);
    expect(await db.meetings.count()).toBe(1);
  });

  it('after a correction in the tracker adds nothing, and takes the minutes’ words in only when asked, with history', async () => {
    const db = freshDb();
    await importMinutes(db, request004());
    const row = (await db.recommendations.toArray()).find((r) => r.text.startsWith('For full Council to debate'))!;
    await updateRecommendation(db, row.id, { text: 'For full Council to debate a motion on the child-friendly approach (corrected).' });
    const again = await importMinutes(db, request004());
    expect(again).toMatchObject({ added: 0, updated: 0 });
    expect((await db.recommendations.get(row.id))?.text).toContain('(corrected)');

    const asked = request004();
    asked.reviewed = asked.reviewed.map((r) => ({ ...r, update: true }));
    const taken = await importMinutes(db, asked);
    expect(taken).toMatchObject({ added: 0, updated: 1 });
    expect((await db.recommendations.get(row.id))?.text).toMatch(/^For full Council to debate/);
    expect((await db.recommendations.get(row.id))?.text).not.toContain('(corrected)');
    const history = await historyFor(db, row.id);
    expect(history[0]).toMatchObject({ field: 'text', oldValue: expect.stringContaining('(corrected)') as string, reason: 'Taken from the minutes of 2025-07-22' });
  });

  it('files minutes of a meeting already held from the Word appendix under its meeting and items, adding no copies', async () => {
    const db = freshDb();
    await importTracker(db, readInterchange(example));
    const counts = async () => [await db.committees.count(), await db.meetings.count(), await db.items.count(), await db.recommendations.count()];
    const before = await counts();
    const meeting = example.meetings.find((m) => m.date === '2024-01-23')!;
    const minutes: ParsedMinutes = {
      committee: 'CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE',
      meetingDate: '2024-01-23',
      items: [
        {
          number: '182',
          title: "SAFEGUARDING CHILDREN'S PARTNERSHIP ANNUAL REPORT 2022/23",
          resolutions: [
            { label: '1', text: meeting.items[0]!.recommendations[0]!.text, kind: 'recommendation', addressee: null },
            { label: '2', text: 'That the partnership report back on the workshop.', kind: 'recommendation', addressee: null },
          ],
        },
        {
          number: '183',
          title: 'TASK AND FINISH GROUP – CHILDREN AND YOUNG PEOPLE DIRECTORATE BUDGET',
          resolutions: meeting.items[1]!.recommendations.map((r, i) => ({ label: 'abcdefg'[i]!, text: r.text.replace(/’/g, "'"), kind: 'recommendation' as const, addressee: null })),
        },
      ],
    };
    const request: MinutesImportRequest = {
      committeeName: minutes.committee!,
      meetingDate: '2024-01-23',
      receivedDate: '2024-01-23',
      minutes,
      reviewed: minutes.items.flatMap((i) => i.resolutions.map(() => ({ kind: 'recommendation' as const, addressee: 'executive' as const, add: true, update: false }))),
    };
    const result = await importMinutes(db, request);
    expect(result).toMatchObject({ added: 1, same: 8 });
    const after = await counts();
    expect(after).toEqual([before[0], before[1], before[2], before[3]! + 1]);
    const added = (await db.recommendations.toArray()).find((r) => r.text.startsWith('That the partnership report back'))!;
    expect((await db.items.get(added.itemId))?.title).toBe('Safeguarding Children’s Partnership Annual Report 2022/23');
    expect(await importMinutes(db, request)).toMatchObject({ added: 0, same: 9 });
  });

  it('refuses a review that does not match the minutes, changing nothing', async () => {
    const db = freshDb();
    const request = request004();
    await expect(importMinutes(db, { ...request, reviewed: request.reviewed.slice(1) })).rejects.toThrow(/do not match/);
    expect(await db.committees.count()).toBe(0);
  });
});
