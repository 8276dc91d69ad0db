// Opens a .docx (a zip package) and finds its main document, styles and numbering parts through the
// package's relationships, with plain-English errors for files that are something else or damaged.
import { DOCX_ZIP_LIMITS, openZipSafely, ZipTooLargeError, type SafeZip } from './safeZip';
import { child, elements, parseXml, type XmlElement } from './xml';

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  // ISO "Strict" Open XML, which Word can save: same elements, another namespace.
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

const NOT_DOCX = 'This file is not a Word document (.docx), so the minutes cannot be read from it. Save the minutes from Word as a .docx file, or paste the text instead.';
const DAMAGED = 'This Word document (.docx) is damaged and cannot be read. Open it in Word or LibreOffice and save it again, or paste the text instead.';

export interface DocxParts {
  document: XmlElement;
  styles: XmlElement | null;
  numbering: XmlElement | null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Why a zip that holds no Word document was refused: the other office formats people save minutes in. */
function notWordMessage(zip: SafeZip): string {
  const names = zip.names();
  if (zip.find('mimetype') && zip.find('content.xml')) {
    return 'This is an OpenDocument file (.odt), not a Word document (.docx). Open it in LibreOffice or Word and save it as a .docx file, then try again.';
  }
  if (names.some((n) => n.startsWith('xl/'))) return 'This is an Excel workbook, not a Word document (.docx). Open the minutes themselves, saved as a .docx file.';
  if (names.some((n) => n.startsWith('ppt/'))) return 'This is a PowerPoint presentation, not a Word document (.docx). Open the minutes themselves, saved as a .docx file.';
  return NOT_DOCX;
}

async function openZip(bytes: Uint8Array): Promise<SafeZip> {
  // Word 97-2003 files and password-protected .docx files are both OLE compound files.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new Error('This is an older Word document (.doc) or a password-protected one, which Scrutiny Tracker cannot read. Open it in Word or LibreOffice, save it as a .docx file without a password, and try again.');
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw new Error('This is a Rich Text (.rtf) file, not a Word document (.docx). Open it in Word or LibreOffice and save it as a .docx file, then try again.');
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new Error(NOT_DOCX);
  try {
    // Every part read is counted as it is inflated and stopped at DOCX_ZIP_LIMITS (see safeZip.ts).
    return await openZipSafely(bytes, DOCX_ZIP_LIMITS);
  } catch (error) {
    if (error instanceof ZipTooLargeError) throw error;
    throw new Error(DAMAGED, { cause: error });
  }
}

/** A part's text by its name; part names in a package are case-insensitive. */
async function readPart(zip: SafeZip, name: string): Promise<string | null> {
  try {
    return await zip.readText(name);
  } catch (error) {
    if (error instanceof ZipTooLargeError) throw error;
    throw new Error(DAMAGED, { cause: error });
  }
}

/** Relationship targets by type suffix ("officeDocument", "styles", ...), resolved to part names. */
async function relationships(zip: SafeZip, source: string): Promise<Map<string, string>> {
  const slash = source.lastIndexOf('/');
  const folder = slash >= 0 ? source.slice(0, slash + 1) : '';
  const relsName = `${folder}_rels/${source.slice(slash + 1)}.rels`;
  const text = await readPart(zip, relsName);
  const out = new Map<string, string>();
  if (text === null) return out;
  const root = parseXml(text);
  const rels = child(root, 'Relationships');
  for (const rel of rels ? elements(rels) : []) {
    const type = rel.attrs['Type'] ?? '';
    const target = rel.attrs['Target'];
    if (!target || rel.attrs['TargetMode'] === 'External') continue;
    const kind = type.slice(type.lastIndexOf('/') + 1);
    if (!out.has(kind)) out.set(kind, resolveTarget(folder, target));
  }
  return out;
}

function resolveTarget(folder: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : folder + target;
  const parts: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/**
 * Renames elements and attributes from whatever prefix the part binds to the Word namespace to
 * "w:", so the reader can match on "w:p" even in the rare file that chose another prefix.
 */
function normalisePrefix(root: XmlElement): XmlElement {
  const top = elements(root)[0];
  if (!top) return root;
  let prefix: string | null = null;
  for (const [name, value] of Object.entries(top.attrs)) {
    if (!WORD_NAMESPACES.has(value)) continue;
    if (name === 'xmlns') prefix = '';
    else if (name.startsWith('xmlns:')) prefix = name.slice(6);
    if (prefix === 'w') return root;
  }
  if (prefix === null) return root;
  const from = prefix === '' ? null : `${prefix}:`;
  const rename = (name: string) => {
    if (from === null) return name.includes(':') ? name : `w:${name}`;
    return name.startsWith(from) ? `w:${name.slice(from.length)}` : name;
  };
  const walk = (el: XmlElement) => {
    el.name = rename(el.name);
    const attrs: Record<string, string> = {};
    // Unprefixed attributes belong to no namespace, so only prefixed ones are renamed.
    for (const [k, v] of Object.entries(el.attrs)) attrs[from === null || !k.includes(':') ? k : rename(k)] = v;
    el.attrs = attrs;
    for (const c of el.children) if (typeof c !== 'string') walk(c);
  };
  for (const c of elements(root)) walk(c);
  return root;
}

/** Opens the package and parses the parts the text reader needs. */
export async function readDocxParts(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await openZip(bytes);
  const main = (await relationships(zip, '')).get('officeDocument') ?? 'word/document.xml';
  const text = await readPart(zip, main);
  if (text === null) throw new Error(notWordMessage(zip));
  const document = normalisePrefix(parseXml(text));
  if (!child(child(document, 'w:document'), 'w:body')) throw new Error(notWordMessage(zip));
  const rels = await relationships(zip, main);
  const optional = async (kind: string, fallback: string) => {
    const part = await readPart(zip, rels.get(kind) ?? fallback);
    return part === null ? null : normalisePrefix(parseXml(part));
  };
  return {
    document,
    styles: await optional('styles', 'word/styles.xml'),
    numbering: await optional('numbering', 'word/numbering.xml'),
  };
}
