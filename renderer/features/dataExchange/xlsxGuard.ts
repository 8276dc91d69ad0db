// The size check every workbook passes before exceljs reads it: exceljs unpacks the whole zip
// trusting the sizes it declares, so a small .xlsx could inflate to gigabytes inside it.
import { openZipSafely, XLSX_ZIP_LIMITS, ZipTooLargeError } from '../../../shared/index';

const DAMAGED = 'This Excel workbook is damaged or password-protected, so it cannot be read. Open it in Excel, save it again as an .xlsx workbook without a password, and try again.';

/**
 * Inflates every part once, counting the bytes and dropping them, and throws a plain message as
 * soon as the workbook passes XLSX_ZIP_LIMITS (see shared/documents/safeZip.ts for the figures).
 */
export async function guardXlsxSize(bytes: Uint8Array): Promise<void> {
  try {
    await (await openZipSafely(bytes, XLSX_ZIP_LIMITS)).checkAll();
  } catch (error) {
    if (error instanceof ZipTooLargeError) throw error;
    throw new Error(DAMAGED, { cause: error });
  }
}
