// The statutory clock: when an executive response falls due (LGA 2000 s9FE, two months by default).
import { addDays, addMonths, addWeeks } from 'date-fns';
import { parseIsoDate, toIsoDate } from '../dates/format';

export type DeadlineRule = { months: number } | { weeks: number } | { days: number };

export const STATUTORY_RULE: DeadlineRule = { months: 2 };

/**
 * The due date for a response to recommendations received on `received`. Month arithmetic clamps
 * to the month's end (31 December + 2 months = 28 or 29 February), as date-fns' addMonths does.
 * Works on local calendar dates, so no time zone or clock change can move the answer by a day.
 */
export function responseDueDate(received: string, rule: DeadlineRule = STATUTORY_RULE): string {
  const date = parseIsoDate(received);
  if (!date) throw new Error(`"${received}" is not a date written YYYY-MM-DD`);
  if ('months' in rule) return toIsoDate(addMonths(date, rule.months));
  if ('weeks' in rule) return toIsoDate(addWeeks(date, rule.weeks));
  return toIsoDate(addDays(date, rule.days));
}
