// Excel workbooks (.xlsx) in and out through exceljs, loaded only when a workbook is read or written
// (it is a large library, and most sessions never touch a spreadsheet).
import type { Workbook } from 'exceljs';
import { guardXlsxSize } from './xlsxGuard';

type ExcelModule = { Workbook: new () => Workbook };

async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as unknown as ExcelModule & { default?: ExcelModule };
  // The browser build is a UMD bundle: bundlers put its exports on `default`.
  return mod.Workbook ? mod : mod.default!;
}

/** A cell's value as the text a person sees, dates as ISO (exceljs gives them as UTC midnight). */
export function cellValueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text?: string }>; text?: unknown; result?: unknown; error?: unknown; formula?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if (v.text !== undefined) return cellValueText(v.text);
    if ('result' in v) return cellValueText(v.result);
    if (v.error !== undefined || v.formula !== undefined) return '';
  }
  return String(value);
}

/** The rows of the workbook's first visible sheet, every row as wide as the widest, as text. */
export async function readXlsxRows(bytes: Uint8Array): Promise<{ sheet: string; rows: string[][] }> {
  await guardXlsxSize(bytes);
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    throw new Error('This Excel workbook is damaged or password-protected, so it cannot be read. Open it in Excel, save it again as an .xlsx workbook without a password, and try again.', { cause: error });
  }
  const sheet = workbook.worksheets.find((ws) => ws.state === 'visible' && ws.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) throw new Error('This Excel workbook has no sheets.');
  const width = sheet.columnCount;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValueText(row.getCell(c).value).trim());
    rows.push(cells);
  }
  return { sheet: sheet.name, rows };
}

/** Column widths in characters: wide for the words, narrow for labels and dates. */
export interface XlsxColumn {
  header: string;
  width: number;
}

/**
 * An .xlsx of one sheet: a bold header row that stays in view (frozen) with a filter, sensible
 * widths, long text wrapped. Every cell is written as text, so nothing in it is run as a formula.
 */
export async function writeXlsx(sheetName: string, columns: readonly XlsxColumn[], rows: ReadonlyArray<ReadonlyArray<string>>): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = 'Scrutiny Tracker';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  columns.forEach((c, i) => {
    if (c.width >= 30) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
    else sheet.getColumn(i + 1).alignment = { vertical: 'top' };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
