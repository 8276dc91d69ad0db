// A recommendation's search words for the prepared index: exactly shared/search/tokens.ts's indexWords, with a fast path for plain ASCII text.
// Building the index splits every text of the tracker (50,000 recommendations, 35 MB of text), and
// indexWords' Unicode normalisation and Unicode-class regular expression cost most of a second.
// For ASCII text both are no-ops, so a character scan gives the same words; any other text takes
// indexWords itself. Stopwords are not copied here: each distinct word is checked once with
// indexWords and remembered, so the two can never disagree.
import { indexWords } from '../../shared/index';
import type { RecommendationRow } from '../db/schema';

export type SearchedText = Pick<RecommendationRow, 'text' | 'responseText' | 'action' | 'notes'>;

// Printable ASCII, tabs and line breaks; anything else (accents, curly quotes, other controls) takes indexWords.
const NOT_PLAIN = /[^\t\n\r\x20-\x7e]/;
/** word → whether indexWords keeps it (false for stopwords). */
const kept = new Map<string, boolean>();

function addAscii(text: string, out: Set<string>): void {
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (wordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= 2) {
        const word = lower.slice(start, i);
        let keep = kept.get(word);
        if (keep === undefined) {
          keep = indexWords(word).length === 1;
          kept.set(word, keep);
        }
        if (keep) out.add(word);
      }
      start = -1;
    }
  }
}

/** The distinct search words of a recommendation's text, response, action and notes. */
export function searchWords(r: SearchedText): string[] {
  const out = new Set<string>();
  for (const text of [r.text, r.responseText, r.action, r.notes]) {
    if (!text) continue;
    if (NOT_PLAIN.test(text)) for (const word of indexWords(text)) out.add(word);
    else addAscii(text, out);
  }
  return [...out];
}
