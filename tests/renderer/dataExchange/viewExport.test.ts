// The view's export: the table's filters and order, one row per recommendation, dates as councils
// write them, formula-looking cells neutralised in CSV and in Excel; and the whole tracker as JSON.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv, readInterchange } from '../../../shared/index';
import { importTracker, updateRecommendation } from '../../../renderer/db/index';
import { buildInterchangeExport, buildViewExport, loadViewRows, VIEW_COLUMNS, viewFileName } from '../../../renderer/features/dataExchange/viewExport';
import { cellValueText, readXlsxSheets } from '../../../renderer/features/dataExchange/excel';
import { exampleDb, freshDb, inMeetingOrder } from '../db/helpers';

const CYP = 'Children and Young People Scrutiny Committee';

describe('the view export', () => {
  it('gives the filtered view in the table\'s order, with dates as councils write them', async () => {
    const db = await exampleDb();
    const all = await loadViewRows(db, {}, 'meeting');
    expect(all).toHaveLength(49);
    expect(all[0]!.slice(0, 6)).toEqual([CYP, '26 September 2023', '', 'Early Help', '1', expect.stringMatching(/^The council will make full use/)]);
    const rejected = await loadViewRows(db, { outcomes: ['Rejected'] }, 'meeting-desc');
    expect(rejected).toHaveLength(5);
    expect(rejected.every((r) => r[7] === 'Rejected')).toBe(true);
    const dates = rejected.map((r) => new Date(r[1]!).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(all[0]).toHaveLength(VIEW_COLUMNS.length);
  });

  it('neutralises a recommendation that looks like a formula, in CSV and in Excel', async () => {
    const db = await exampleDb();
    const first = (await inMeetingOrder(db))[0]!;
    await updateRecommendation(db, first.id, { text: '=SUM(A1:A9) quokka', notes: '@danger', leadOfficer: '+44 1432 260000' });

    const csv = await buildViewExport(db, { text: 'quokka' }, 'meeting', 'csv');
    expect(csv.count).toBe(1);
    expect(csv.request.suggestedName).toMatch(/^Scrutiny recommendations \d{1,2} \w+ \d{4}\.csv$/);
    const text = csv.request.data as string;
    expect(text.startsWith('\ufeff"Committee","Meeting date"')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(VIEW_COLUMNS.map((c) => c.header));
    expect(rows[1]![5]).toBe("'=SUM(A1:A9) quokka");
    expect(rows[1]![14]).toBe("'+44 1432 260000");
    expect(rows[1]![VIEW_COLUMNS.findIndex((c) => c.header === 'Notes')]).toBe("'@danger");

    const xlsx = await buildViewExport(db, {}, 'meeting', 'xlsx');
    expect(xlsx.count).toBe(49);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((xlsx.request.data as Uint8Array).slice().buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(6).value).toBe('Recommendation');
    expect(sheet.getRow(1).font?.bold ?? sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(6).width).toBeGreaterThan(sheet.getColumn(5).width!);
    expect(sheet.getRow(2).getCell(6).value).toBe("'=SUM(A1:A9) quokka");
    expect(sheet.getRow(2).getCell(6).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.rowCount).toBe(50);
  });

  it('refuses an empty view in plain words, and names the file after the committee', async () => {
    const db = await exampleDb();
    await expect(buildViewExport(db, { text: 'zebra crossings' }, 'meeting', 'csv')).rejects.toThrow(/no recommendations in the view/);
    const committeeId = (await db.committees.toArray())[0]!.id;
    const named = await buildViewExport(db, { committeeId }, 'meeting', 'xlsx');
    expect(named.request.suggestedName).toMatch(new RegExp(`^${CYP} recommendations .*\\.xlsx$`));
    expect(viewFileName('', 'csv', '2026-11-22')).toBe('Scrutiny recommendations 22 November 2026.csv');
  });
});

describe('the whole tracker as interchange JSON', () => {
  it('writes every committee and reads back with the same counts', async () => {
    const db = await exampleDb();
    await importTracker(db, readInterchange({ committee: 'Adults and Wellbeing Scrutiny Committee', meetings: [{ date: '2025-07-22', items: [{ title: 'Safeguarding', recommendations: [{ label: '2', text: 'For Council to debate the report.' }] }] }] }));
    const { request, count } = await buildInterchangeExport(db);
    expect(count).toBe(50);
    const json = JSON.parse(request.data as string);
    expect(json.committees).toHaveLength(2);
    const back = readInterchange(json);
    expect(back.recommendations).toHaveLength(50);
    expect(back.meetings).toHaveLength(10);
    const again = freshDb();
    expect((await importTracker(again, back)).recommendations).toBe(50);
  });

  it('says so when the tracker is empty', async () => {
    await expect(buildInterchangeExport(freshDb())).rejects.toThrow('The tracker is empty: there is nothing to export.');
  });
});

describe('reading Excel', () => {
  it('gives cell values as text: dates as ISO, rich text and formula results as shown', () => {
    expect(cellValueText(new Date(Date.UTC(2023, 8, 26)))).toBe('2023-09-26');
    expect(cellValueText({ richText: [{ text: 'That the ' }, { text: 'plan' }] })).toBe('That the plan');
    expect(cellValueText({ formula: 'A1+1', result: 3 })).toBe('3');
    expect(cellValueText({ text: 'link', hyperlink: 'https://example.org' })).toBe('link');
    expect(cellValueText({ error: '#REF!' })).toBe('');
    expect(cellValueText(null)).toBe('');
    expect(cellValueText(true)).toBe('TRUE');
  });

  it('reads every visible sheet: a cell merged down gives its value to each row, one merged across is one value, fills give RAG', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Hidden', { state: 'hidden' }).addRow(['x']);
    const sheet = workbook.addWorksheet('Tracker');
    sheet.addRow(['Recommendations tracker 2023', null, null]);
    sheet.mergeCells('A1:C1');
    sheet.addRow(['Meeting', 'Recommendation', 'Status']);
    sheet.addRow([new Date(Date.UTC(2023, 8, 26)), 'First', null]);
    sheet.addRow([null, 'Second', null]);
    sheet.mergeCells('A3:A4');
    sheet.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
    sheet.getCell('C4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC000' } };
    workbook.addWorksheet('Empty');
    workbook.addWorksheet('2024').addRow(['Recommendation']);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const read = await readXlsxSheets(bytes);
    expect(read.map((s) => s.name)).toEqual(['Tracker', '2024']);
    expect(read[0]!.rows).toEqual([
      ['Recommendations tracker 2023', '', ''],
      ['Meeting', 'Recommendation', 'Status'],
      ['2023-09-26', 'First', ''],
      ['2023-09-26', 'Second', ''],
    ]);
    expect(read[0]!.fills.map((r) => r[2])).toEqual(['', '', 'green', 'amber']);
    await expect(readXlsxSheets(new TextEncoder().encode('not a workbook'))).rejects.toThrow(/damaged or password-protected/);
  });
});

