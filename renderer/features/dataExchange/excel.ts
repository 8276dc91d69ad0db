// Excel workbooks (.xlsx) in and out through exceljs, loaded only when a workbook is read or written
// (it is a large library, and most sessions never touch a spreadsheet).
import type { Cell, Workbook } from 'exceljs';
import { ragFromColour, type RagRating } from '../../../shared/index';

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

/** A sheet as text: every row as wide as the widest, and each cell's RAG rating by its fill colour. */
export interface XlsxSheet {
  name: string;
  rows: string[][];
  fills: Array<Array<RagRating | ''>>;
}

/** The solid fill colour of a cell, as the ARGB hex .xlsx stores (theme colours have none to read). */
function fillColour(cell: Cell): string | undefined {
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  return fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
}

/**
 * Every visible sheet with anything in it, as text. A cell merged across columns is one value, in
 * its first column (a title over the whole table is not a heading in every column); a cell merged
 * down rows repeats its words in each row, as Word's merged cells do.
 */
export async function readXlsxSheets(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    throw new Error('This Excel workbook is damaged or password-protected, so it cannot be read. Open it in Excel, save it again as an .xlsx workbook without a password, and try again.', { cause: error });
  }
  if (workbook.worksheets.length === 0) throw new Error('This Excel workbook has no sheets.');
  const sheets: XlsxSheet[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible' || sheet.actualRowCount === 0) continue;
    const width = sheet.columnCount;
    const rows: string[][] = [];
    const fills: Array<Array<RagRating | ''>> = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      const colours: Array<RagRating | ''> = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        // Only the first column of a merge across columns holds the words.
        const across = master !== cell && master.row === cell.row;
        cells.push(across ? '' : cellValueText(master.value).trim());
        colours.push(across ? '' : (ragFromColour(fillColour(master)) ?? ''));
      }
      rows.push(cells);
      fills.push(colours);
    }
    sheets.push({ name: sheet.name, rows, fills });
  }
  if (sheets.length === 0) throw new Error('Every sheet of this Excel workbook is empty or hidden.');
  return sheets;
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
