// exceljs, loaded only when a form workbook is built or read (it is a large library and most sessions never need it).
import type { Workbook } from 'exceljs';

type ExcelModule = { Workbook: new () => Workbook };

export async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as unknown as ExcelModule & { default?: ExcelModule };
  // The browser build is a UMD bundle: bundlers put its exports on `default`.
  return mod.Workbook ? mod : mod.default!;
}

/** A cell's value as the text a person sees; dates as ISO (exceljs gives them as UTC midnight). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text?: string }>; text?: unknown; result?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if (v.text !== undefined) return cellText(v.text);
    if ('result' in v) return cellText(v.result);
    return '';
  }
  return String(value);
}
