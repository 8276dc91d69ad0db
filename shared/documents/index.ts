// Reading officers' minutes files (.docx, .txt) into the plain text parseMinutes reads.
export { docxToText } from './docxText';
export { decodeTextFile } from './textFile';
// The one guarded way to open a zip (.docx, .xlsx, returned forms): reads counted and capped while inflating.
export { openZipSafely, DOCX_ZIP_LIMITS, XLSX_ZIP_LIMITS, ZipTooLargeError, ZipDamagedError, type SafeZip, type ZipLimits } from './safeZip';
