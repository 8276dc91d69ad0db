// A word-by-word difference between the tracker's wording and the minutes', for the review to show
// what a "different" recommendation would change (longest common subsequence of words).

export interface DiffPart {
  kind: 'same' | 'tracker' | 'minutes';
  text: string;
}

const MAX_WORDS = 600;

export function wordDiff(tracker: string, minutes: string): DiffPart[] {
  const a = tracker.split(/\s+/).filter(Boolean);
  const b = minutes.split(/\s+/).filter(Boolean);
  // Very long texts are shown whole on each side rather than compared word by word.
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) return [{ kind: 'tracker', text: tracker }, { kind: 'minutes', text: minutes }];
  const key = (w: string) => w.toLowerCase().replace(/[’‘]/g, "'");
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = key(a[i]!) === key(b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += ` ${word}`;
    else parts.push({ kind, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (key(a[i]!) === key(b[j]!)) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('tracker', a[i++]!);
    else push('minutes', b[j++]!);
  }
  while (i < n) push('tracker', a[i++]!);
  while (j < m) push('minutes', b[j++]!);
  return parts;
}
