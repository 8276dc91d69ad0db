// Measures the column guessing on real councils' trackers (tests/fixtures/trackers/real): columns mapped right / columns.
// Every fourth file by name is set aside and measured only when TRACKERS_SET_ASIDE=1, so tuning never sees it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '../../../shared/tabular/mapping';

interface RealTracker {
  council: string;
  headings: string[];
  rows: string[][];
  expected: string[];
}

const DIR = join(__dirname, '../../fixtures/trackers/real');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const load = (f: string) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as RealTracker;
const setAside = files.filter((_, i) => i % 4 === 3);
const working = files.filter((_, i) => i % 4 !== 3);
// Files found after the guesser was improved: measured as they came, never tuned on.
const late = readdirSync(join(DIR, 'late'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => `late/${f}`);
// The second batch, found by a later search (issue 16's second pass): expected fields written first, measured as found.
const batch2 = readdirSync(join(DIR, 'batch2'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => `batch2/${f}`);
/** The JSON files of a later batch's folder, or none while the folder does not exist yet. */
const batchFiles = (folder: string): string[] =>
  existsSync(join(DIR, folder))
    ? readdirSync(join(DIR, folder))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => `${folder}/${f}`)
    : [];
// The third batch (issue 16, third pass): first run recorded before the guesser was changed for it.
const batch3 = batchFiles('batch3');
// The fourth batch, collected by another helper and never tuned on: measured only when TRACKERS_BATCH4=1.
const batch4 = batchFiles('batch4');

function measure(names: string[]): { right: number; total: number; wrong: string[] } {
  let right = 0;
  let total = 0;
  const wrong: string[] = [];
  for (const name of names) {
    const t = load(name);
    const got = guessColumnMapping(t.headings, t.rows);
    t.expected.forEach((want, c) => {
      total++;
      if (got[c] === want) right++;
      else wrong.push(`${name}: "${t.headings[c]}" → ${got[c]} (expected ${want})`);
    });
  }
  return { right, total, wrong };
}

describe('column guessing on real trackers', () => {
  it('every file has a heading, an expected field and cells for each column', () => {
    for (const name of [...files, ...late, ...batch2, ...batch3, ...batch4]) {
      const t = load(name);
      expect(t.expected.length, name).toBe(t.headings.length);
      for (const row of t.rows) expect(row.length, name).toBe(t.headings.length);
    }
  });

  it('maps at least 95% of the working part right', () => {
    const { right, total, wrong } = measure(working);
    console.log(`working part: ${right}/${total} (${((100 * right) / total).toFixed(1)}%)\n${wrong.join('\n')}`);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });

  it('measures the files found late (not tuned on)', () => {
    const { right, total, wrong } = measure(late);
    console.log(`late part (${late.join(', ')}): ${right}/${total} (${((100 * right) / total).toFixed(1)}%)\n${wrong.join('\n')}`);
    expect(total).toBeGreaterThan(0);
  });

  it('measures the second batch (not tuned on before its first run)', () => {
    const { right, total, wrong } = measure(batch2);
    console.log(`second batch (${batch2.join(', ')}): ${right}/${total} (${((100 * right) / total).toFixed(1)}%)\n${wrong.join('\n')}`);
    expect(total).toBeGreaterThan(0);
  });

  it('measures the third batch', () => {
    const { right, total, wrong } = measure(batch3);
    console.log(`third batch (${batch3.join(', ')}): ${right}/${total} (${((100 * right) / total).toFixed(1)}%)\n${wrong.join('\n')}`);
    expect(total).toBeGreaterThan(0);
  });

  it.runIf(process.env.TRACKERS_BATCH4 === '1' && batch4.length > 0)('fourth batch (set aside, never tuned on)', () => {
    const { right, total, wrong } = measure(batch4);
    console.log(`fourth batch (${batch4.join(', ')}): ${right}/${total} (${((100 * right) / total).toFixed(1)}%)\n${wrong.join('\n')}`);
    expect(total).toBeGreaterThan(0);
  });

  it.runIf(process.env.TRACKERS_SET_ASIDE === '1')('set-aside part', () => {
    const { right, total, wrong } = measure(setAside);
    console.log(`set-aside part (${setAside.join(', ')}): ${right}/${total} (${((100 * right) / total).toFixed(1)}%)\n${wrong.join('\n')}`);
    expect(total).toBeGreaterThan(0);
  });
});
