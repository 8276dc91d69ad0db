// Dates as the council writes them: "26 September 2023" in documents and the UI, "17/07/25" in footers.
// ISO dates are handled as calendar dates: never through UTC, so no time zone can shift a day.
import { format } from 'date-fns';

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Parses `YYYY-MM-DD` to a local-midnight Date, or null if it is not a real calendar date.
 * By hand rather than with date-fns' parse: the chasing board reads every open recommendation's
 * dates as the app starts, and parse (with a format round trip to refuse 31 February) took most of
 * a second for 12,000 of them.
 */
export function parseIsoDate(iso: string): Date | null {
  const m = ISO_SHAPE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  const date = new Date(2000, month, day);
  date.setFullYear(year); // years below 100 too (the Date constructor would read 0024 as 1924)
  // A day or month out of range rolls over (31 February → 3 March): refused.
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : null;
}

export function isIsoDate(iso: string): boolean {
  return parseIsoDate(iso) !== null;
}

export function toIsoDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
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

/** "Thursday 12 September 2024": how the date field reads a typed date back; '' if not a date. */
export function formatWeekdayDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? format(date, 'EEEE d MMMM yyyy') : '';
}

/** "12/09/2024": how a stored date is put back into a date field for editing, day first. */
export function formatInputDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? format(date, 'dd/MM/yyyy') : iso;
}
