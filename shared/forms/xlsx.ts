// The form as an Excel workbook, for people who prefer Excel: the same words and columns as the Word form, drop-down lists for the outcome, RAG and "implemented".
import { formatLongDate } from '../dates/format';
import { RESPONSE_COLUMNS, UPDATE_COLUMNS, type ColumnKey } from './columns';
import { COMPLETED_BY, DATE_COMPLETED, FORM_REFERENCE } from './docx';
import { loadExcel } from './excel';
import { currentText, datesText, meetingText, type ResolvedForm } from './options';
import type { FormRow } from './rows';
import { FORM_OUTCOMES, FORM_RAG } from './types';

const FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4CC' } } as const;
const HEAD = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function info(key: ColumnKey, row: FormRow, several: boolean): string {
  switch (key) {
    case 'reference':
      return row.reference;
    case 'meeting':
      return meetingText(row, several);
    case 'recommendation': {
      const label = row.recommendation.label.trim();
      return `${label ? `${label}. ` : ''}${row.recommendation.text.trim()}`;
    }
    case 'dates':
      return datesText(row);
    case 'current':
      return currentText(row);
    default:
      return '';
  }
}

/** A list drop-down: Excel takes the choices as one quoted, comma-separated formula. */
function listValidation(choices: readonly string[]) {
  return {
    type: 'list' as const,
    allowBlank: true,
    showErrorMessage: false,
    formulae: [`"${choices.join(',')}"`],
  };
}

export async function buildFormXlsx(f: ResolvedForm): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = f.settings.officerName || 'Scrutiny Tracker';
  workbook.title = `${f.wording.title} ${f.reference}`;
  const columns = f.kind === 'update' ? UPDATE_COLUMNS : RESPONSE_COLUMNS;
  const sheet = workbook.addWorksheet(f.kind === 'update' ? 'Update form' : 'Response form', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((c) => ({ key: c.key, width: Math.max(10, Math.round(c.width * 1.6)) }));
  const last = columns.length;
  const wide = (rowNumber: number, text: string, options: { bold?: boolean; size?: number; height?: number } = {}) => {
    sheet.mergeCells(rowNumber, 1, rowNumber, last);
    const c = sheet.getCell(rowNumber, 1);
    c.value = text;
    c.font = { name: 'Arial', bold: options.bold, size: options.size ?? 10 };
    c.alignment = { wrapText: true, vertical: 'top' };
    if (options.height) sheet.getRow(rowNumber).height = options.height;
  };
  const pair = (rowNumber: number, label: string, value: string, fill = false) => {
    sheet.mergeCells(rowNumber, 1, rowNumber, 2);
    const l = sheet.getCell(rowNumber, 1);
    l.value = label;
    l.font = { name: 'Arial', size: 10 };
    sheet.mergeCells(rowNumber, 3, rowNumber, Math.min(last, 5));
    const v = sheet.getCell(rowNumber, 3);
    v.value = value;
    v.font = { name: 'Arial', size: 10, bold: !fill };
    if (fill) {
      v.fill = FILL;
      v.border = BORDER;
    }
  };
  const s = f.settings;
  wide(1, f.wording.heading, { bold: true, size: 14, height: 22 });
  pair(2, FORM_REFERENCE, f.reference);
  pair(3, 'Sent to:', f.to.name || 'the executive');
  pair(4, 'From:', [s.officerName, s.officerTitle, s.councilName].filter((x) => x.trim() !== '').join(', ') || 'the scrutiny office');
  pair(5, 'Date sent:', formatLongDate(f.date));
  wide(6, f.wording.paragraphs.join('\n\n'), { height: 96 });
  pair(7, COMPLETED_BY, '', true);
  pair(8, DATE_COMPLETED, '', true);

  const headingRow = 10;
  const head = sheet.getRow(headingRow);
  columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.heading;
    cell.font = { name: 'Arial', bold: true, size: 10 };
    cell.fill = HEAD;
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  const several = new Set(f.rows.map((r) => r.committeeId)).size > 1;
  f.rows.forEach((row, r) => {
    const excelRow = sheet.getRow(headingRow + 1 + r);
    columns.forEach((c, i) => {
      const cell = excelRow.getCell(i + 1);
      cell.font = { name: 'Arial', size: 10, bold: c.key === 'reference' };
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.fill) {
        cell.fill = FILL;
        if (c.key === 'outcome') cell.dataValidation = listValidation(FORM_OUTCOMES);
        if (c.key === 'rag') cell.dataValidation = listValidation(FORM_RAG);
        if (c.key === 'implemented') cell.dataValidation = listValidation(['Yes', 'No']);
      } else cell.value = info(c.key, row, several);
    });
  });
  wide(headingRow + f.rows.length + 2, f.wording.keepNote, { height: 30 });
  sheet.views = [{ state: 'frozen', ySplit: headingRow }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
