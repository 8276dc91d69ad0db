// The one way the app opens a zip (.docx, .xlsx): counts the bytes as they are inflated and stops at
// a cap, so a file whose directory understates its entries (a "zip bomb") is refused in moments.
import JSZip from 'jszip';

/** How much a zip may hold; a file over any of them is refused before or while it is unpacked. */
export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Bytes all the entries read from one zip may inflate to together (overlapping entries count each time). */
  maxTotalBytes: number;
}

const MB = 1024 * 1024;

/*
 * Why these caps. The app's own Word appendix of 10,000 recommendations (bench/run-docx.mjs, the
 * largest Word tracker anyone keeps) has a 15.5 MB word/document.xml; its schedule 11.4 MB. Word
 * writes wordier XML than the docx library (revision ids, run properties), say twice as much, and
 * a year's minutes pack is a few MB. So 64 MB a part is four times the biggest real document, and
 * 96 MB in all covers the document with its styles, numbering and relationships. Images and
 * embedded files are never read from a .docx, so they count only if something asks for them.
 *
 * A spreadsheet is read whole by exceljs, so every entry counts. An .xlsx of 10,000 tracker rows
 * with recommendation-length text (made with exceljs, as Excel would save it) holds 12.5 MB of XML
 * (7.0 MB of shared strings, 5.4 MB of sheet), so the app's target of 50,000 rows is about 62 MB,
 * largest part 35 MB. Caps of 96 MB an entry and 160 MB in all leave room for formatting and a
 * second sheet. A real office file never has thousands of parts: 20 to a few hundred.
 *
 * Memory: the check keeps at most one part's bytes (a .docx part) or none (an .xlsx is checked
 * and its bytes dropped), so a refused bomb costs at most one cap's worth, well under 300 MB.
 */
export const DOCX_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxEntryBytes: 64 * MB, maxTotalBytes: 96 * MB };
export const XLSX_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxEntryBytes: 96 * MB, maxTotalBytes: 160 * MB };

/** A zip refused for its size: callers show the message as it is. */
export class ZipTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipTooLargeError';
  }
}

/** A zip that cannot be read at all (no central directory, a broken entry). */
export class ZipDamagedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ZipDamagedError';
  }
}

const TOO_LARGE = (limit: number) =>
  `This file unpacks to far more than any real Word document or Excel workbook holds (over ${Math.round(limit / MB)} MB), so it was not opened. It may be damaged, or made to overload the app.`;
const TOO_MANY = (limit: number) =>
  `This file holds far more parts than any real Word document or Excel workbook (over ${limit.toLocaleString('en-GB')}), so it was not opened. It may be damaged, or made to overload the app.`;
const DAMAGED = 'This file is damaged: it is a zip package that cannot be unpacked.';

/** An opened zip whose every read is counted against its limits. */
export interface SafeZip {
  /** The entries' names (folders left out), as the zip spells them. */
  names(): string[];
  /** The name of the entry called `name`, matched without regard to case (part names in a package are case-insensitive); null if none. */
  find(name: string): string | null;
  /** An entry's bytes, or null if there is no such entry. Throws ZipTooLargeError past a cap. */
  readBytes(name: string): Promise<Uint8Array | null>;
  /** An entry's text as UTF-8, or null if there is no such entry. */
  readText(name: string): Promise<string | null>;
  /** Inflates every entry, counting and dropping the bytes: the check before a library that reads the whole zip itself. */
  checkAll(): Promise<number>;
}

// "PK\1\2": the signature that starts each central directory record.
const CENTRAL_RECORD = [0x50, 0x4b, 0x01, 0x02] as const;

/**
 * Central directory records in the file, counted by their signature before the zip library builds
 * an object for each. Counting every occurrence can only overcount (compressed data may hold the
 * four bytes by chance, about once in 4 GB), which is harmless against a cap in the thousands.
 */
export function countCentralRecords(bytes: Uint8Array, stopAbove = Number.POSITIVE_INFINITY): number {
  let count = 0;
  const [a, b, c, d] = CENTRAL_RECORD;
  for (let i = bytes.indexOf(a); i >= 0 && i + 3 < bytes.length; i = bytes.indexOf(a, i + 1)) {
    if (bytes[i + 1] === b && bytes[i + 2] === c && bytes[i + 3] === d && ++count > stopAbove) break;
  }
  return count;
}

