// Where a recommendation stands against the response clock, in words and a colour tone, from its dates and its response.
import { differenceInCalendarDays } from 'date-fns';
import { responseDueDate, type DeadlineRule } from '../clock/responseDueDate';
import { parseIsoDate } from '../dates/format';
import type { Recommendation } from '../model/types';
import type { ChasingSettings } from './settings';

export const RESPONSE_STATES = [
  'not-applicable',
  'not-sent',
  'awaiting',
  'due-soon',
  'overdue',
  'responded-on-time',
  'responded-late',
  'no-response',
] as const;
export type ResponseStateName = (typeof RESPONSE_STATES)[number];

export type ResponseTone = 'neutral' | 'warning' | 'danger' | 'success';

export interface ResponseState {
  state: ResponseStateName;
  /** When the response is (or was) due; '' where there is no clock or no date received. */
  dueDate: string;
  /**
   * awaiting / due-soon: days until the due date (0 on the day); overdue / no-response: days past it;
   * responded-late: days late; otherwise 0.
   */
  days: number;
  label: string;
  tone: ResponseTone;
  /** False for a response whose date (or date received) is not recorded, so whether it came in time is not known. */
  timingKnown: boolean;
}

/** The fields the clock reads, so callers can pass a partial record (a table row, a form). */
export type ClockFields = Pick<Recommendation, 'kind' | 'addressee' | 'status' | 'receivedDate' | 'responseOutcome' | 'responseDate'>;
export type ClockSettings = Pick<ChasingSettings, 'rule' | 'dueSoonDays' | 'ruleAppliesTo'>;

/** Outcomes that are an answer from the executive (or whoever owes one). */
export const ANSWERED_OUTCOMES = ['Accepted', 'Partially accepted', 'Rejected', 'Noted', 'Unclear'] as const;

export function isAnswered(outcome: Recommendation['responseOutcome']): boolean {
  return (ANSWERED_OUTCOMES as readonly string[]).includes(outcome);
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** Whether the clock applies at all: a real recommendation, not discharged, to someone the rule covers. */
export function owesResponseUnderRule(rec: Pick<ClockFields, 'kind' | 'addressee' | 'status'>, settings: Pick<ClockSettings, 'ruleAppliesTo'>): boolean {
  return rec.kind !== 'procedural' && rec.status !== 'discharged' && settings.ruleAppliesTo.includes(rec.addressee);
}

export interface ResponseTiming {
  dueDate: string;
  /** Calendar days from receipt to response. */
  daysToRespond: number;
  /** Days after the due date the response came; 0 or less is in time. */
  daysLate: number;
}

/** How long an answer took against the rule; null unless both the date received and the response date are real dates. */
export function responseTiming(rec: Pick<ClockFields, 'receivedDate' | 'responseDate'>, rule: DeadlineRule): ResponseTiming | null {
  const received = parseIsoDate(rec.receivedDate);
  const answered = parseIsoDate(rec.responseDate);
  if (!received || !answered) return null;
  const dueDate = responseDueDate(rec.receivedDate, rule);
  return {
    dueDate,
    daysToRespond: differenceInCalendarDays(answered, received),
    daysLate: differenceInCalendarDays(answered, parseIsoDate(dueDate)!),
  };
}

function parseToday(today: string): Date {
  const date = parseIsoDate(today);
  if (!date) throw new Error(`"${today}" is not a date written YYYY-MM-DD.`);
  return date;
}

/**
 * The response state of `rec` on `today` (YYYY-MM-DD, the machine's own calendar date). Date maths is
 * on calendar dates only, so no time zone or clock change moves a state by a day.
 *
 * Decisions where the issue is silent:
 * - A response recorded with no response date (or no date received) counts as responded on time —
 *   it is answered and nobody needs chasing — but is labelled "Response received" and has
 *   `timingKnown: false`, and the statistics leave it out of the "within the deadline" share.
 * - A recommendation closed as not pursued with no response is "no-response", whatever its outcome field says.
 * - The due date itself is still in time: overdue starts the day after.
 * - A date received that is not a real date is treated as not sent, and says so.
 * - A completed recommendation with no answer recorded needs no chasing ("Completed; no response recorded").
 */
export function responseState(rec: ClockFields, today: string, settings: ClockSettings): ResponseState {
  const now = parseToday(today);
  const result = (state: ResponseStateName, dueDate: string, n: number, label: string, tone: ResponseTone, timingKnown = true): ResponseState => ({
    state,
    dueDate,
    days: n,
    label,
    tone,
    timingKnown,
  });
  if (!owesResponseUnderRule(rec, settings)) return result('not-applicable', '', 0, 'No response needed', 'neutral');

  const received = rec.receivedDate === '' ? null : parseIsoDate(rec.receivedDate);
  const dueDate = received ? responseDueDate(rec.receivedDate, settings.rule) : '';
  const due = dueDate === '' ? null : parseIsoDate(dueDate);
  const untilDue = due ? differenceInCalendarDays(due, now) : 0;

  if (isAnswered(rec.responseOutcome)) {
    const timing = responseTiming(rec, settings.rule);
    if (!timing) return result('responded-on-time', dueDate, 0, 'Response received', 'success', false);
    const late = timing.daysLate;
    return late > 0
      ? result('responded-late', dueDate, late, `Responded ${days(late)} late`, 'warning')
      : result('responded-on-time', dueDate, 0, 'Responded on time', 'success');
  }
  if (rec.responseOutcome === 'No response received' || rec.status === 'not-pursued') {
    return result('no-response', dueDate, Math.max(0, -untilDue), 'No response received', 'danger');
  }
  // A recommendation already carried out with no answer on record (common in trackers brought in from
  // elsewhere, which keep no outcome column) is not worth chasing: the work speaks for the answer.
  if (rec.status === 'completed') return result('not-applicable', dueDate, 0, 'Completed; no response recorded', 'neutral');
  if (!due) {
    const label = rec.receivedDate === '' ? 'Not yet sent' : 'Not yet sent (the date received is not a real date)';
    return result('not-sent', '', 0, label, 'neutral');
  }
  if (untilDue < 0) return result('overdue', dueDate, -untilDue, `Overdue by ${days(-untilDue)}`, 'danger');
  const label = untilDue === 0 ? 'Due today' : untilDue === 1 ? 'Due tomorrow' : `Due in ${days(untilDue)}`;
  return untilDue <= settings.dueSoonDays
    ? result('due-soon', dueDate, untilDue, label, 'warning')
    : result('awaiting', dueDate, untilDue, label, 'neutral');
}
