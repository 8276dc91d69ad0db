// Folding text for matching minutes against the tracker: what a copy through Word, a PDF or a web
// page changes (case, spacing, curly quotes, dashes, punctuation) must not make two records differ.
import { diceOfWords } from '../minutes/wording';

/** Curly and other quote marks, and dashes, as their plain keyboard forms. */
function plainMarks(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00a0/g, ' ');
}

/** Case, spacing and quote marks ignored: the 'same words' test. */
export function foldWords(text: string): string {
  return plainMarks(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Case, punctuation and quote marks ignored, "&" read as "and": titles and committee names. */
export function foldTitle(text: string): string {
  return plainMarks(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    // An apostrophe joins its word ("children's" = "childrens"); other marks separate words.
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A committee's name without a leading "the" (the tracker and the minutes may differ on it). */
export function foldName(text: string): string {
  return foldTitle(text).replace(/^the /, '');
}

/** A minute or agenda number as printed ("7.", "Item 7", "22/22", "(181)") to compare. */
export function foldNumber(text: string | null | undefined): string {
  return (text ?? '')
    .toLowerCase()
    .replace(/^\s*(?:item|minute|min\.?|no\.?)\s*/, '')
    .replace(/[\s().:]+/g, '')
    .replace(/^0+(?=\d)/, '');
}

/** A label as printed ("(a)", "b.", "ii)") to compare; '' for none. */
export function foldLabel(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/[\s().:\-–]+/g, '');
}

/** The words of a text, for likeness. */
export function wordList(text: string): string[] {
  return foldTitle(text).split(' ').filter(Boolean);
}

/**
 * How alike two texts' words are, 0 to 1 (Dice coefficient over word multisets). A text that is the
 * opening of the other (a recommendation cut off at a page break, then completed by the officer)
 * counts as alike as its share of the longer one, but never below 0.75 once it is 8 words or more.
 */
export function likeness(a: string, b: string): number {
  const wa = wordList(a);
  const wb = wordList(b);
  if (wa.length === 0 || wb.length === 0) return wa.length === wb.length ? 1 : 0;
  const dice = diceOfWords(wa, wb);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const opening = short.length >= 8 && short.every((w, i) => long[i] === w);
  return opening ? Math.max(dice, 0.75) : dice;
}
