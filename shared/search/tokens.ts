// Words for the tracker's prepared search index: a recommendation is found by any word it or its
// response contains, typed from its start ("safeg" finds "safeguarding").

// Words too common to narrow a search; leaving them out keeps the index small.
const STOPWORDS = new Set(
  'an and are as at be been but by for from had has have in is it its of on or that the their this to was were which will with'.split(' '),
);

function fold(text: string): string {
  // Strip accents so "café" matches "cafe"; curly apostrophes are just separators.
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The distinct index words of `texts`, lower-cased, without stopwords or single letters. */
export function indexWords(...texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) {
      if (word.length >= 2 && !STOPWORDS.has(word)) words.add(word);
    }
  }
  return [...words];
}

/** The prefixes a typed query asks for; every one must match. Empty when nothing searchable is typed. */
export function queryPrefixes(query: string): string[] {
  const prefixes = new Set<string>();
  for (const word of fold(query).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length >= 1 && !STOPWORDS.has(word)) prefixes.add(word);
  }
  // A shorter prefix already covered by a longer one ("saf" by "safe") adds nothing.
  return [...prefixes].filter((p) => ![...prefixes].some((q) => q !== p && q.startsWith(p)));
}
