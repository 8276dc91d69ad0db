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

/**
 * The line of an item's heading, at or after `start`: a line holding the item's number and the
 * opening words of its title (or the number alone on its line with the title on the next). -1 if none.
 */
export function locateHeading(lines: string[], number: string, title: string, start = 0): number {
  const num = words(number).join(' ');
  const head = words(title).slice(0, 4).join(' ');
  if (num === '' && head === '') return -1;
  for (let i = start; i < lines.length; i++) {
    const here = words(lines[i] ?? '').join(' ');
    if (here === '') continue;
    const next = words(lines[i + 1] ?? '').join(' ');
    if (num !== '') {
      if (!(here === num || here.startsWith(`${num} `) || here.startsWith(`item ${num} `) || here.startsWith(`minute ${num} `))) continue;
      if (head === '' || here.includes(head) || (here.length <= num.length + 6 && next.startsWith(head))) return i;
    } else if (here.startsWith(head)) return i;
  }
  return -1;
}
