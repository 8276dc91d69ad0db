// The records of chasing: the escalation levels, how a chase was made, and the log entry kept on each recommendation.
import { formatLongDate, isIsoDate } from '../dates/format';
import { newId, nowIso } from '../model/ids';
import type { IsoDate, IsoDateTime } from '../model/types';

export const CHASE_LEVELS = ['reminder', 'chase', 'escalation'] as const;
/** reminder: before the due date; chase: once overdue; escalation: to someone senior (chief executive, monitoring officer). */
export type ChaseLevel = (typeof CHASE_LEVELS)[number];

export const CHASE_METHODS = ['letter', 'email', 'phone', 'other'] as const;
export type ChaseMethod = (typeof CHASE_METHODS)[number];

export const CHASE_LEVEL_LABELS: Record<ChaseLevel, string> = {
  reminder: 'Reminder',
  chase: 'Chase',
  escalation: 'Escalation',
};

export const CHASE_METHOD_LABELS: Record<ChaseMethod, string> = {
  letter: 'Letter',
  email: 'Email',
  phone: 'Phone call',
  other: 'Other',
};

/**
 * One chase of one recommendation. A letter about five recommendations makes five records, so each
 * recommendation's history is complete on its own and merges field by field like every other record.
 */
export interface ChaseRecord {
  id: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  recommendationId: string;
  date: IsoDate;
  /** Whom the chase went to, as written on it ("Cllr Jane Smith, Cabinet member for children"). */
  to: string;
  level: ChaseLevel;
  method: ChaseMethod;
  note: string;
}

export interface ChaseDetails {
  date: IsoDate;
  to: string;
  level: ChaseLevel;
  method: ChaseMethod;
  note?: string;
}

/** The chase records to add for one chase of several recommendations: one each, same details, new ids. */
export function newChaseRecords(recommendationIds: readonly string[], details: ChaseDetails): ChaseRecord[] {
  if (!CHASE_LEVELS.includes(details.level)) throw new Error(`"${String(details.level)}" is not a chase level (reminder, chase or escalation).`);
  if (!CHASE_METHODS.includes(details.method)) throw new Error(`"${String(details.method)}" is not a way of chasing (letter, email, phone or other).`);
  if (!isIsoDate(details.date)) throw new Error(`The chase date "${details.date}" is not a date written YYYY-MM-DD.`);
  const stamp = nowIso();
  return [...new Set(recommendationIds)].map((recommendationId) => ({
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    recommendationId,
    date: details.date,
    to: details.to.trim(),
    level: details.level,
    method: details.method,
    note: (details.note ?? '').trim(),
  }));
}

/** One line of a recommendation's history: "22 November 2026 — Chase by email to Cllr Jane Smith". */
export function chaseHistoryLine(record: Pick<ChaseRecord, 'date' | 'to' | 'level' | 'method' | 'note'>): string {
  const how = record.method === 'phone' ? 'by phone' : record.method === 'other' ? '' : `by ${record.method}`;
  const what = [CHASE_LEVEL_LABELS[record.level], how, record.to === '' ? '' : `to ${record.to}`].filter((p) => p !== '').join(' ');
  const line = `${formatLongDate(record.date)} — ${what}`;
  return record.note === '' ? line : `${line} (${record.note})`;
}
