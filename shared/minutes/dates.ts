// Finds a calendar date written the ways minutes write them ("Tuesday 22 July 2025", "6th March, 2024",
// "March 6, 2024", "22/07/2025", "22.07.25") and gives it as an ISO date.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
// "15 TH MAY, 2013": a suffix set apart from its number by a stray space in copying.
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:\s?(?:st|nd|rd|th))?\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, 'gi');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'gi');
const NUMERIC = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b/g;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Every date in `text`, in order of position. */
export function findDates(text: string): Array<{ iso: string; index: number }> {
  const found: Array<{ iso: string; index: number }> = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const d = iso(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
    if (d) found.push({ iso: d, index: m.index ?? 0 });
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const d = iso(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
    if (d) found.push({ iso: d, index: m.index ?? 0 });
  }
  for (const m of text.matchAll(NUMERIC)) {
    // British order, day first; a two-digit year is this century.
    const y = (m[3] ?? '').length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const d = iso(y, Number(m[2]), Number(m[1]));
    if (d) found.push({ iso: d, index: m.index ?? 0 });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date in `text` at or after `from`, or null. */
export function firstDate(text: string, from = 0): string | null {
  return findDates(text).find((d) => d.index >= from)?.iso ?? null;
}
