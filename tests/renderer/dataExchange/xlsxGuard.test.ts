// The check before exceljs: a workbook that inflates past the caps is refused with the plain
// message, a broken one as damaged, and an honest one (written by exceljs itself) passes.
import { describe, expect, it } from 'vitest';
import { guardXlsxSize } from '../../../renderer/features/dataExchange/xlsxGuard';
import { readXlsxSheets, writeXlsx } from '../../../renderer/features/dataExchange/excel';
import { manyEntriesBomb, xlsxBomb } from '../../shared/documents/zipBombs';

const MB = 1024 * 1024;

describe('guardXlsxSize', () => {
  it('lets an honest workbook through, and exceljs reads it', async () => {
    const bytes = await writeXlsx('Tracker', [{ header: 'Recommendation', width: 40 }], [['That the report be noted.']]);
    await expect(guardXlsxSize(bytes)).resolves.toBeUndefined();
    expect((await readXlsxSheets(bytes))[0]!.rows).toEqual([['Recommendation'], ['That the report be noted.']]);
  });

  it('refuses shared strings that inflate to 2 GB before exceljs sees them', async () => {
    await expect(readXlsxSheets(xlsxBomb(2 * 1024 * MB))).rejects.toThrow(/unpacks to far more than any real Word document or Excel workbook holds \(over 64 MB\)/);
  });

  it('refuses sheets that together pass 128 MB', async () => {
    await expect(guardXlsxSize(manyEntriesBomb(20, 10 * MB))).rejects.toThrow(/over 128 MB/);
  });

  it('calls a broken zip a damaged workbook', async () => {
    await expect(guardXlsxSize(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toThrow(/^This Excel workbook is damaged or password-protected/);
  });
});
