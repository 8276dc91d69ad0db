// parseMinutes on about 100 pages, and on lines built to trip a backtracking regex: it must finish and
// still find everything. How fast it is belongs to bench/minutes-bench.mjs, not to a timed test.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { buildCorpus, pathologicalText } from './corpus';

describe('parseMinutes at scale', () => {
  it('reads 100 pages of minutes, every item and resolution, page furniture ignored', () => {
    const corpus = buildCorpus(100);
    expect(corpus.pages).toBeGreaterThanOrEqual(100);
    const parsed = parseMinutes(corpus.text);
    expect(parsed.items).toHaveLength(corpus.items);
    expect(parsed.items.reduce((n, i) => n + i.resolutions.length, 0)).toBe(corpus.resolutions);
    expect(parsed.meetingDate).toBe('2025-03-04');
  });

  it('finishes on pathological lines', () => {
    const parsed = parseMinutes(pathologicalText());
    expect(parsed.meetingDate).toBe('2025-05-01');
  });
});
