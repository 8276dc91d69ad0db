// Reading the files an officer may choose (JSON, CSV, Excel, Word), and the preview's words: what
// the file holds and, from a dry run of the one import transaction, what importing it would add.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import appendixJson from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import { buildAppendixDocx, readInterchange, serializeBackup } from '../../../shared/index';
import { importTracker } from '../../../renderer/db/index';
import { readTrackerFile } from '../../../renderer/features/dataExchange/readTrackerFile';
import { describeContents, describeProblem, describeSummary } from '../../../renderer/features/dataExchange/summary';
import { exampleDb, freshDb } from '../db/helpers';

const file = (name: string, data: string | Uint8Array) => new File([typeof data === 'string' ? data : data.slice()], name);

describe('readTrackerFile', () => {
  it('reads interchange JSON into a tracker', async () => {
    const read = await readTrackerFile(file('tracker.json', JSON.stringify(appendixJson)));
    expect(read.kind === 'tracker' && read.source).toBe('json');
    expect(read.kind === 'tracker' && read.tracker.recommendations).toHaveLength(49);
  });

  it('reads CSV and every sheet of an Excel workbook into tables for the mapping step', async () => {
    const csv = await readTrackerFile(file('tracker.csv', 'Meeting;Recommendation\r\n26/09/2023;"Do it; now"\r\n'));
    expect(csv).toEqual({ kind: 'table', source: 'csv', tables: [{ name: 'tracker.csv', rows: [['Meeting', 'Recommendation'], ['26/09/2023', 'Do it; now']] }] });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Recs').addRows([['Meeting', 'Recommendation'], ['26/09/2023', 'Do it']]);
    workbook.addWorksheet('More').addRows([['Meeting', 'Recommendation'], ['28/11/2023', 'Do more']]);
    // Named .docx by mistake: what the zip holds decides.
    const xlsx = await readTrackerFile(file('tracker.docx', new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)));
    expect(xlsx.kind === 'table' && xlsx.source).toBe('xlsx');
    expect(xlsx.kind === 'table' && xlsx.tables.map((t) => [t.name, t.rows])).toEqual([
      ['Recs', [['Meeting', 'Recommendation'], ['26/09/2023', 'Do it']]],
      ['More', [['Meeting', 'Recommendation'], ['28/11/2023', 'Do more']]],
    ]);
  });

  it('reads a Word appendix into a tracker, with its committee', async () => {
    const read = await readTrackerFile(file('appendix.docx', await buildAppendixDocx(readInterchange(appendixJson))));
    expect(read.kind).toBe('tracker');
    if (read.kind !== 'tracker') return;
    expect(read).toMatchObject({ source: 'docx', format: 'appendix', committeeName: 'Children and Young People Scrutiny Committee', problems: [] });
    expect(read.tracker.recommendations).toHaveLength(49);
    expect(read.bytes).toBeInstanceOf(Uint8Array);
  });

  it('hands a Word table in another layout to the mapping step as tables, with the committee its title names', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Place Scrutiny Committee recommendations tracker'),
            new Table({ rows: [new TableRow({ children: ['Ref', 'Recommendation', 'Cabinet Member'].map(cell) }), new TableRow({ children: ['1', 'Do it.', 'Cllr Kent'].map(cell) })] }),
          ],
        },
      ],
    });
    const read = await readTrackerFile(file('tracker.docx', new Uint8Array(await Packer.toBuffer(doc))));
    expect(read).toEqual({ kind: 'table', source: 'docx', committeeName: 'Place Scrutiny Committee', tables: [{ name: 'Table 1', rows: [['Ref', 'Recommendation', 'Cabinet Member'], ['1', 'Do it.', 'Cllr Kent']] }] });
  });

  it('refuses what it cannot read, in plain words', async () => {
    await expect(readTrackerFile(file('old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0])))).rejects.toThrow(/older Excel \(\.xls\) or Word \(\.doc\)/);
    await expect(readTrackerFile(file('broken.json', '{"committee": '))).rejects.toThrow('"broken.json" is not a tracker file: it is not valid JSON.');
    await expect(readTrackerFile(file('bad.json', '{"committee": "X"}'))).rejects.toThrow(/^"bad.json" cannot be imported: meetings is missing\.$/);
    await expect(readTrackerFile(file('slides.pdf', '%PDF-1.7'))).rejects.toThrow(/can import trackers from \.json/);
    const backup = serializeBackup(readInterchange(appendixJson));
    await expect(readTrackerFile(file('backup.json', backup))).rejects.toThrow(/is a full backup of a tracker, not a tracker to add\. Restore it/);
    await expect(readTrackerFile(file('empty.csv', ''))).rejects.toThrow('"empty.csv" is empty.');
    const zip = new JSZip();
    zip.file('content.xml', '<x/>');
    await expect(readTrackerFile(file('notes.docx', await zip.generateAsync({ type: 'uint8array' })))).rejects.toThrow(/not a Word document/);
  });
});

describe('the preview', () => {
  it('counts what an import would add from a dry run, and adds nothing doing so', async () => {
    const db = await exampleDb();
    const tracker = readInterchange({
      committee: 'Children and Young People Scrutiny Committee',
      meetings: [
        { date: '2023-09-26', items: [{ title: 'Early Help', recommendations: [{ label: '1', text: 'The council will make full use of school information collection to plan and deliver early help support.' }, { label: '9', text: 'A new one.' }] }] },
        { date: '2026-01-20', items: [{ title: 'Budget', recommendations: [{ label: '1', text: 'Protect youth services.' }] }] },
      ],
    });
    const summary = await importTracker(db, tracker, { dryRun: true });
    expect(describeSummary(summary)).toBe('Adds 1 meeting, 1 agenda item, 2 recommendations; 1 already in the tracker.');
    expect(await db.recommendations.count()).toBe(49);
    expect(describeContents(tracker)).toBe('Children and Young People Scrutiny Committee: 2 meetings, 2 agenda items, 3 recommendations.');
  });

  it('writes large counts with thousands separators', () => {
    expect(describeSummary({ committees: 10, meetings: 992, items: 5978, recommendations: 50000, skipped: 1234, updates: 0, committeeIds: [] })).toBe(
      'Adds 10 committees, 992 meetings, 5,978 agenda items, 50,000 recommendations; 1,234 already in the tracker.',
    );
    expect(describeSummary({ committees: 0, meetings: 0, items: 0, recommendations: 0, skipped: 12000, updates: 0, committeeIds: [] })).toBe('Adds nothing: all 12,000 recommendations are already in the tracker.');
  });

  it('says when everything is already there, or there is nothing to add', async () => {
    const db = await exampleDb();
    expect(describeSummary(await importTracker(db, readInterchange(appendixJson), { dryRun: true }))).toBe('Adds nothing: all 49 recommendations are already in the tracker.');
    expect(describeSummary(await importTracker(freshDb(), { committees: [], meetings: [], items: [], recommendations: [], progressUpdates: [] }, { dryRun: true }))).toBe(
      'Adds nothing: no recommendations were found.',
    );
  });

  it('names the row of a spreadsheet problem and leaves the others as written', () => {
    expect(describeProblem({ row: 12, message: 'the status "Stalled" is not one the tracker knows.' })).toBe('Row 12: the status "Stalled" is not one the tracker knows.');
    expect(describeProblem({ row: null, message: 'table 3, row 4: x' })).toBe('Table 3, row 4: x');
  });
});