describe('the view export imported again', () => {
  it('maps its own headings and gives back the same recommendations', async () => {
    const { guessColumnMapping, parseCsv, rowsToTracker } = await import('../../../shared/index');
    const db = await exampleDb();
    const first = (await inMeetingOrder(db))[0]!;
    await updateRecommendation(db, first.id, {
      text: '=SUM(A1:A9) of the budget',
      addressee: 'partner',
      addresseeName: 'Wye Valley NHS Trust',
      rag: 'blue',
      status: 'work-programme',
      targetDate: '2024-03-31',
      responseDate: '2023-11-01',
      leadOfficer: 'Director of Children’s Services',
    });
    const csv = (await buildViewExport(db, {}, 'meeting', 'csv')).request.data as string;
    const [headers, ...rows] = parseCsv(csv);
    const mapping = guessColumnMapping(headers!, rows);
    expect(mapping).toEqual(['committee', 'meetingDate', 'itemNumber', 'itemTitle', 'label', 'text', 'addressee', 'responseOutcome', 'responseText', 'responseDate', 'action', 'status', 'rag', 'targetDate', 'leadOfficer', 'directorate', 'origin', 'priority', 'notes']);
    const { tracker, problems } = rowsToTracker(rows, mapping, { headers });
    expect(problems).toEqual([]);
    const pick = (r: { label: string; text: string; addressee: string; addresseeName: string; responseOutcome: string; responseText: string; status: string; rag: string; targetDate: string; responseDate: string; leadOfficer: string; notes: string }) =>
      [r.label, r.text, r.addressee, r.addresseeName, r.responseOutcome, r.responseText, r.status, r.rag, r.targetDate, r.responseDate, r.leadOfficer, r.notes];
    const stored = await inMeetingOrder(db);
    expect(tracker.recommendations.map(pick)).toEqual(stored.map(pick));
    expect(tracker.meetings).toHaveLength(9);
    expect(tracker.items).toHaveLength(17);
    // Importing it into the same tracker adds nothing twice.
    expect((await importTracker(db, tracker, { dryRun: true })).skipped).toBe(49);
  });
});
