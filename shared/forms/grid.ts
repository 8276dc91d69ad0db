// A returned form's contents as plain lines and tables of cell texts, whichever program filled it in: Word (.docx, through the
// project's one .docx reader) or Excel (.xlsx, through exceljs).
import { readDocxBody } from '../trackerDocx/docxBody';
import { openZipSafely, XLSX_ZIP_LIMITS, ZipTooLargeError } from '../documents/safeZip';
import { cellText as excelCellText, loadExcel } from './excel';
import type { FormFormat } from './types';

export interface FormGrid {
  format: FormFormat;
  /** Text outside tables (docx paragraphs; xlsx rows' cells joined), in order. */
  lines: string[];
  /** Each table as rows of cell texts, a cell's paragraphs apart by "\n". */
  tables: string[][][];
}

export const NOT_A_FORM =
  'This file is not a response or update form from Scrutiny Tracker, so nothing was read from it. Open the form that was sent out (a Word .docx or Excel .xlsx file with a form reference such as RF-7K2M-9QXA), fill it in and try again.';
const DAMAGED =
  'This file is damaged or incomplete (perhaps it was not fully saved, downloaded or attached), so it cannot be read. Ask for the form to be sent again, or open it in Word or Excel and save it again; nothing was changed.';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether the bytes hold the ASCII `text` (zip entry names are stored uncompressed, so this tells a workbook from a document without unpacking it). */
function holdsAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - text.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

async function docxGrid(bytes: Uint8Array): Promise<FormGrid> {
  let blocks;
  try {
    blocks = await readDocxBody(bytes);
  } catch (error) {
    // A zip that inflates past the caps says so itself: "damaged" would send the officer to ask again for the same file.
    if (error instanceof ZipTooLargeError) throw error;
    throw new Error(DAMAGED, { cause: error });
  }
  const grid: FormGrid = { format: 'docx', lines: [], tables: [] };
  for (const block of blocks) {
    if (block.kind === 'paragraph') grid.lines.push(block.paragraph.text);
    else {
      grid.tables.push(
        block.rows.map((row) =>
          row
            .filter((c) => c !== undefined)
            .map((c) =>
              c!.paragraphs
                .map((p) => p.text.trim())
                .filter((t) => t !== '')
                .join('\n'),
            ),
        ),
      );
    }
  }
  return grid;
}

async function xlsxGrid(bytes: Uint8Array): Promise<FormGrid> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    // exceljs inflates whole entries trusting their declared sizes, so the workbook is inflated once under the caps first.
    await (await openZipSafely(bytes, XLSX_ZIP_LIMITS)).checkAll();
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    if (error instanceof ZipTooLargeError) throw error;
    throw new Error(DAMAGED, { cause: error });
  }
  const grid: FormGrid = { format: 'xlsx', lines: [], tables: [] };
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const rows: string[][] = [];
    const width = Math.min(sheet.columnCount, 40);
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // A merged area holds its text once, in its first cell.
        cells.push(cell.isMerged && cell.master !== cell ? '' : excelCellText(cell.value).replace(/\r\n?/g, '\n').trim());
      }
      rows.push(cells);
      grid.lines.push(cells.filter((t) => t !== '').join(' '));
    });
    grid.tables.push(rows);
  }
  return grid;
}

/** Reads the file into lines and tables; a plain-English Error for anything that is not a .docx or .xlsx, or is damaged. */
export async function readFormGrid(bytes: Uint8Array): Promise<FormGrid> {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new Error('This file is empty, so there is no form to read; nothing was changed.');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new Error('This is an older Word or Excel file (.doc or .xls), or a password-protected one, which Scrutiny Tracker cannot read. Save it as a .docx or .xlsx file without a password and try again; nothing was changed.');
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new Error(NOT_A_FORM);
  if (holdsAscii(bytes, 'xl/workbook')) return xlsxGrid(bytes);
  if (holdsAscii(bytes, 'word/')) return docxGrid(bytes);
  // A zip with neither: a damaged form whose names were lost, or some other package.
  if (!holdsAscii(bytes, 'PK\u0005\u0006')) throw new Error(DAMAGED);
  throw new Error(NOT_A_FORM);
}
