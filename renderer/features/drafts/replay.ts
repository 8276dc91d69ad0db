// At start, saves what the journal still holds: text typed just before a reload or a closed window
// whose save was cut off. A draft is applied only where the field still holds what it held when the
// typing began, so a newer edit (another window, an import) is never overwritten by an old draft.
import type { TrackerDb } from '../../db/index';
import type { DraftEntry, DraftKind, Journal } from './journal';

const TABLES: Record<DraftKind, 'recommendations' | 'committees' | 'meetings' | 'items'> = {
  recommendation: 'recommendations',
  committee: 'committees',
  meeting: 'meetings',
  item: 'items',
};

/** How a draft is saved: the same write (with history and undo) as typing it would have used. */
export type ApplyDraft = (entry: DraftEntry) => Promise<boolean>;

export interface ReplaySummary {
  applied: DraftEntry[];
  /** The field changed since (or its record is gone): the draft was dropped, not forced in. */
  stale: DraftEntry[];
}

export async function replayDrafts(db: TrackerDb, journal: Journal, apply: ApplyDraft): Promise<ReplaySummary> {
  const summary: ReplaySummary = { applied: [], stale: [] };
  for (const entry of journal.entries()) {
    const { kind, id, field } = entry.target;
    const record = (await db.table(TABLES[kind]).get(id)) as Record<string, unknown> | undefined;
    const current = record ? String(record[field] ?? '') : null;
    if (current === entry.value) {
      journal.clear(entry.target); // it was saved after all
    } else if (current === entry.base && (await apply(entry))) {
      summary.applied.push(entry);
      journal.clear(entry.target);
    } else if (current !== entry.base) {
      summary.stale.push(entry);
      journal.clear(entry.target);
    }
  }
  return summary;
}

