// Builds small zip files for the hostile-input tests: honest packages, packages whose central
// directory understates an entry's size, and "bombs" whose few MB inflate to gigabytes. Pure, so
// both the unit tests (Node) and the end-to-end tests (which hand the bytes to the browser) use it.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Writes bits least significant first, as deflate does; Huffman codes go most significant bit first. */
class BitWriter {
  readonly bytes: number[] = [];
  bits = 0;
  write(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.push((value >>> i) & 1);
  }
  code(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.push((code >>> i) & 1);
  }
  private push(b: number): void {
    if (this.bits % 8 === 0) this.bytes.push(0);
    this.bytes[this.bytes.length - 1]! |= b << this.bits % 8;
    this.bits++;
  }
}

// The code-length alphabet's order in a dynamic block header (RFC 1951, 3.2.7).
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * A raw deflate stream that inflates to about `size` copies of the byte `fill`: one dynamic-Huffman
 * block whose codes make "copy 258 bytes from 1 back" two zero bits, so the stream is one literal
 * and then zeros, about 1,032 to 1 (deflate's best). Built without compressing anything, so a 2 GB
 * bomb costs a 2 MB array and a moment. Returns the exact inflated size.
 */
export function deflateBomb(size: number, fill = 0x20): { data: Uint8Array; size: number } {
  if (fill < 3 || fill > 252) throw new Error('deflateBomb: fill must be 3 to 252 (runs of zero lengths of at least 3)');
  const w = new BitWriter();
  w.write(1, 1); // final block
  w.write(2, 2); // dynamic Huffman codes
  w.write(29, 5); // HLIT: 286 literal/length codes
  w.write(0, 5); // HDIST: 1 distance code
  w.write(14, 4); // HCLEN: 18 code-length codes, enough to reach symbol 1
  // Code-length codes: symbols 1, 2, 17 and 18 two bits each (canonical 00, 01, 10, 11).
  const clLengths: Record<number, number> = { 1: 2, 2: 2, 17: 2, 18: 2 };
  for (const symbol of CL_ORDER.slice(0, 18)) w.write(clLengths[symbol] ?? 0, 3);
  const CL_CODE: Record<number, number> = { 1: 0, 2: 1, 17: 2, 18: 3 };
  const zeros = (n: number) => {
    let left = n;
    while (left > 0) {
      if (left >= 11) {
        let run = Math.min(138, left);
        if (left - run > 0 && left - run < 3) run -= 3;
        w.code(CL_CODE[18]!, 2);
        w.write(run - 11, 7);
        left -= run;
      } else {
        w.code(CL_CODE[17]!, 2);
        w.write(left - 3, 3);
        left = 0;
      }
    }
  };
  // Literal/length lengths: fill 2, end of block (256) 2, length 258 (285) 1; then distance code 0: 1.
  zeros(fill);
  w.code(CL_CODE[2]!, 2);
  zeros(255 - fill);
  w.code(CL_CODE[2]!, 2);
  zeros(284 - 256);
  w.code(CL_CODE[1]!, 2);
  w.code(CL_CODE[1]!, 2);
  // Canonical codes: 285 -> 0, fill -> 10, 256 -> 11; distance 0 -> 0.
  w.code(0b10, 2); // the one literal
  const copies = Math.max(0, Math.floor((size - 1) / 258));
  const start = w.bits;
  const end = start + copies * 2; // each copy is two zero bits
  const out = new Uint8Array(Math.ceil((end + 2) / 8));
  out.set(w.bytes, 0);
  // End of block, code 11, after the zeros.
  for (const at of [end, end + 1]) out[at >> 3]! |= 1 << (at & 7);
  return { data: out, size: 1 + copies * 258 };
}

export interface ZipEntrySpec {
  name: string;
  /** Stored bytes (method 0) or a raw deflate stream (method 8). */
  data: Uint8Array;
  method?: 0 | 8;
  /** The inflated size the headers declare; a lie when it is smaller than the truth. Defaults to data's length. */
  declaredSize?: number;
  crc?: number;
}

const text = (s: string) => new TextEncoder().encode(s);

/** A zip with the entries as given: local headers, data, central directory, end record. */
export function buildZip(entries: readonly ZipEntrySpec[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = text(entry.name);
    const method = entry.method ?? 0;
    const size = entry.declaredSize ?? entry.data.length;
    const crc = entry.crc ?? (method === 0 ? crc32(entry.data) : 0);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, method, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(10, method, true);
    cd.setUint32(16, crc, true);
    cd.setUint32(20, entry.data.length, true);
    cd.setUint32(24, size, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const DOCX_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A .docx whose word/document.xml inflates to `size` bytes while its headers claim `declared` (a few KB). */
export function docxBomb(size: number, declared = 4096): Uint8Array {
  const bomb = deflateBomb(size);
  return buildZip([
    { name: '[Content_Types].xml', data: text(CONTENT_TYPES) },
    { name: '_rels/.rels', data: text(DOCX_RELS) },
    { name: 'word/document.xml', data: bomb.data, method: 8, declaredSize: declared },
  ]);
}

/** An .xlsx whose shared strings inflate to `size` bytes, declared as a few KB. */
export function xlsxBomb(size: number, declared = 4096): Uint8Array {
  const bomb = deflateBomb(size);
  return buildZip([
    { name: '[Content_Types].xml', data: text(CONTENT_TYPES) },
    { name: 'xl/workbook.xml', data: text('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Tracker" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>') },
    { name: 'xl/sharedStrings.xml', data: bomb.data, method: 8, declaredSize: declared },
  ]);
}

/**
 * Many entries, each under the per-entry cap, that add up to far more than the total cap. (The
 * "overlapping" bomb shape, many directory records sharing one kernel, collapses to one entry in
 * JSZip, which takes each name from the local header.)
 */
export function manyEntriesBomb(entries: number, eachSize: number): Uint8Array {
  const bomb = deflateBomb(eachSize);
  return buildZip(Array.from({ length: entries }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: bomb.data, method: 8 as const, declaredSize: bomb.size })));
}
