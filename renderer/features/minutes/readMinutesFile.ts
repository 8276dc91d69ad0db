// Reads an officer's minutes file (.docx, .pdf or .txt) into the plain text parseMinutes reads,
// deciding what the file is from its first bytes as well as its name, and refusing anything else.
import { decodeTextFile, docxToText } from '../../../shared/index';
import { pdfToText } from './readPdf';

export type MinutesFileKind = 'txt' | 'docx' | 'pdf';

/** Minutes run to a few megabytes at most; a bigger file is the wrong one, or a scan. */
export const MAX_MINUTES_FILE_BYTES = 50 * 1024 * 1024;

export const UNSUPPORTED_FILE = 'Scrutiny Tracker can read minutes from .docx, .pdf and .txt files.';

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** "%PDF-" within the first kilobyte: PDF readers allow a little junk before it, so this does too. */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

/**
 * What a file is, from its first bytes where they say (a zip is taken to be a .docx, "%PDF" a
 * PDF), otherwise from its name. Throws with a plain message for anything that cannot be read.
 */
export function minutesFileKind(name: string, bytes: Uint8Array): MinutesFileKind {
  const ext = extensionOf(name);
  if (isPdf(bytes)) return 'pdf';
  // A zip, or an OLE file (an old .doc, or a password-protected .docx): the .docx reader says which.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    if (['docx', 'docm', 'dotx', 'dotm', 'doc', ''].includes(ext)) return 'docx';
    if (ext === 'odt') throw new Error(`"${name}" is an OpenDocument file. Open it in LibreOffice or Word and save it as a .docx file, then try again. ${UNSUPPORTED_FILE}`);
    throw new Error(`"${name}" is not a set of minutes that can be read. ${UNSUPPORTED_FILE}`);
  }
  if (ext === 'pdf') throw new Error(`"${name}" is named .pdf but is not a PDF, or it is damaged. Open it in a PDF reader and save it again, or paste the text instead.`);
  if (ext === 'docx') throw new Error(`"${name}" is named .docx but is not a Word document, or it is damaged. Open it in Word and save it again, or paste the text instead.`);
  if (ext === 'doc') {
    throw new Error(`"${name}" is an older Word document (.doc). Open it in Word or LibreOffice and save it as a .docx file, then try again.`);
  }
  if (ext === 'txt' || ext === 'text') return 'txt';
  throw new Error(`"${name}" cannot be read. ${UNSUPPORTED_FILE} For anything else, copy the text of the minutes and paste it instead.`);
}

/** The text of a minutes file and what kind of file it was; throws an Error with a plain-English message. */
export async function readMinutesFile(file: File): Promise<{ text: string; kind: MinutesFileKind }> {
  if (file.size > MAX_MINUTES_FILE_BYTES) {
    const mb = (file.size / (1024 * 1024)).toFixed(1);
    throw new Error(`"${file.name}" is too big to be a set of minutes (${mb} MB): Scrutiny Tracker reads minutes files of up to 50 MB.`);
  }
  if (file.size === 0) throw new Error(`"${file.name}" is empty.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = minutesFileKind(file.name, bytes);
  let text: string;
  if (kind === 'docx') text = await docxToText(bytes);
  else if (kind === 'pdf') text = await pdfToText(bytes);
  else {
    text = decodeTextFile(bytes);
    // NUL bytes never occur in text: this is a binary file that was named .txt.
    if (text.includes('\u0000')) throw new Error(`"${file.name}" is named .txt but does not hold text. ${UNSUPPORTED_FILE}`);
  }
  if (text.trim() === '') throw new Error(`"${file.name}" has no text in it.`);
  return { text, kind };
}
