// Counts in words as councils write them: "1 meeting", "12,000 recommendations".

/** A whole number with thousands separators: "50,000". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** "1 recommendation", "12,000 recommendations"; `many` for nouns that do not just add an s. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
