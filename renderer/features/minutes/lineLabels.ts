// Reading a label at the start of a source line as the review needs it: "(a)", "b.", "ii)", "3." with
// the bullet or dash a PDF or Word list may print before it ("- b.", "• (c)").

const BULLET = String.raw`(?:[-–—•·*▪◦●]\s*)?`;
const LABEL = String.raw`(?:\(([a-z]|[ivx]{1,5}|\d{1,2})\)|([a-z]|[ivx]{1,5}|\d{1,2})[.)])`;
const AT_START = new RegExp(String.raw`^\s*${BULLET}${LABEL}(?:\s+|$)`, 'i');
const BULLET_ONLY = /^\s*[-–—•·*▪◦●]\s+/;

/** The label a line opens with (without brackets or dot) and the words after it; null when none. */
export function lineLabel(line: string): { label: string; rest: string } | null {
  const m = AT_START.exec(line);
  if (!m) return null;
  return { label: m[1] ?? m[2] ?? '', rest: line.slice(m[0].length).trim() };
}

/** A line's words without its label or leading bullet. */
export function withoutLabel(line: string): string {
  const labelled = lineLabel(line);
  if (labelled) return labelled.rest;
  return line.replace(BULLET_ONLY, '').trim();
}

/** Lines joined into a resolution's words: a line that is a bullet or label of its own keeps its line. */
export function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line === '\f') continue;
    const last = parts.length - 1;
    if (last >= 0 && !lineLabel(line) && !BULLET_ONLY.test(line)) {
      // A word broken over the line end by a hyphen joins up again.
      parts[last] = /\w-$/.test(parts[last]!) ? parts[last]!.slice(0, -1) + line : `${parts[last]} ${line}`;
    } else parts.push(last >= 0 ? line : withoutLabel(line));
  }
  return parts.join('\n');
}
