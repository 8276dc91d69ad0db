// Tables from a workbook's sheets or a document's tables: headings found below titles, grouped by
// layout, and built together (a sheet per committee or per year, a committee column across sheets).
import { describe, expect, it } from 'vitest';
import { buildFromLayouts, groupLayouts, guessLayoutMapping, prepareTable, type TableSource } from '../../../shared/tabular/index';

const TITLE = 'Scrutiny recommendations tracker 2024-25';
const HEAD = ['Ref', 'Origin committee', 'Date', 'Recommendation', 'Status'];
const sheet = (name: string, rows: string[][]): TableSource => ({ name, rows: [[TITLE, '', '', '', ''], ['', '', '', '', ''], HEAD, ...rows] });

describe('tables', () => {
  it('finds the headings below the title rows and keeps the sheet\'s row numbers', () => {
    const t = prepareTable(sheet('2024-25', [['1', 'Place Scrutiny', '01/07/2024', 'Do it', 'Complete']]))!;
    expect(t.headers).toEqual(HEAD);
    expect(t.rows).toEqual([['1', 'Place Scrutiny', '01/07/2024', 'Do it', 'Complete']]);
    expect(t.firstRowNumber).toBe(4);
  });

  it('passes over the headings repeated after a page break and trailing empty columns', () => {
    const t = prepareTable({ name: 'T', rows: [['Rec.', 'Recommendation', ''], ['1', 'A', ''], ['Rec.', 'Recommendation', ''], ['2', 'B', '']] })!;
    expect(t.headers).toEqual(['Rec.', 'Recommendation']);
    expect(t.rows).toEqual([['1', 'A'], ['', ''], ['2', 'B']]);
  });

  it('groups tables with the same headings, whatever their case, and builds them together into several committees', () => {
    const a = prepareTable(sheet('2024-25', [['1', 'Place Scrutiny', '01/07/2024', 'Do it', 'Complete'], ['2', 'People Scrutiny', '08/07/2024', 'Do that', 'Ongoing']]))!;
    const b = prepareTable({ name: '2025-26', rows: [HEAD.map((h) => h.toUpperCase()), ['1', 'Place Scrutiny', '01/07/2025', 'Do more', '']] })!;
    const layouts = groupLayouts([a, b]);
    expect(layouts).toHaveLength(1);
    const mapping = guessLayoutMapping(layouts[0]!);
    expect(mapping).toEqual(['label', 'committee', 'meetingDate', 'text', 'status']);
    const { tracker, problems } = buildFromLayouts(layouts, [mapping]);
    expect(problems).toEqual([]);
    expect(tracker.committees.map((c) => c.name)).toEqual(['Place Scrutiny', 'People Scrutiny']);
    expect(tracker.meetings.map((m) => m.date).sort()).toEqual(['2024-07-01', '2024-07-08', '2025-07-01']);
    expect(tracker.recommendations.map((r) => r.text)).toEqual(['Do it', 'Do that', 'Do more']);
  });

  it('takes each sheet\'s name for its committee when asked, and does not carry one sheet\'s meeting into the next', () => {
    const head = ['Date', 'Recommendation'];
    const a = prepareTable({ name: 'Audit Committee', rows: [head, ['01/07/2024', 'A1'], ['', 'A2']] })!;
    const b = prepareTable({ name: 'Place Scrutiny', rows: [head, ['', 'B1']] })!;
    const layouts = groupLayouts([a, b]);
    const { tracker, problems } = buildFromLayouts(layouts, [guessLayoutMapping(layouts[0]!)], { tableNameIsCommittee: true });
    expect(tracker.committees.map((c) => c.name)).toEqual(['Audit Committee', 'Place Scrutiny']);
    const place = tracker.committees[1]!;
    expect(tracker.meetings.filter((m) => m.committeeId === place.id).map((m) => m.date)).toEqual(['']);
    // Problems say which sheet they are in.
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^Place Scrutiny, row 2: no meeting date/)]);
  });

  it('keeps two layouts apart, each with its own mapping', () => {
    const a = prepareTable({ name: 'S1', rows: [['Recommendation', 'Notes'], ['A', 'n']] })!;
    const b = prepareTable({ name: 'S2', rows: [['Rec.', 'Recommendation'], ['1', 'B']] })!;
    const layouts = groupLayouts([a, b]);
    expect(layouts.map((l) => l.tables.map((t) => t.name))).toEqual([['S1'], ['S2']]);
    const { tracker } = buildFromLayouts(layouts, layouts.map(guessLayoutMapping), { committeeName: 'C' });
    expect(tracker.recommendations.map((r) => [r.label, r.text, r.notes])).toEqual([
      ['', 'A', 'n'],
      ['1', 'B', ''],
    ]);
  });
});