// JSZip's entries stream their content in chunks through `internalStream`, documented in JSZip's
// API pages but missing from its type definitions; this is the part of it used here.
interface ChunkStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'end', listener: () => void): ChunkStream;
  on(event: 'error', listener: (error: Error) => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}
type StreamingEntry = JSZip.JSZipObject & { internalStream(type: 'uint8array'): ChunkStream };

interface Budget {
  used: number;
}

/**
 * Inflates one entry chunk by chunk (16 KB of compressed input at a time), adding each chunk's
 * length to the budget as it arrives and stopping the stream the moment a cap is passed: the sizes
 * the zip declares are never trusted.
 */
function inflateCounted(entry: JSZip.JSZipObject, limits: ZipLimits, budget: Budget, keep: boolean): Promise<Uint8Array> {
  // A declared size over the cap is reason enough to refuse at once (never reason enough to accept).
  // JSZip keeps it in an internal field its types do not name.
  const declared = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (declared > limits.maxEntryBytes) return Promise.reject(new ZipTooLargeError(TOO_LARGE(limits.maxEntryBytes)));
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    const stream = (entry as StreamingEntry).internalStream('uint8array');
    const stop = (error: Error) => {
      settled = true;
      chunks.length = 0;
      stream.pause();
      reject(error);
    };
    stream
      .on('data', (chunk) => {
        if (settled) return;
        size += chunk.length;
        budget.used += chunk.length;
        if (size > limits.maxEntryBytes) return stop(new ZipTooLargeError(TOO_LARGE(limits.maxEntryBytes)));
        if (budget.used > limits.maxTotalBytes) return stop(new ZipTooLargeError(TOO_LARGE(limits.maxTotalBytes)));
        if (keep) chunks.push(chunk);
      })
      .on('error', (error) => {
        if (!settled) stop(new ZipDamagedError(DAMAGED, { cause: error }));
      })
      .on('end', () => {
        if (settled) return;
        settled = true;
        const out = new Uint8Array(keep ? size : 0);
        let at = 0;
        for (const chunk of chunks) {
          out.set(chunk, at);
          at += chunk.length;
        }
        resolve(out);
      });
    stream.resume();
  });
}

// TextDecoder is a global in browsers, Electron and Node, but not in the ES library shared/ is typed against.
const utf8 = new (globalThis as unknown as { TextDecoder: new (label: string) => { decode(input: Uint8Array): string } }).TextDecoder('utf-8');

/**
 * Opens a zip with its reads guarded by `limits` (see DOCX_ZIP_LIMITS, XLSX_ZIP_LIMITS). Throws
 * ZipTooLargeError when it holds too many entries, ZipDamagedError when it is no readable zip.
 * Nothing is inflated until an entry is read.
 */
export async function openZipSafely(bytes: Uint8Array, limits: ZipLimits): Promise<SafeZip> {
  if (countCentralRecords(bytes, limits.maxEntries) > limits.maxEntries) throw new ZipTooLargeError(TOO_MANY(limits.maxEntries));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new ZipDamagedError(DAMAGED, { cause: error });
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > limits.maxEntries) throw new ZipTooLargeError(TOO_MANY(limits.maxEntries));
  const budget: Budget = { used: 0 };
  const byLowerName = new Map<string, JSZip.JSZipObject>();
  for (const entry of entries) if (!byLowerName.has(entry.name.toLowerCase())) byLowerName.set(entry.name.toLowerCase(), entry);
  const entryFor = (name: string) => zip.files[name] ?? byLowerName.get(name.toLowerCase()) ?? null;

  const readBytes = async (name: string) => {
    const entry = entryFor(name);
    if (!entry || entry.dir) return null;
    return inflateCounted(entry, limits, budget, true);
  };
  return {
    names: () => entries.map((e) => e.name),
    find: (name) => entryFor(name)?.name ?? null,
    readBytes,
    async readText(name) {
      const data = await readBytes(name);
      return data === null ? null : utf8.decode(data);
    },
    async checkAll() {
      for (const entry of entries) await inflateCounted(entry, limits, budget, false);
      return budget.used;
    },
  };
}
