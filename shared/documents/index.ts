// Reading officers' minutes files (.docx, .txt) into the plain text parseMinutes reads.
export { docxToText } from './docxText';
export { decodeTextFile } from './textFile';
