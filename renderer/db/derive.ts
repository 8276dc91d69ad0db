// Fields a stored recommendation derives from its parents and its own words, in one place so every
// write path (create, edit, move, import, restore) computes them the same way.
import type { Meeting, Recommendation } from '../../shared/index';
import { searchWords } from '../search/words';
import type { AgendaItemRow, RecommendationRow } from './schema';

// Positions are small whole numbers; padding keeps string order equal to number order.
const pad = (n: number) => String(Math.max(0, Math.floor(n))).padStart(6, '0');

export function sortKeyOf(meeting: Pick<Meeting, 'id' | 'date'>, itemPosition: number, position: number): string {
  return `${meeting.date}|${meeting.id}|${pad(itemPosition)}|${pad(position)}`;
}

/** The search words of the searchable fields: indexWords' words, found faster (see search/words.ts). */
export function wordsOf(r: Pick<Recommendation, 'label' | 'text' | 'responseText' | 'action' | 'notes'>): string[] {
  return searchWords(r);
}

/** The searchable fields: editing any of them rebuilds the search words. */
export const SEARCHED_FIELDS = ['text', 'responseText', 'action', 'notes'] as const;

export function toRow(r: Recommendation, item: AgendaItemRow, meeting: Pick<Meeting, 'id' | 'date' | 'committeeId'>): RecommendationRow {
  return {
    ...r,
    committeeId: meeting.committeeId,
    meetingId: meeting.id,
    sortKey: sortKeyOf(meeting, item.position, r.position),
    words: wordsOf(r),
  };
}

/** The domain record without the stored, derived fields (for backups and exports). */
export function fromRow(row: RecommendationRow): Recommendation {
  const { committeeId: _c, meetingId: _m, sortKey: _s, words: _w, ...rest } = row;
  return rest;
}
