// Scores parseMinutes on the corpus of real published minutes (tests/fixtures/minutes/real/), pooled
// over every set: recall and precision of non-procedural resolutions, labels and items of the matched
// ones, and how many sets have the committee and the meeting date right.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedMinutes } from '../../../shared/index';
import { score, type Expected } from './score';

export interface RealCase {
  name: string;
  text: string;
  expected: Expected;
}

export interface PooledScore {
  sets: number;
  expectedNonProcedural: number;
  recalled: number;
  foundNonProcedural: number;
  precise: number;
  matched: number;
  labelsRight: number;
  itemsRight: number;
  committeeRight: number;
  dateRight: number;
  recall: number;
  precision: number;
  labels: number;
  items: number;
  committee: number;
  date: number;
  /** Per set, what went wrong (empty for a set with nothing wrong). */
  misses: Array<{ name: string; notes: string[] }>;
}

/** Every NAME.txt with a NAME.expected.json in `dir` (not its sub-folders), sorted by name. */
export function loadCases(dir: string): RealCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace('.expected.json', '');
      return { name, text: readFileSync(join(dir, `${name}.txt`), 'utf8'), expected: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected };
    });
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** A committee's name as read and as the reader wrote it: the same name whatever its case ("EXECUTIVE" is "Executive"). */
export const sameCommittee = (got: string | null, want: string | null): boolean => (got === null || want === null ? got === want : got.toLowerCase() === want.toLowerCase());

export function scoreCorpus(cases: RealCase[], parse: (text: string) => ParsedMinutes): PooledScore {
  const t = { expectedNonProcedural: 0, recalled: 0, foundNonProcedural: 0, precise: 0, matched: 0, labelsRight: 0, itemsRight: 0, committeeRight: 0, dateRight: 0 };
  const misses: PooledScore['misses'] = [];
  for (const c of cases) {
    const parsed = parse(c.text);
    const s = score(parsed, c.expected);
    t.expectedNonProcedural += s.expectedNonProcedural;
    t.recalled += Math.round(s.recall * s.expectedNonProcedural);
    t.foundNonProcedural += s.foundNonProcedural;
    t.precise += Math.round(s.precision * s.foundNonProcedural);
    t.matched += s.matched;
    t.labelsRight += Math.round(s.labels * s.matched);
    t.itemsRight += Math.round(s.items * s.matched);
    const notes = s.misses.filter((m) => !m.startsWith('text ') && !m.startsWith('kind ') && !m.startsWith('addressee '));
    if (sameCommittee(parsed.committee, c.expected.committee)) t.committeeRight++;
    else notes.push(`committee ${JSON.stringify(parsed.committee)} for ${JSON.stringify(c.expected.committee)}`);
    if (parsed.meetingDate === c.expected.meetingDate) t.dateRight++;
    else notes.push(`date ${JSON.stringify(parsed.meetingDate)} for ${JSON.stringify(c.expected.meetingDate)}`);
    misses.push({ name: c.name, notes });
  }
  return {
    sets: cases.length,
    ...t,
    recall: ratio(t.recalled, t.expectedNonProcedural),
    precision: ratio(t.precise, t.foundNonProcedural),
    labels: ratio(t.labelsRight, t.matched),
    items: ratio(t.itemsRight, t.matched),
    committee: ratio(t.committeeRight, cases.length),
    date: ratio(t.dateRight, cases.length),
    misses,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** One line of figures, as written in the corpus README. */
export function summary(s: PooledScore): string {
  return `${s.sets} sets: recall ${pct(s.recall)} (${s.recalled}/${s.expectedNonProcedural}), precision ${pct(s.precision)} (${s.precise}/${s.foundNonProcedural}), labels ${pct(s.labels)} (${s.labelsRight}/${s.matched}), items ${pct(s.items)} (${s.itemsRight}/${s.matched}), committee ${pct(s.committee)} (${s.committeeRight}/${s.sets}), date ${pct(s.date)} (${s.dateRight}/${s.sets})`;
}
