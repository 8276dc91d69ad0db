// Test helper: fills in a returned form the way a person would — typing in its cells (in Word's XML, as Word
// saves it), adding paragraphs, leaving tracked changes, moving rows, deleting a reference, re-saving in LibreOffice.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { RESPONSE_COLUMNS, UPDATE_COLUMNS, type ColumnKey } from '../../../shared/forms/columns';

export type Answers = Partial<Record<ColumnKey, string | string[]>>;

export interface FillOptions {
  /** Typed as tracked changes (Word's w:ins), with a deleted first try (w:del) left in. */
  tracked?: boolean;
  /** The rows put in reverse order. */
  reverse?: boolean;
  /** The reference deleted from this row. */
  dropReference?: string;
  /** Lines typed after "Completed by" and "Date completed". */
  completedBy?: string;
  completedOn?: string;
  kind?: 'response' | 'update';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function run(text: string, tracked: boolean): string {
  const r = `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  if (!tracked) return r;
  // What a person typed with Track Changes on: a first try deleted, the words kept inserted.
  return (
    `<w:del w:id="901" w:author="Cabinet office" w:date="2026-12-01T10:00:00Z"><w:r><w:delText>Not sure yet </w:delText></w:r></w:del>` +
    `<w:ins w:id="902" w:author="Cabinet office" w:date="2026-12-01T10:00:00Z">${r}</w:ins>`
  );
}

function cellWith(tc: string, value: string | string[], tracked: boolean): string {
  const paragraphs = (Array.isArray(value) ? value : [value]).map((line) => `<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>${run(line, tracked)}</w:p>`);
  // The cell's one empty paragraph becomes what was typed (one paragraph per line, as pressing Enter makes).
  return tc.replace(/<w:p\b[^>]*\/>|<w:p\b[^>]*>[\s\S]*?<\/w:p>/, paragraphs.join(''));
}

/** Fills a .docx form: `answers` by row reference ("R-…"). */
export async function fillDocx(bytes: Uint8Array, answers: Record<string, Answers>, options: FillOptions = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file('word/document.xml')!.async('string');
  const columns = (options.kind === 'update' ? UPDATE_COLUMNS : RESPONSE_COLUMNS).map((c) => c.key);
  const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
  const body = rows.slice(1);
  const filled = body.map((tr) => {
    const reference = /R-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(tr)?.[0] ?? '';
    let out = tr;
    const given = answers[reference];
    if (given) {
      const cells = [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
      let rebuilt = cells.map((tc, i) => (given[columns[i]!] !== undefined ? cellWith(tc, given[columns[i]!]!, options.tracked ?? false) : tc));
      if (options.dropReference === reference) rebuilt = rebuilt.map((tc, i) => (i === 0 ? tc.replace(reference, '') : tc));
      out = tr;
      cells.forEach((tc, i) => (out = out.replace(tc, rebuilt[i]!)));
    } else if (options.dropReference === reference) out = tr.replace(reference, '');
    return out;
  });
  const order = options.reverse ? [...filled].reverse() : filled;
  // Put the rows back in their (new) order where the old rows stood.
  const first = xml.indexOf(body[0]!);
  const end = xml.indexOf(body[body.length - 1]!) + body[body.length - 1]!.length;
  xml = xml.slice(0, first) + order.join('') + xml.slice(end);
  const typeAfter = (label: string, text: string | undefined) => {
    if (!text) return;
    const at = xml.indexOf(esc(label));
    const close = xml.indexOf('</w:p>', at);
    xml = xml.slice(0, close) + run(text, options.tracked ?? false) + xml.slice(close);
  };
  typeAfter('Completed by (name and role):', options.completedBy);
  typeAfter('Date completed:', options.completedOn);
  zip.file('word/document.xml', xml);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

/** Fills an .xlsx form with exceljs, as Excel would save it. */
export async function fillXlsx(bytes: Uint8Array, answers: Record<string, Answers>, options: FillOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheet = workbook.worksheets[0]!;
  const columns = (options.kind === 'update' ? UPDATE_COLUMNS : RESPONSE_COLUMNS).map((c) => c.key);
  const rowsWithRefs: number[] = [];
  sheet.eachRow((row, n) => {
    const ref = String(row.getCell(1).value ?? '');
    if (/^R-/.test(ref)) rowsWithRefs.push(n);
  });
  for (const n of rowsWithRefs) {
    const row = sheet.getRow(n);
    const reference = String(row.getCell(1).value);
    const given = answers[reference];
    if (given) {
      columns.forEach((key, i) => {
        const v = given[key];
        if (v !== undefined) row.getCell(i + 1).value = Array.isArray(v) ? v.join('\n') : v;
      });
    }
    if (options.dropReference === reference) row.getCell(1).value = '';
  }
  if (options.reverse && rowsWithRefs.length > 1) {
    const values = rowsWithRefs.map((n) => columns.map((_, i) => sheet.getRow(n).getCell(i + 1).value));
    values.reverse().forEach((vals, k) => vals.forEach((v, i) => (sheet.getRow(rowsWithRefs[k]!).getCell(i + 1).value = v)));
  }
  sheet.eachRow((row) => {
    const label = String(row.getCell(1).value ?? '');
    if (label.startsWith('Completed by') && options.completedBy) row.getCell(3).value = options.completedBy;
    if (label.startsWith('Date completed') && options.completedOn) row.getCell(3).value = options.completedOn;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status === 0;
export const SKIP_LIBREOFFICE = 'LibreOffice is not installed (`libreoffice` is not on the PATH), so the re-save through LibreOffice is skipped.';

/** Opens the file in LibreOffice and saves it again in the same format, as a person using LibreOffice would. */
export function resaveWithLibreOffice(bytes: Uint8Array, ext: 'docx' | 'xlsx', outDir?: string, convertTo?: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'scrutiny-form-'));
  try {
    const input = join(dir, 'in', `form.${ext}`);
    spawnSync('mkdir', ['-p', join(dir, 'in')]);
    writeFileSync(input, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const filter = convertTo ?? (ext === 'docx' ? 'docx:MS Word 2007 XML' : 'xlsx:Calc MS Excel 2007 XML');
    const out = outDir ?? dir;
    const r = spawnSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', out, input], { encoding: 'utf8', timeout: 180_000 });
    const target = join(out, `form.${filter.split(':')[0]}`);
    try {
      return new Uint8Array(readFileSync(target));
    } catch {
      throw new Error(`LibreOffice did not re-save the form: ${r.stderr || r.stdout || `exit ${r.status}`}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
