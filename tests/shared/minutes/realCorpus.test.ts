// parseMinutes on the corpus of real published minutes (tests/fixtures/minutes/real/): the pooled
// figures may not fall below those measured when the parser was last mended (see that folder's README).
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { loadCases, scoreCorpus, summary } from './realCorpus';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/minutes/real');

describe('parseMinutes on real published minutes', () => {
  it('has at least 55 sets in the working part, each with an expected answer', () => {
    expect(loadCases(dir).length).toBeGreaterThanOrEqual(55);
  });

  it('holds the measured floor on the working part', () => {
    const s = scoreCorpus(loadCases(dir), parseMinutes);
    const report = `${summary(s)}\n${s.misses.filter((m) => m.notes.length > 0).map((m) => `${m.name}: ${m.notes.join('; ')}`).join('\n')}`;
    expect(s.recall, report).toBeGreaterThanOrEqual(0.97);
    expect(s.precision, report).toBeGreaterThanOrEqual(0.97);
    expect(s.labels, report).toBeGreaterThanOrEqual(0.99);
    expect(s.items, report).toBeGreaterThanOrEqual(0.97);
    expect(s.committee, report).toBeGreaterThanOrEqual(0.98);
    expect(s.date, report).toBeGreaterThanOrEqual(0.98);
  });

  it('holds the figure measured on the held-out quarter after its failures were read', () => {
    const s = scoreCorpus(loadCases(resolve(dir, 'held-out')), parseMinutes);
    const report = summary(s);
    expect(s.sets, report).toBeGreaterThanOrEqual(18);
    expect(s.recall, report).toBeGreaterThanOrEqual(0.93);
    expect(s.precision, report).toBeGreaterThanOrEqual(0.99);
    expect(s.labels, report).toBeGreaterThanOrEqual(0.99);
    expect(s.items, report).toBeGreaterThanOrEqual(0.99);
  });
});

describe('parseMinutes on batch 3 of real published minutes (tests/fixtures/minutes/real/batch3)', () => {
  const b3 = resolve(dir, 'batch3');

  it('holds the floor measured on the working part after it was mended', () => {
    const s = scoreCorpus(loadCases(b3), parseMinutes);
    const report = `${summary(s)}\n${s.misses.filter((m) => m.notes.length > 0).map((m) => `${m.name}: ${m.notes.join('; ')}`).join('\n')}`;
    expect(s.sets, report).toBeGreaterThanOrEqual(27);
    expect(s.recall, report).toBeGreaterThanOrEqual(0.99);
    expect(s.precision, report).toBeGreaterThanOrEqual(0.99);
    expect(s.labels, report).toBeGreaterThanOrEqual(0.99);
    expect(s.items, report).toBeGreaterThanOrEqual(0.97);
    expect(s.committee, report).toBeGreaterThanOrEqual(0.96);
    expect(s.date, report).toBeGreaterThanOrEqual(0.99);
  });

  it('holds the floor measured on its later tranches (batch3/extra) after they were mended', () => {
    const s = scoreCorpus(loadCases(resolve(b3, 'extra')), parseMinutes);
    const report = `${summary(s)}\n${s.misses.filter((m) => m.notes.length > 0).map((m) => `${m.name}: ${m.notes.join('; ')}`).join('\n')}`;
    expect(s.sets, report).toBeGreaterThanOrEqual(38);
    expect(s.recall, report).toBeGreaterThanOrEqual(0.93);
    expect(s.precision, report).toBeGreaterThanOrEqual(0.99);
    expect(s.labels, report).toBeGreaterThanOrEqual(0.95);
    expect(s.items, report).toBeGreaterThanOrEqual(0.95);
    expect(s.committee, report).toBeGreaterThanOrEqual(0.96);
    expect(s.date, report).toBeGreaterThanOrEqual(0.99);
  });

  it('holds the figure measured on its held-out quarter after its failures were read (not independent any more)', () => {
    const s = scoreCorpus(loadCases(resolve(b3, 'held-out')), parseMinutes);
    const report = `${summary(s)}\n${s.misses.filter((m) => m.notes.length > 0).map((m) => `${m.name}: ${m.notes.join('; ')}`).join('\n')}`;
    expect(s.sets, report).toBeGreaterThanOrEqual(8);
    expect(s.recall, report).toBeGreaterThanOrEqual(0.99);
    expect(s.precision, report).toBeGreaterThanOrEqual(0.99);
    expect(s.labels, report).toBeGreaterThanOrEqual(0.99);
    expect(s.items, report).toBeGreaterThanOrEqual(0.99);
  });
});

describe('parseMinutes on batch 4 of real published minutes (tests/fixtures/minutes/real/batch4, in tranches)', () => {
  const b4 = resolve(dir, 'batch4');
  const tranches = readdirSync(b4).filter((d) => /^tranche\d+$/.test(d)).sort();

  it('holds the floor measured on its tranches after each was run once and then mended', () => {
    const s = scoreCorpus(tranches.flatMap((d) => loadCases(resolve(b4, d))), parseMinutes);
    const report = `${summary(s)}\n${s.misses.filter((m) => m.notes.length > 0).map((m) => `${m.name}: ${m.notes.join('; ')}`).join('\n')}`;
    expect(s.sets, report).toBeGreaterThanOrEqual(39);
    expect(s.recall, report).toBeGreaterThanOrEqual(0.97);
    expect(s.precision, report).toBeGreaterThanOrEqual(0.99);
    expect(s.labels, report).toBeGreaterThanOrEqual(0.97);
    expect(s.items, report).toBeGreaterThanOrEqual(0.89);
    expect(s.committee, report).toBeGreaterThanOrEqual(0.99);
    expect(s.date, report).toBeGreaterThanOrEqual(0.99);
  });
});
