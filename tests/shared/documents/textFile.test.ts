// decodeTextFile: the encodings Windows saves text in, and line endings made "\n".
import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '../../../shared/index';

const MINUTES = 'RESOLVED: That the Council’s “early help” offer – £5m – be reviewed.\n(a) café\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (littleEndian) bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return new Uint8Array(bytes);
}

describe('decodeTextFile', () => {
  it('reads UTF-8, with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode(MINUTES);
    expect(decodeTextFile(utf8)).toBe(MINUTES);
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(MINUTES);
  });

  it('reads UTF-16 little- and big-endian by their byte-order marks, and little-endian without one', () => {
    expect(decodeTextFile(utf16(MINUTES, true, true))).toBe(MINUTES);
    expect(decodeTextFile(utf16(MINUTES, false, true))).toBe(MINUTES);
    expect(decodeTextFile(utf16(MINUTES, true, false))).toBe(MINUTES);
    expect(decodeTextFile(utf16(MINUTES, false, false))).toBe(MINUTES);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // ’ “ ” – £ é in Windows-1252 ("ANSI"), which are not valid UTF-8.
    const ansi = new Uint8Array([0x43, 0x6f, 0x75, 0x6e, 0x63, 0x69, 0x6c, 0x92, 0x73, 0x20, 0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0xa3, 0x35, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]);
    expect(decodeTextFile(ansi)).toBe('Council’s “a” – £5 café €');
  });

  it('makes Windows and old Mac line endings "\\n" and drops the byte-order mark', () => {
    expect(decodeTextFile(new TextEncoder().encode('\ufeffa\r\nb\rc\n\r\nd'))).toBe('a\nb\nc\n\nd');
  });

  it('returns an empty string for an empty file', () => {
    expect(decodeTextFile(new Uint8Array())).toBe('');
  });
});
