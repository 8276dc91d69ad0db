// Fields a stored recommendation derives from its parents and its own words, in one place so every
// write path (create, edit, move, import, restore) computes them the same way.
import type { Meeting, Recommendation } from '../../shared/index';
import { searchWords } from '../search/words';
import type { AgendaItemRow, RecommendationRow } from './schema';

// Positions are small whole numbers; padding keeps string order equal to number order.
const pad = (n: number) => String(Math.max(0, Math.floor(n))).padStart(6, '0');

/**
 * `date|meeting|item position|position`. The meeting part keeps two meetings of one date apart; it
 * is the last 8 characters of the meeting's id (random in every UUID), not all 36, because the key
 * is stored twice for each recommendation (record and index) and held in memory for each: since
 * version 6. Two meetings of one date sharing those 8 characters (one chance in four billion)
 * would show their recommendations interleaved, and lose nothing.
 */
export function sortKeyOf(meeting: Pick<Meeting, 'id' | 'date'>, itemPosition: number, position: number): string {
  return `${meeting.date}|${meetingPart(meeting.id)}|${pad(itemPosition)}|${pad(position)}`;
}

export const meetingPart = (meetingId: string): string => meetingId.slice(-8);

/** The search words of the searchable fields, space-separated: indexWords' words, found faster (see search/words.ts). */
export function wordsOf(r: Pick<Recommendation, 'text' | 'responseText' | 'action' | 'notes'>): string {
  return searchWords(r).join(' ');
}

/** The searchable fields: editing any of them rebuilds the search words. */
export const SEARCHED_FIELDS = ['text', 'responseText', 'action', 'notes'] as const;

/** Whether the board should read it: no outcome recorded yet, or "No response received". */
export function awaitingOutcomeOf(r: Pick<Recommendation, 'responseOutcome'>): 1 | undefined {
  return r.responseOutcome === '' || r.responseOutcome === 'No response received' || r.responseOutcome === undefined ? 1 : undefined;
}

/**
 * The derived fields an edit of `changes` moves, to write with it. An undefined awaitingOutcome
 * makes Dexie's update remove the field (and so the record from that sparse index).
 */
export function derivedChanges(row: Recommendation, changes: Partial<Recommendation>): Partial<RecommendationRow> {
  const patch: Partial<RecommendationRow> = {};
  if (SEARCHED_FIELDS.some((f) => f in changes)) patch.words = wordsOf({ ...row, ...changes });
  if ('responseOutcome' in changes) patch.awaitingOutcome = awaitingOutcomeOf({ ...row, ...changes });
  return patch;
}

export function toRow(r: Recommendation, item: AgendaItemRow, meeting: Pick<Meeting, 'id' | 'date' | 'committeeId'>): RecommendationRow {
  return {
    ...r,
    committeeId: meeting.committeeId,
    meetingId: meeting.id,
    sortKey: sortKeyOf(meeting, item.position, r.position),
    ...storedExtras(r),
  };
}

/** The derived fields a recommendation's own fields decide (its words and whether it awaits an outcome). */
export function storedExtras(r: Recommendation): Pick<RecommendationRow, 'words' | 'awaitingOutcome'> {
  const awaiting = awaitingOutcomeOf(r);
  return awaiting ? { words: wordsOf(r), awaitingOutcome: awaiting } : { words: wordsOf(r) };
}

/** The domain record without the stored, derived fields (for backups and exports). */
export function fromRow(row: RecommendationRow): Recommendation {
  const { committeeId: _c, meetingId: _m, sortKey: _s, words: _w, awaitingOutcome: _a, ...rest } = row;
  return rest;
}
