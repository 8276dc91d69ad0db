// Dates as the council writes them: "26 September 2023" in documents and the UI, "17/07/25" in footers.
// ISO dates are handled as calendar dates: never through UTC, so no time zone can shift a day.
import { format, isValid, parse } from 'date-fns';

const ISO = 'yyyy-MM-dd';

/** Parses `YYYY-MM-DD` to a local-midnight Date, or null if it is not a real calendar date. */
export function parseIsoDate(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = parse(iso, ISO, new Date(2000, 0, 1));
  return isValid(date) && format(date, ISO) === iso ? date : null;
}

export function isIsoDate(iso: string): boolean {
  return parseIsoDate(iso) !== null;
}

export function toIsoDate(date: Date): string {
  return format(date, ISO);
}

/** "26 September 2023"; '' for ''; the input unchanged if it is not a valid date. */
export function formatLongDate(iso: string): string {
  if (iso === '') return '';
  const date = parseIsoDate(iso);
  return date ? format(date, 'd MMMM yyyy') : iso;
}

/** "17/07/25", as the appendix footer prints the date. */
export function formatShortDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? format(date, 'dd/MM/yy') : iso;
}

/** Today's date in the machine's own time zone. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now);
}
