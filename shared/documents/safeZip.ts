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
 * largest part 35 MB. Caps of 64 MB an entry and 128 MB in all (about twice that) leave room for
 * formatting and a second sheet. A real office file never has thousands of parts: 20 to a few hundred.
 *
 * Memory: the check keeps at most one part's bytes (a .docx part) or none (an .xlsx is checked
 * and its bytes dropped), so a refused bomb costs at most one cap's worth, well under 300 MB.
 * Time: inflating stops at the cap, so a refusal costs inflating 64 to 128 MB, a fraction of a
 * second with the native inflater (figures in tests/e2e/BAD_FILES.md).
 */
export const DOCX_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxEntryBytes: 64 * MB, maxTotalBytes: 96 * MB };
export const XLSX_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxEntryBytes: 64 * MB, maxTotalBytes: 128 * MB };

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

// JSZip's names for the two compression methods an office file uses.
const STORE = '\x00\x00';
const DEFLATE = '\x08\x00';

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

// The browser's (and Node's) own inflater, several times faster than JSZip's JavaScript one, so a
// bomb reaches the cap in a fraction of the time. Typed here: shared/ has no DOM or Node types.
interface StreamReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}
interface StreamWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}
type NativeInflater = new (format: 'deflate-raw') => { readable: { getReader(): StreamReader }; writable: { getWriter(): StreamWriter } };
const NativeDecompressionStream = (globalThis as unknown as { DecompressionStream?: NativeInflater }).DecompressionStream;

/** What JSZip keeps of an entry read from a file (internal fields, which its types do not name). */
interface RawEntry {
  compressedContent?: unknown;
  compression?: { magic?: string };
  uncompressedSize?: number;
}
const rawOf = (entry: JSZip.JSZipObject) => (entry as unknown as { _data?: RawEntry })._data;

// Compressed input is handed over a few KB at a time: one piece can inflate to at most about a
// thousand times its size, so the count is checked every few MB at worst.
const PIECE = 4096;

/** Inflates raw deflate data through the native stream, giving each chunk to `take` until it says stop. */
async function inflateNative(data: Uint8Array, take: (chunk: Uint8Array) => boolean): Promise<boolean> {
  const stream = new NativeDecompressionStream!('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = (async () => {
    for (let at = 0; at < data.length; at += PIECE) await writer.write(data.subarray(at, at + PIECE));
    await writer.close();
  })();
  // A write fails once the reader has cancelled or the data is broken; the reader reports either.
  feeding.catch(() => undefined);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value && !take(value)) {
      await reader.cancel().catch(() => undefined);
      await writer.abort().catch(() => undefined);
      return false;
    }
  }
  await feeding;
  return true;
}

/**
 * Inflates one entry chunk by chunk, adding each chunk's length to the budget as it arrives and
 * stopping the moment a cap is passed: the sizes the zip declares are never trusted to accept.
 * Uses the native inflater where there is one, JSZip's own streaming otherwise.
 */
function inflateCounted(entry: JSZip.JSZipObject, limits: ZipLimits, budget: Budget, keep: boolean): Promise<Uint8Array> {
  const raw = rawOf(entry);
  // A declared size over the cap is reason enough to refuse at once (never reason enough to accept).
  const declared = raw?.uncompressedSize ?? 0;
  if (declared > limits.maxEntryBytes) return Promise.reject(new ZipTooLargeError(TOO_LARGE(limits.maxEntryBytes)));

  const chunks: Uint8Array[] = [];
  let size = 0;
  let refusal: Error | null = null;
  /** Counts one chunk; false (and the refusal set) once a cap is passed. */
  const take = (chunk: Uint8Array): boolean => {
    size += chunk.length;
    budget.used += chunk.length;
    if (size > limits.maxEntryBytes) refusal = new ZipTooLargeError(TOO_LARGE(limits.maxEntryBytes));
    else if (budget.used > limits.maxTotalBytes) refusal = new ZipTooLargeError(TOO_LARGE(limits.maxTotalBytes));
    if (refusal) {
      chunks.length = 0;
      return false;
    }
    if (keep) chunks.push(chunk);
    return true;
  };
  const joined = () => {
    const out = new Uint8Array(keep ? size : 0);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  };

  const compressed = raw?.compressedContent;
  const magic = raw?.compression?.magic;
  if (NativeDecompressionStream && compressed instanceof Uint8Array && (magic === DEFLATE || magic === STORE)) {
    return (async () => {
      let finished: boolean;
      try {
        finished = magic === STORE ? take(compressed) : await inflateNative(compressed, take);
      } catch (error) {
        throw new ZipDamagedError(DAMAGED, { cause: error });
      }
      if (!finished) throw refusal ?? new ZipDamagedError(DAMAGED);
      // As JSZip does: an entry that is not the size its header says is damaged (or lying).
      if (size !== declared) throw new ZipDamagedError(DAMAGED);
      return joined();
    })();
  }

  return new Promise((resolve, reject) => {
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
        if (!take(chunk)) stop(refusal!);
      })
      .on('error', (error) => {
        if (!settled) stop(new ZipDamagedError(DAMAGED, { cause: error }));
      })
      .on('end', () => {
        if (settled) return;
        settled = true;
        resolve(joined());
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
