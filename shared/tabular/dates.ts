// Dates as councils type them in spreadsheets and documents ("26 September 2023", "26/09/23",
// "2023-09-26", Excel's serial numbers), read into the tracker's ISO dates.
import { isIsoDate } from '../dates/format';

/** How a numeric date like 03/04/2024 is read: day first (UK) or month first (US). */
export type DateOrder = 'dmy' | 'mdy';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const PATTERNS: ReadonlyArray<{ re: RegExp; read(m: RegExpExecArray, order: DateOrder): [number, number, number] }> = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  {
    re: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]\d)/g,
    read: (m, order) => {
      const a = +m[1]!;
      const b = +m[3]!;
      return [fullYear(m[4]!), order === 'mdy' ? a : b, order === 'mdy' ? b : a];
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+${MONTH_NAME}\\.?,?[\\s-]+(\\d{4})\\b`, 'gi'),
    read: (m) => [+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!],
  },
  {
    re: new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => [+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!],
  },
];

/** Two-digit years are this century up to '69, the last one after: council records start long after 1970. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function iso(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

export interface FoundDate {
  iso: string;
  /** Where in the text the date was written. */
  start: number;
  end: number;
}

/** The first real date written anywhere in `text` ("Cabinet, 26 September 2023" finds it), or null. */
export function findCouncilDate(text: string, order: DateOrder = 'dmy'): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (best && m.index >= best.start) break;
      const [y, mo, d] = read(m, order);
      const found = iso(y, mo, d);
      if (found) {
        best = { iso: found, start: m.index, end: m.index + m[0].length };
        break;
      }
    }
  }
  return best;
}

/** Excel counts days from 1 January 1900, and counts a 29 February 1900 that never was. */
function fromExcelSerial(serial: number): string | null {
  const whole = Math.floor(serial);
  const base = whole >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(base + whole * 86_400_000).toISOString().slice(0, 10);
}

const WEEKDAY = /^(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s*)?$/i;
const TIME = /^(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:am|pm)?|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|\s+\d{2}:\d{2}(?::\d{2})?)?$/i;

/**
 * A cell that holds a date and nothing else (a weekday before it or a time after it allowed), as
 * ISO, or null. Whole numbers between 20000 and 80000 (1954 to 2119) are read as Excel serial dates.
 */
export function parseCouncilDate(text: string, order: DateOrder = 'dmy'): string | null {
  const cell = text.trim();
  if (cell === '') return null;
  if (/^\d{5}(?:\.\d+)?$/.test(cell)) {
    const serial = Number(cell);
    return serial >= 20000 && serial < 80000 ? fromExcelSerial(serial) : null;
  }
  const found = findCouncilDate(cell, order);
  if (!found) return null;
  const before = cell.slice(0, found.start);
  const after = cell.slice(found.end);
  return WEEKDAY.test(before) && (after.trim() === '' || TIME.test(after)) ? found.iso : null;
}

const MONTH_YEAR = new RegExp(`\\b${MONTH_NAME}\\.?,?\\s+(\\d{4})\\b`, 'i');

/**
 * The first of the month a heading names without a day ("Progress update March 2026", "Update Jan
 * 2025"), or null: monthly update columns are headed so, and their updates must keep their order.
 */
export function findMonthOfHeading(text: string): string | null {
  const m = MONTH_YEAR.exec(text);
  return m ? iso(+m[2]!, MONTHS[m[1]!.toLowerCase()]!, 1) : null;
}
