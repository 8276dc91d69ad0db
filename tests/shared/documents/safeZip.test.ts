// The guarded zip opener: honest packages read as before, and zips that lie about their size, hold
// gigabytes or thousands of entries are refused quickly, without the memory going with them.
import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { DOCX_ZIP_LIMITS, openZipSafely, XLSX_ZIP_LIMITS, ZipDamagedError, ZipTooLargeError, countCentralRecords } from '../../../shared/documents/safeZip';
import { docxToText } from '../../../shared/documents/docxText';
import { buildZip, deflateBomb, docxBomb, manyEntriesBomb, xlsxBomb } from './zipBombs';

const GB = 1024 * 1024 * 1024;
const MB = 1024 * 1024;

/** Runs `fn`, giving how long it took and how far the process's memory rose over its start (sampled as it runs). */
async function measured<T>(fn: () => Promise<T>): Promise<{ outcome: T | Error; ms: number; extraMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const start = performance.now();
  let outcome: T | Error;
  try {
    outcome = await fn();
  } catch (error) {
    outcome = error as Error;
  }
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { outcome, ms, extraMb: (peak - before) / MB };
}

describe('the test bombs themselves', () => {
  it('deflateBomb inflates to exactly the size it reports, all of the fill byte', () => {
    const bomb = deflateBomb(3 * MB, 0x61);
    const out = inflateRawSync(bomb.data);
    expect(out.length).toBe(bomb.size);
    expect(bomb.size).toBeGreaterThan(3 * MB - 258 * 8);
    expect(out.every((b) => b === 0x61)).toBe(true);
    expect(bomb.data.length).toBeLessThan(bomb.size / 900);
  });

  it('a 2 GB bomb is a couple of MB on disk', () => {
    expect(docxBomb(2 * GB).length).toBeLessThan(2.2 * MB);
  });
});

describe('openZipSafely', () => {
  it('reads an honest package: names, parts by any case, text as UTF-8', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document>Café — “quoted”</w:document>');
    zip.file('[Content_Types].xml', '<Types/>');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const safe = await openZipSafely(bytes, DOCX_ZIP_LIMITS);
    expect(safe.names().sort()).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(await safe.readText('WORD/Document.xml')).toBe('<w:document>Café — “quoted”</w:document>');
    expect(await safe.readText('word/missing.xml')).toBeNull();
    expect(await safe.checkAll()).toBeGreaterThan(0);
  });

  it('reads an entry that inflates to what it declares whole, and calls one that understates its size damaged', async () => {
    const bomb = deflateBomb(2 * MB);
    const honest = buildZip([{ name: 'word/document.xml', data: bomb.data, method: 8, declaredSize: bomb.size }]);
    expect((await (await openZipSafely(honest, DOCX_ZIP_LIMITS)).readBytes('word/document.xml'))!.length).toBe(bomb.size);
    const lying = buildZip([{ name: 'word/document.xml', data: bomb.data, method: 8, declaredSize: 10 }]);
    await expect((await openZipSafely(lying, DOCX_ZIP_LIMITS)).readBytes('word/document.xml')).rejects.toBeInstanceOf(ZipDamagedError);
  });

  it('refuses a .docx whose 2 GB document.xml is declared as 4 KB, within 300 MB (time measured in the e2e run)', async () => {
    const bytes = docxBomb(2 * GB);
    const { outcome, extraMb } = await measured(async () => (await openZipSafely(bytes, DOCX_ZIP_LIMITS)).readText('word/document.xml'));
    expect(outcome).toBeInstanceOf(ZipTooLargeError);
    expect((outcome as Error).message).toMatch(/unpacks to far more than any real Word document or Excel workbook holds \(over 64 MB\)/);
    expect(extraMb).toBeLessThan(300);
  });

  it('refuses the same bomb through the minutes reader with the plain message', async () => {
    await expect(docxToText(docxBomb(2 * GB))).rejects.toThrow(/so it was not opened/);
  });

  it('refuses an .xlsx whose shared strings inflate to 2 GB when every part is checked, within 300 MB (time measured in the e2e run)', async () => {
    const bytes = xlsxBomb(2 * GB);
    const { outcome, extraMb } = await measured(async () => (await openZipSafely(bytes, XLSX_ZIP_LIMITS)).checkAll());
    expect(outcome).toBeInstanceOf(ZipTooLargeError);
    expect((outcome as Error).message).toMatch(/over 64 MB/);
    expect(extraMb).toBeLessThan(300);
  });

  it('counts every entry against the total: 20 parts of 10 MB, each under the per-entry cap', async () => {
    const bytes = manyEntriesBomb(20, 10 * MB);
    expect(bytes.length).toBeLessThan(300 * 1024);
    const { outcome } = await measured(async () => (await openZipSafely(bytes, XLSX_ZIP_LIMITS)).checkAll());
    expect(outcome).toBeInstanceOf(ZipTooLargeError);
    expect((outcome as Error).message).toMatch(/over 128 MB/);
  });

  it('refuses a zip of thousands of entries before unpacking anything', async () => {
    const entries = Array.from({ length: 6000 }, (_, i) => ({ name: `x/${i}.xml`, data: new Uint8Array([0x3c]) }));
    const bytes = buildZip(entries);
    expect(countCentralRecords(bytes)).toBe(6000);
    await expect(openZipSafely(bytes, DOCX_ZIP_LIMITS)).rejects.toThrow(/far more parts than any real Word document or Excel workbook \(over 5,000\)/);
  });

  it('calls a file that is no zip damaged', async () => {
    await expect(openZipSafely(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), DOCX_ZIP_LIMITS)).rejects.toBeInstanceOf(ZipDamagedError);
  });
});

describe('openZipSafely without a native inflater (JSZip streaming instead)', () => {
  it('still reads honest parts and refuses the bomb at the cap', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    vi.resetModules();
    try {
      const fallback = await import('../../../shared/documents/safeZip');
      const bomb = deflateBomb(2 * MB);
      const honest = buildZip([{ name: 'word/document.xml', data: bomb.data, method: 8, declaredSize: bomb.size }]);
      expect((await (await fallback.openZipSafely(honest, fallback.DOCX_ZIP_LIMITS)).readBytes('word/document.xml'))!.length).toBe(bomb.size);
      const { outcome, extraMb } = await measured(async () => (await fallback.openZipSafely(docxBomb(2 * GB), fallback.DOCX_ZIP_LIMITS)).readText('word/document.xml'));
      expect(outcome).toBeInstanceOf(fallback.ZipTooLargeError);
      expect(extraMb).toBeLessThan(300);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });
});
