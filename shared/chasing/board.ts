// The "Awaiting response" board: recommendations still owed a response, grouped by who owes it, most overdue first.
import { ADDRESSEE_LABELS } from '../model/labels';
import type { Recommendation } from '../model/types';
import { responseState, type ClockSettings, type ResponseState } from './state';

export const BOARD_STATES = ['overdue', 'no-response', 'due-soon', 'awaiting', 'not-sent'] as const;
export type BoardState = (typeof BOARD_STATES)[number];

export interface BoardInput {
  recommendation: Recommendation;
  meetingDate: string;
  itemTitle: string;
  committeeName: string;
}

export interface BoardRow extends BoardInput {
  response: ResponseState & { state: BoardState };
}

export type OwnerSource = 'addressee-name' | 'lead-officer' | 'directorate' | 'addressee';

export interface ResponseOwner {
  /** The name as first written, for the group's heading. */
  name: string;
  /** The name folded (case and spacing), so "Cllr Smith" and "cllr  smith" are one group. */
  key: string;
  source: OwnerSource;
}

export interface BoardGroup {
  owner: ResponseOwner;
  rows: BoardRow[];
  counts: Record<BoardState, number>;
  total: number;
}

export interface AwaitingBoard {
  groups: BoardGroup[];
  counts: Record<BoardState, number>;
  total: number;
}

const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/** Who owes the response: the named cabinet member or partner, else the lead officer, else the directorate, else the addressee's label. */
export function responseOwner(rec: Pick<Recommendation, 'addresseeName' | 'leadOfficer' | 'directorate' | 'addressee'>): ResponseOwner {
  const candidates: Array<[string, OwnerSource]> = [
    [rec.addresseeName, 'addressee-name'],
    [rec.leadOfficer, 'lead-officer'],
    [rec.directorate, 'directorate'],
  ];
  for (const [value, source] of candidates) {
    const name = value.trim().replace(/\s+/g, ' ');
    if (name !== '') return { name, key: fold(name), source };
  }
  const name = ADDRESSEE_LABELS[rec.addressee];
  return { name, key: fold(name), source: 'addressee' };
}

const emptyCounts = (): Record<BoardState, number> => ({ overdue: 0, 'no-response': 0, 'due-soon': 0, awaiting: 0, 'not-sent': 0 });

/** Overdue and unanswered by days past due (most first), then by days until due (soonest first), then not yet sent. */
function urgency(row: BoardRow): [number, number] {
  const { state, days } = row.response;
  if (state === 'overdue' || state === 'no-response') return [0, -days];
  if (state === 'due-soon' || state === 'awaiting') return [1, days];
  return [2, 0];
}

export function compareBoardRows(a: BoardRow, b: BoardRow): number {
  const [ga, da] = urgency(a);
  const [gb, db] = urgency(b);
  if (ga !== gb) return ga - gb;
  if (da !== db) return da - db;
  // Ties print in the tracker's own order: meeting, committee, item, position.
  if (a.meetingDate !== b.meetingDate) return a.meetingDate < b.meetingDate ? -1 : 1;
  const byText = a.committeeName.localeCompare(b.committeeName, 'en-GB') || a.itemTitle.localeCompare(b.itemTitle, 'en-GB');
  return byText || a.recommendation.position - b.recommendation.position;
}

/**
 * The board on `today`. Only recommendations still owed a response appear: not yet sent, awaiting,
 * due soon, overdue, or marked "No response received" but not yet closed. Recommendations closed as
 * not pursued have left the chase, so they are not shown.
 */
export function awaitingBoard(items: readonly BoardInput[], today: string, settings: ClockSettings): AwaitingBoard {
  const groups = new Map<string, BoardGroup>();
  const counts = emptyCounts();
  for (const item of items) {
    if (item.recommendation.status === 'not-pursued') continue;
    const response = responseState(item.recommendation, today, settings);
    if (!(BOARD_STATES as readonly string[]).includes(response.state)) continue;
    const row: BoardRow = { ...item, response: response as BoardRow['response'] };
    const owner = responseOwner(item.recommendation);
    let group = groups.get(owner.key);
    if (!group) {
      group = { owner, rows: [], counts: emptyCounts(), total: 0 };
      groups.set(owner.key, group);
    }
    group.rows.push(row);
    group.counts[row.response.state] += 1;
    group.total += 1;
    counts[row.response.state] += 1;
  }
  const list = [...groups.values()];
  for (const g of list) g.rows.sort(compareBoardRows);
  list.sort((a, b) => compareBoardRows(a.rows[0]!, b.rows[0]!) || a.owner.name.localeCompare(b.owner.name, 'en-GB'));
  return { groups: list, counts, total: list.reduce((n, g) => n + g.total, 0) };
}
