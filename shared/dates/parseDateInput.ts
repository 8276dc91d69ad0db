// Reading a date as an officer types it: day first always, whatever the browser's or computer's locale.
// Councils write 12/09/2024 for 12 September 2024; a browser's own date box in an en-US locale read it
// as 9 December, so the app reads dates itself, by these rules only:
//   12/9/24, 12/09/2024, 12.09.2024, 12-09-2024, 12 09 2024  → day, month, year
//   12092024 (8 digits), 120924 (6 digits)                    → ddmmyyyy, ddmmyy
//   12 Sept 2024, 12th September 2024, 12-Sep-2024, September 12, 2024 (a month name cannot be misread)
//   Thursday 12 September 2024 (the weekday must agree with the date, or the text is refused:
//   a weekday that disagrees means one of the two was mistyped, and guessing which could store the wrong day)
//   2024-09-12                                                 → ISO, year first (four-digit year first only)
// Two-digit years are 20yy. Anything else, or a date that does not exist (31/02/2024), is refused.
import { isIsoDate } from './format';

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export type DateInputReading =
  | { ok: true; iso: string }
  | { ok: false; reason: 'empty' | 'unreadable' | 'no-such-date' | 'weekday'; message: string };

/** A month from its name or a common abbreviation ("Sept", "Sep", "sept."); null otherwise. */
function monthFromName(word: string | undefined): number | null {
  const w = (word ?? '').toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return index === -1 ? null : index + 1;
}

/** A weekday from its name or a three- or four-letter abbreviation ("Thu", "Thur", "Thurs"). */
function weekdayFromName(word: string | undefined): number | null {
  const w = (word ?? '').toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = WEEKDAYS.findIndex((d) => d.startsWith(w) || (w === 'thurs' && d === 'thursday') || (w === 'tues' && d === 'tuesday'));
  return index === -1 ? null : index;
}

function fullYear(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (/^\d{4}$/.test(text)) return Number(text);
  if (/^\d{2}$/.test(text)) return 2000 + Number(text);
  return null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Parts {
  day: number;
  month: number;
  year: number;
  weekday: number | null;
}

/** Splits the text into day, month and year by the shapes above; null if it has none of them. */
function readParts(text: string): Parts | null {
  // ISO, year first: the one shape where the day is not first, and unmistakable with four digits.
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), weekday: null };

  const digitsOnly = /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(text);
  if (digitsOnly) {
    const year = fullYear(digitsOnly[3]);
    return year === null ? null : { day: Number(digitsOnly[1]), month: Number(digitsOnly[2]), year, weekday: null };
  }

  const numeric = /^(\d{1,2})\s*([/.\-\s])\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})$/.exec(text);
  if (numeric) {
    const year = fullYear(numeric[4]);
    return year === null ? null : { day: Number(numeric[1]), month: Number(numeric[3]), year, weekday: null };
  }

  // Words: an optional weekday, then day and month name in either order, then the year.
  const words = text
    .replace(/,/g, ' ')
    .split(/[\s\-/]+/)
    .filter(Boolean);
  let weekday: number | null = null;
  if (words.length === 4) {
    weekday = weekdayFromName(words[0]);
    if (weekday === null) return null;
    words.shift();
  }
  if (words.length !== 3) return null;
  const year = fullYear(words[2]);
  if (year === null) return null;
  const dayWord = /^(\d{1,2})(st|nd|rd|th)?$/i;
  const dayFirst = dayWord.exec(words[0] ?? '');
  if (dayFirst) {
    const month = monthFromName(words[1]);
    return month === null ? null : { day: Number(dayFirst[1]), month, year, weekday };
  }
  const daySecond = dayWord.exec(words[1] ?? '');
  const month = monthFromName(words[0]);
  return daySecond && month !== null ? { day: Number(daySecond[1]), month, year, weekday } : null;
}

/**
 * Reads a typed date and says, in plain English, why it cannot be read. The date field shows the
 * message beside what was typed; parseDateInput is the same reading without the reason.
 */
export function readDateInput(text: string): DateInputReading {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return { ok: false, reason: 'empty', message: 'Enter a date.' };
  const parts = readParts(trimmed);
  if (!parts) {
    return { ok: false, reason: 'unreadable', message: 'Enter a date day first, for example 12/09/2024 or 12 September 2024.' };
  }
  const iso = `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
  if (parts.month < 1 || parts.month > 12 || !isIsoDate(iso)) {
    const monthName = MONTHS[parts.month - 1];
    return {
      ok: false,
      reason: 'no-such-date',
      message: monthName
        ? `There is no ${parts.day} ${capital(monthName)} ${parts.year}. Enter a real date, day first.`
        : `There is no month ${parts.month}. Enter a date day first, for example 12/09/2024.`,
    };
  }
  if (parts.weekday !== null) {
    const actual = new Date(parts.year, parts.month - 1, parts.day);
    actual.setFullYear(parts.year);
    const day = actual.getDay();
    if (day !== parts.weekday) {
      const name = (i: number) => capital(WEEKDAYS[i] ?? '');
      return { ok: false, reason: 'weekday', message: `That date is a ${name(day)}, not a ${name(parts.weekday)}. Check the day and the date.` };
    }
  }
  return { ok: true, iso };
}

/** YYYY-MM-DD for a date typed day first ("12/9/24", "12 Sept 2024", "2024-09-12"), or null. */
export function parseDateInput(text: string): string | null {
  const reading = readDateInput(text);
  return reading.ok ? reading.iso : null;
}
