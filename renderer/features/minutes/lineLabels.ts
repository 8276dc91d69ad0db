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

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** The label that follows `label` in its list ("a" → "b", "3" → "4", "iv" → "v"); null if none. */
export function nextLabel(label: string): string | null {
  if (/^\d+$/.test(label)) return String(Number(label) + 1);
  const roman = ROMAN.indexOf(label.toLowerCase());
  if (roman >= 0 && label.length > 1) return ROMAN[roman + 1] ?? null;
  if (/^[a-y]$/i.test(label)) return String.fromCharCode(label.charCodeAt(0) + 1);
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Labelled points run together on one line ("… measures; (b) the committee …; (c) …"), split where
 * the next label of the list follows in turn. Null when the words hold no such next label.
 */
export function inlineParts(text: string, label: string): Array<{ label: string; text: string }> | null {
  const parts = [{ label, text }];
  let current = label;
  for (;;) {
    const next = current === '' ? null : nextLabel(current);
    if (!next) break;
    const last = parts[parts.length - 1]!;
    // Only after a break in the sentence ("…; (b)", "…. b)", "…; and (c)"), never mid-phrase ("figures 2. and 3.").
    const re = new RegExp(String.raw`([;:.,]\s+(?:and\s+|or\s+)?)(?:[-–—•]\s*)?(?:\(${escape(next)}\)|${escape(next)}[.)])\s+(?=\S)`);
    const m = re.exec(last.text);
    if (!m) break;
    const cut = m.index + 1 + m[1]!.slice(1).replace(/\s+$/, '').length;
    parts.splice(parts.length - 1, 1, { label: last.label, text: last.text.slice(0, cut).trim() }, { label: next, text: last.text.slice(m.index + m[0].length).trim() });
    current = next;
  }
  return parts.length > 1 ? parts : null;
}
