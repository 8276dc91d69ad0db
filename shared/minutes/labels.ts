// Reads the label and bullet at the start of a line: (a) a) a. 1. 1) (1) (i) i) "Recommendation 1:", an action's
// reference ("A1/26 –") and • - * bullets.

export type LabelKind = 'num' | 'alpha' | 'ALPHA' | 'roman' | 'ROMAN' | 'rec' | 'act';
export type LabelWrap = '()' | ')' | '.' | 'rec';

export interface Label {
  /** As printed, without brackets or dots: "a", "1", "ii". */
  value: string;
  kind: LabelKind;
  wrap: LabelWrap;
  /** A lone i, v or x (or I, V, X): a letter after h, u or w, otherwise a roman numeral. */
  ambiguous: boolean;
  /** The label exactly as printed, e.g. "(a)", kept when a sub-point's line is re-joined. */
  printed: string;
}

// Bullet characters left by Word, PDF and web conversions; U+F0B7 and U+F0A7 come from the Symbol
// and Wingdings fonts, "o" from Word's second-level bullet.
// "Ø" and "§" are Wingdings arrows and squares that lost their font in conversion.
const BULLET = /^(?:[-–—•●▪■◦○·*►▸➢➤→❖✓✔\uf0b7\uf0a7\uf076\uf0d8]|[oØ§](?=\s))\s*/;
// "Recommendation 1:", "Rec 2 -", "R3.": a recommendation's number printed as a word.
const REC = /^(?:recommendation\s+(\d{1,2}|[a-z])\b|rec\.?\s*(\d{1,2})\b|R(\d{1,2})(?=[:.)\s]))\s*[:.)\-–—]?\s*/i;
// ("(a )" with a space inside, as some councils' Word templates print it; "[1]" in square brackets.)
const PAREN = /^\(\s?(\d{1,2}|[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]{1,2}|[IVXLC]{1,6})\s?\)(?:\s+|$)|^\[(\d{1,2}|[a-z]|[ivx]{1,4})\](?:\s+|$)/;
const TRAIL = /^(\d{1,2}|[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|[IVXLC]{1,6})([.)])(?:\s+|$)/;
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

function kindOf(value: string): { kind: LabelKind; ambiguous: boolean } {
  if (/^\d+$/.test(value)) return { kind: 'num', ambiguous: false };
  const lower = value.toLowerCase();
  const upper = value !== lower;
  const isRoman = ROMAN.test(lower) && lower !== '';
  if (isRoman && lower.length === 1) return { kind: upper ? 'ALPHA' : 'alpha', ambiguous: true };
  if (isRoman) return { kind: upper ? 'ROMAN' : 'roman', ambiguous: false };
  return { kind: upper ? 'ALPHA' : 'alpha', ambiguous: false };
}

/** Splits a leading bullet off `text`; the bullet is dropped. */
export function readBullet(text: string): { bullet: boolean; rest: string } {
  const m = BULLET.exec(text);
  if (!m || m[0].length === text.length) return { bullet: false, rest: text };
  // "-1" or "-5%" is a number, not a bullet.
  if (m[0].trim() === '-' && m[0].length === 1) return { bullet: false, rest: text };
  return { bullet: true, rest: text.slice(m[0].length) };
}

// An action's reference in an action list: "A1/26 –", "ACT3/25:", "AP4 -".
const ACT = /^((?:A|ACT)\d{1,3}\/\d{2,4}|AP\d{1,3})\s*[:.)\-–—]\s+/;

/** The label at the start of `text`, or null; `rest` is the text after it. */
export function readLabel(text: string): { label: Label; rest: string } | null {
  const act = ACT.exec(text);
  if (act) return { label: { value: act[1] ?? '', kind: 'act', wrap: 'rec', ambiguous: false, printed: act[0].trim() }, rest: text.slice(act[0].length) };
  let m = REC.exec(text);
  // ("Recommendation 11 be deleted", "Recommendation 3 of the report …": a sentence about a recommendation, not its label.)
  if (m && /^(?:be|is|are|was|were|should|shall|would|will|has|had|of|in|from|to\s+be)\b/i.test(text.slice(m[0].length))) m = null;
  if (m) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    return { label: { value, kind: 'rec', wrap: 'rec', ambiguous: false, printed: m[0].trim() }, rest: text.slice(m[0].length) };
  }
  m = PAREN.exec(text);
  const wrap: LabelWrap | null = m ? '()' : null;
  if (!m) m = TRAIL.exec(text);
  if (!m) return null;
  const value = m[1] ?? (wrap ? m[2] : undefined) ?? '';
  const rest = text.slice(m[0].length);
  const w: LabelWrap = wrap ?? (m[2] === ')' ? ')' : '.');
  // "J. R. Smith": initials, not a label.
  if (w === '.' && /^[A-Z]$/.test(value) && /^[A-Z]\.\s/.test(rest)) return null;
  // A two-letter "label" such as "to." or "an." ends a wrapped sentence; only doubled letters (aa) or
  // roman numerals are labels.
  const { kind, ambiguous } = kindOf(value);
  if (value.length === 2 && /^[a-z]+$/i.test(value) && kind !== 'roman' && kind !== 'ROMAN' && value[0] !== value[1]) return null;
  return { label: { value, kind, wrap: w, ambiguous, printed: m[0].trim() }, rest };
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** The label that would follow `value` in its own sequence ("b" after "a", "iii" after "ii", "4" after "3"). */
export function nextValue(value: string, kind: LabelKind): string {
  if (kind === 'act') return value.replace(/\d+/, (n) => String(Number(n) + 1));
  if (kind === 'num' || kind === 'rec') return /^\d+$/.test(value) ? String(Number(value) + 1) : nextValue(value, 'alpha');
  if (kind === 'roman' || kind === 'ROMAN') {
    const n = romanToInt(value.toLowerCase());
    const next = intToRoman(n + 1);
    return kind === 'ROMAN' ? next.toUpperCase() : next;
  }
  const lower = value.toLowerCase();
  const i = ALPHABET.indexOf(lower[lower.length - 1] ?? '');
  const next = i < 0 || i === 25 ? lower + 'a' : lower.slice(0, -1) + (ALPHABET[i + 1] ?? '');
  return kind === 'ALPHA' ? next.toUpperCase() : next;
}

/** True for the first label of a list: 1, a, A, i, I. */
export function isFirstValue(value: string): boolean {
  return value === '1' || value === 'a' || value === 'A' || value === 'i' || value === 'I';
}

/** The value of a roman numeral in lower case ("xiv" -> 14). */
export function romanToInt(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i] ?? ''] ?? 0;
    const nxt = v[s[i + 1] ?? ''] ?? 0;
    total += cur < nxt ? -cur : cur;
  }
  return total;
}

function intToRoman(n: number): string {
  const table: Array<[number, string]> = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [value, glyph] of table) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}
