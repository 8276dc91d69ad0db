// The number of recommendations the minutes state for an item ("seven recommendations (a-g)",
// "recommendations 1 to 5"), so the review can say when the proposals under it disagree.

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const NUMBER = String.raw`(\d{1,2}|${WORDS.slice(2).join('|')})`;
const COUNTED = new RegExp(String.raw`\b${NUMBER}\s+(?:\w+\s+)?recommendations\b(?:\s*\(\s*([a-z]|\d{1,2})\s*(?:[-–—]|to)\s*([a-z]|\d{1,2})\s*\))?`, 'i');
const RANGE = /\brecommendations\s*\(?\s*\(?([a-z]|\d{1,2})\)?\s*(?:[-–—]|to)\s*\(?([a-z]|\d{1,2})\)?\s*\)?/i;
// "the recommendations (1 to 6) as set out in section 7 of the report": a report's list, not this item's.
const REPORTS = /^[^.;]{0,20}\b(?:as\s+set\s+out|set\s+out|contained|in\s+(?:the|section|paragraph|appendix)|of\s+the\s+(?:report|task)|within\s+the)\b/i;

function span(a: string, b: string): number | null {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(b) - Number(a) + 1;
  if (/^[a-z]$/i.test(a) && /^[a-z]$/i.test(b)) return b.toLowerCase().charCodeAt(0) - a.toLowerCase().charCodeAt(0) + 1;
  return null;
}

/** The count the text states, with the words that state it, or null. */
export function statedCount(text: string): { count: number; text: string } | null {
  if (!/recommendations/i.test(text)) return null;
  const flat = text.replace(/\s+/g, ' ');
  const c = COUNTED.exec(flat);
  if (c && !REPORTS.test(flat.slice(c.index + c[0].length))) {
    const n = /^\d+$/.test(c[1] ?? '') ? Number(c[1]) : WORDS.indexOf((c[1] ?? '').toLowerCase());
    if (n >= 2 && n <= 40) return { count: n, text: c[0].trim() };
  }
  const r = RANGE.exec(flat);
  if (r && !REPORTS.test(flat.slice(r.index + r[0].length))) {
    const n = span(r[1] ?? '', r[2] ?? '');
    if (n !== null && n >= 2 && n <= 40) return { count: n, text: r[0].trim() };
  }
  return null;
}
