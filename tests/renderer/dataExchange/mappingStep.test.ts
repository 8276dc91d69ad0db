// The mapping step's words: what a column's chosen field does with it (kept in the notes, left out, a
// long field name written out in full), and what the officer is told once the import is done.
import { describe, expect, it } from 'vitest';
import { COLUMN_FIELD_LABELS, groupLayouts, prepareTable, type ColumnMapping, type PreparedTable } from '../../../shared/index';
import { columnMeaning } from '../../../renderer/features/dataExchange/ColumnMappingStep';
import { columnsMappedTo, describeImported, describeNoted } from '../../../renderer/features/dataExchange/summary';

describe('what a column’s choice means', () => {
  it('shows how a column kept in the notes will read there, and says when one is left out', () => {
    expect(columnMeaning('notes', 'Review due', 'June 2025')).toBe('Kept in the notes as “Review due: June 2025”.');
    expect(columnMeaning('notes', '  ', undefined)).toBe('Kept in the notes under “its column”.');
    expect(columnMeaning('notes', 'Comments', 'x'.repeat(60))).toBe(`Kept in the notes as “Comments: ${'x'.repeat(39)}…”.`);
    expect(columnMeaning('ignore', 'Review due', 'June 2025')).toBe('Left out: not imported.');
  });

  it('writes out a field name too long for a narrow select, and says nothing more for a short one', () => {
    expect(columnMeaning('origin', 'Source', 'Housing task group')).toBe(COLUMN_FIELD_LABELS.origin);
    expect(columnMeaning('receivedDate', 'Exec date', '17 October 2024')).toBe(COLUMN_FIELD_LABELS.receivedDate);
    expect(columnMeaning('priority', 'Priority', 'High')).toBeNull();
    expect(columnMeaning('label', 'Ref', '1')).toBeNull();
  });

  it('says how each progress update will be dated: by a date column, a date in its heading, or the day of the import', () => {
    expect(columnMeaning('progressUpdate', 'Progress update March 2026', 'Done')).toBe('Each cell becomes a progress update, dated 1 March 2026 from its heading, after any already there.');
    expect(columnMeaning('progressUpdate', 'Update (3 June 2024)', 'Done')).toMatch(/dated 3 June 2024 from its heading/);
    expect(columnMeaning('progressUpdate', 'Latest update', 'Done', { dateColumn: 'Date of update' })).toMatch(/dated by “Date of update”/);
    expect(columnMeaning('progressUpdate', 'Progress update', 'Done')).toMatch(/dated the day of the import \(no date column, no date in its heading\)/);
  });
});

describe('the words after an import', () => {
  const table = (name: string, rows: string[][]): PreparedTable => prepareTable({ name, rows })!;
  const layouts = groupLayouts([
    table('2024-25', [['Ref', 'Recommendation', 'Review due', 'Officer comment'], ['1', 'Do it', 'June', 'x']]),
    table('2025-26', [['Ref', 'Recommendation', 'Review due', 'Officer comment'], ['2', 'Do more', 'July', 'y']]),
  ]);

  it('names each column kept in the notes or left out once, whatever the number of sheets', () => {
    // Two sheets of the same headings are one layout with one mapping.
    expect(layouts).toHaveLength(1);
    const mappings: Record<string, ColumnMapping> = { [layouts[0]!.key]: ['label', 'text', 'notes', 'ignore'] };
    expect(columnsMappedTo(layouts, mappings, 'notes')).toEqual(['Review due']);
    expect(columnsMappedTo(layouts, mappings, 'ignore')).toEqual(['Officer comment']);
    expect(describeNoted([])).toBeNull();
    expect(describeNoted(['Review due', 'Comments'])).toBe('2 columns kept in the notes under their headings (Review due, Comments).');
  });

  it('says how many recommendations went into how many committees, and what was kept in the notes', () => {
    const done = { committees: 3, meetings: 4, items: 4, recommendations: 5, skipped: 0, updates: 0, committeeIds: ['a', 'b', 'c'] };
    expect(describeImported(done, 'tracker.xlsx', ['Review due'])).toBe(
      'Imported 5 recommendations from tracker.xlsx into 3 committees. 1 column kept in the notes under its heading (Review due).',
    );
    expect(describeImported({ ...done, recommendations: 1, skipped: 2, committeeIds: ['a'] }, 'tracker.csv')).toBe(
      'Imported 1 recommendation from tracker.csv. 2 already in the tracker were left as they were.',
    );
  });
});
