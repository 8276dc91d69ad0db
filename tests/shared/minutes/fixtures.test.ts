// parseMinutes on the two seeds and on minutes written in other councils' styles, each against a
// hand-written expected result (tests/fixtures/minutes/*.expected.json).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { score, type Expected } from './score';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/minutes');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected;
    const source = expected.source ?? f.replace('.expected.json', '.txt');
    return { name: f.replace('.expected.json', ''), expected, text: readFileSync(join(dir, source), 'utf8') };
  });

describe('parseMinutes on the fixtures', () => {
  it('has the seeds and at least five other councils’ styles to run on', () => {
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining(['seed-001', 'seed-004']));
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  for (const { name, expected, text } of cases) {
    describe(name, () => {
      const parsed = parseMinutes(text);

      it('reads the committee and the meeting date', () => {
        expect(parsed.committee).toBe(expected.committee);
        expect(parsed.meetingDate).toBe(expected.meetingDate);
      });

      it('finds every agenda item, numbered and titled as printed', () => {
        expect(parsed.items.map((i) => [i.number, i.title])).toEqual(expected.items.map((i) => [i.number, i.title]));
      });

      it('finds the non-procedural resolutions (recall ≥ 95%, precision ≥ 90%) with the right labels and items', () => {
        const s = score(parsed, expected);
        const report = `${name}: recall ${s.recall.toFixed(3)}, precision ${s.precision.toFixed(3)}, labels ${s.labels.toFixed(3)}, items ${s.items.toFixed(3)}, texts ${s.texts.toFixed(3)}, kinds ${s.kinds.toFixed(3)}, addressees ${s.addressees.toFixed(3)}\n${s.misses.join('\n')}`;
        console.info(report);
        expect(s.recall, report).toBeGreaterThanOrEqual(0.95);
        expect(s.precision, report).toBeGreaterThanOrEqual(0.9);
        expect(s.labels, report).toBe(1);
        expect(s.items, report).toBe(1);
        // Every resolution the parser finds, procedural ones included, is one the minutes hold.
        const found = parsed.items.reduce((n, i) => n + i.resolutions.length, 0);
        expect(s.matched, report).toBe(found);
        expect(s.matched, report).toBe(expected.items.reduce((n, i) => n + i.resolutions.length, 0));
      });

      it('re-joins each resolution’s words exactly, and mostly classifies as a reader would', () => {
        const s = score(parsed, expected);
        const report = s.misses.join('\n');
        expect(s.texts, report).toBe(1);
        // Kind and addressee are first guesses the officer can change; most must still be right.
        expect(s.kinds, report).toBeGreaterThanOrEqual(0.85);
        expect(s.addressees, report).toBeGreaterThanOrEqual(0.85);
      });
    });
  }
});
