// Export formats: the zod check with plain-English errors, the small JSON file, and a custom five-column format (York-like) built by the same engine as the three seeds.
import { describe, expect, it } from 'vitest';
import scheduleJson from '../../fixtures/herefordshire-cypsc-schedule-2019-2021.json';
import {
  APPENDIX_FORMAT,
  BUILT_IN_FORMATS,
  buildAppendixDocx,
  buildFormatDocx,
  checkFormat,
  parseFormat,
  readInterchange,
  serializeFormat,
} from '../../../shared/index';
import { headings, openDocx, smallTracker, tables } from './docxXml';
import { YORK } from './formatFixtures';

describe('export formats', () => {
  it('checks a format whole and says what is wrong in plain words', () => {
    for (const f of Object.values(BUILT_IN_FORMATS)) expect(checkFormat(f)).toEqual(f);
    expect(() => checkFormat({ ...YORK, columns: [] })).toThrow(/at least one column/);
    expect(() => checkFormat({ ...YORK, name: ' ' })).toThrow(/has no name/);
    expect(() => checkFormat({ ...YORK, columns: [{ field: 'colour', heading: 'x', width: 10 }] })).toThrow(/columns\.0\.field/);
    expect(() => checkFormat({ ...YORK, grouping: 'sideways' })).toThrow(/grouping/);
    expect(() => checkFormat({ ...YORK, extra: 1 })).toThrow(/not a format/);
  });

  it('saves to a small JSON file and opens from it unchanged', () => {
    const text = serializeFormat(YORK);
    expect(text.length).toBeLessThan(2000);
    expect(parseFormat(text)).toEqual(YORK);
    expect(() => parseFormat('{"nope": 1}')).toThrow(/not a saved export format/);
    expect(() => parseFormat('not json')).toThrow(/not JSON/);
  });

  it('builds a York-like five-column table, every row complete, in its own headings and wording', async () => {
    const tracker = readInterchange(scheduleJson);
    const { document } = await openDocx(await buildFormatDocx(tracker, YORK, { author: 'A. Officer' }));
    expect(headings(document, 1)).toEqual(['Scrutiny recommendations tracker: Children and Young People Scrutiny Committee']);
    const [t] = tables(document);
    const [head, ...body] = t!.rows;
    expect(head!.cells.map((c) => c.text)).toEqual(['Ref', 'Date', 'Recommendation', 'Action taken', 'Complete/Ongoing/Paused']);
    expect(body).toHaveLength(tracker.recommendations.length);
    // Every row says its own meeting date: nothing is merged in a one-table layout.
    expect(body.every((r) => r.cells[1]!.text !== '' && r.cells.every((c) => c.merge === null))).toBe(true);
    expect(new Set(body.map((r) => r.cells[4]!.text))).toEqual(new Set(['Complete', '']));
    // Widths in proportion to the format's, adding up to the landscape text width.
    const grid = [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 2 * 1134);
    expect(grid[2]! / grid[0]!).toBeCloseTo(40 / 6, 1);
  });

  it('builds the same appendix through the engine as through buildAppendixDocx', async () => {
    const tracker = smallTracker();
    const options = { date: '2025-07-17', author: 'Webb, Danial' };
    const a = await openDocx(await buildAppendixDocx(tracker, options));
    const b = await openDocx(await buildFormatDocx(tracker, APPENDIX_FORMAT, options));
    expect(b.document).toBe(a.document);
  });

  it('orders meetings newest first, or one table by target date', async () => {
    const tracker = smallTracker();
    const newest = await openDocx(await buildFormatDocx(tracker, { ...APPENDIX_FORMAT, order: 'meeting-newest' }));
    expect(headings(newest.document, 2)).toEqual(['10 April 2024', '1 February 2024']);
    const copy = structuredClone(tracker);
    copy.recommendations[0]!.targetDate = '2024-12-01';
    copy.recommendations[3]!.targetDate = '2024-06-01';
    const byTarget = await openDocx(await buildFormatDocx(copy, { ...YORK, order: 'target-date', columns: [...YORK.columns, { field: 'targetDate', heading: 'Target', width: 10 }] }));
    const targets = tables(byTarget.document)[0]!.rows.slice(1).map((r) => r.cells[5]!.text);
    expect(targets.slice(0, 2)).toEqual(['1 June 2024', '1 December 2024']);
  });
});
