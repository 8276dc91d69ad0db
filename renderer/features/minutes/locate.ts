// Finds the lines of the source a proposed resolution came from, so the review screen can show them.
// The parser re-joins lines and drops labels, so this matches on words rather than exact text.

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);

/**
 * The first source line (at or after `start`, else anywhere) holding the opening words of `text`,
 * and the line where its closing words end. { from: -1, to: -1 } when it cannot be found.
 */
export function locateInSource(lines: string[], text: string, start = 0): { from: number; to: number } {
  const target = words(text);
  if (target.length === 0) return { from: -1, to: -1 };
  const head = target.slice(0, Math.min(5, target.length)).join(' ');
  const tail = target.slice(-Math.min(4, target.length)).join(' ');
  const folded = lines.map((l) => words(l).join(' '));
  const find = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      // The opening words may run over a line break, but must start on this line.
      const window = [folded[i], folded[i + 1] ?? '', folded[i + 2] ?? ''].join(' ');
      const at = window.indexOf(head);
      if (at >= 0 && at < (folded[i] ?? '').length) return i;
    }
    return -1;
  };
  const from = find(start, lines.length) >= 0 ? find(start, lines.length) : find(0, start);
  if (from < 0) return { from: -1, to: -1 };
  let to = from;
  for (let i = from; i < Math.min(lines.length, from + 40); i++) {
    const window = [folded[i - 1] ?? '', folded[i]].join(' ');
    if (window.includes(tail)) {
      to = i;
      break;
    }
  }
  return { from, to };
}
