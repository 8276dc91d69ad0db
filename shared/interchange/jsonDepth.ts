// A cheap look at how deeply a JSON text nests, before JSON.parse builds it: 50 MB of "[" would
// otherwise become millions of nested arrays (and every later walk over them) and crash the page.

/**
 * Deepest nesting any file the app reads can have. A backup is about six levels deep (file, tables,
 * a table, a record, its progress updates, one update) and the interchange file about seven
 * (committees, a committee, meetings, items, recommendations, updates, one update); 64 leaves room
 * for anything a person or another tool might add while staying far from what hurts.
 */
export const MAX_JSON_DEPTH = 64;

// Outside strings JSON has only whitespace, brackets, commas, colons, numbers, true, false and null.
// A table by character code, so the check costs one array read a character.
const JSON_OUTSIDE_STRINGS = new Uint8Array(128);
for (const c of ' \t\n\r{}[],:0123456789+-.eEtrufalsn') JSON_OUTSIDE_STRINGS[c.charCodeAt(0)] = 1;

/**
 * True when the text opens more than `maxDepth` brackets ({ or [) without closing them, outside
 * strings. It reads each character once and stops at the first level too deep, so a hostile file
 * is refused in a moment. At the first character that cannot be JSON it stops and answers false:
 * JSON.parse fails there, having gone no deeper than the text before it, which was shallow enough.
 */
export function jsonTooDeep(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c >= 128 || JSON_OUTSIDE_STRINGS[c] === 0) return false;
  }
  return false;
}

/** The sentence for a file refused by jsonTooDeep, naming what it was offered as. */
export function jsonTooDeepMessage(what: string): string {
  return `${what} is nested more than ${MAX_JSON_DEPTH} levels deep, which no tracker or backup is, so it was not read.`;
}
