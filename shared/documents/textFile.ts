// Decodes a plain-text minutes file whatever Windows saved it as: UTF-8 (with or without a BOM),
// UTF-16 (Notepad's "Unicode"), or the old Windows-1252 ("ANSI") code page.

// TextDecoder is a global in browsers, Electron and Node, but not in the ES library the domain core
// is typed against (it may use no DOM or Node types), so the one use made of it is named here.
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
const TextDecoderCtor = (globalThis as unknown as { TextDecoder: new (label: string, options: { fatal: boolean }) => Utf8Decoder }).TextDecoder;

// Windows-1252 differs from Latin-1 only in 0x80-0x9F, where it has curly quotes, dashes, the euro
// and a few letters; the five holes there are kept as the C1 controls, as browsers do.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join('');
  }
  return out;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = new Uint16Array(bytes.length >> 1);
  for (let i = 0; i < units.length; i++) {
    const a = bytes[2 * i]!;
    const b = bytes[2 * i + 1]!;
    units[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

/**
 * UTF-16 saved without a byte-order mark: in English text every other byte is zero. The share of
 * zeros is counted on each side so that one stray NUL does not turn a UTF-8 file into nonsense.
 */
function guessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'be';
  return null;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoderCtor('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The text of a .txt file, with line endings made "\n" and any byte-order mark removed. */
export function decodeTextFile(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A BOM says UTF-8; a byte that is not UTF-8 after it is damage, read as 1252 rather than refused.
    const body = bytes.subarray(3);
    text = decodeUtf8(body) ?? decodeWindows1252(body);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = decodeUtf16(bytes.subarray(2), true);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = decodeUtf16(bytes.subarray(2), false);
  } else {
    const utf16 = guessUtf16(bytes);
    // Valid UTF-8 is tried first: ASCII is valid in every encoding, and Windows-1252 text with
    // accents or curly quotes is almost never valid UTF-8 by accident.
    text = utf16 ? decodeUtf16(bytes, utf16 === 'le') : (decodeUtf8(bytes) ?? decodeWindows1252(bytes));
  }
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}
