// The byte-level pieces of an email file: UTF-8, base64, quoted-printable and RFC 2047 encoded-words, written out because the ES library has no TextEncoder.

/** The UTF-8 bytes of `text`; a lone surrogate becomes U+FFFD, as TextEncoder does. */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return bytes;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (b === undefined ? '=' : B64[(n >> 6) & 63]!) + (c === undefined ? '=' : B64[n & 63]!);
  }
  return out;
}

const hex = (b: number) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Quoted-printable (RFC 2045 §6.7) of `text` as UTF-8: line breaks become CRLF, "=" and every byte
 * outside printable ASCII become =XX, a space or tab ending a line is encoded, and no encoded line is
 * longer than 76 characters (a soft break "=" ends the longer ones, never inside an =XX).
 */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const tokens = utf8Bytes(line).map((b) => ((b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9 ? String.fromCharCode(b) : hex(b)));
    const last = tokens[tokens.length - 1];
    if (last === ' ' || last === '\t') tokens[tokens.length - 1] = hex(last.charCodeAt(0));
    let current = '';
    for (const token of tokens) {
      if (current.length + token.length > 75) {
        out.push(`${current}=`);
        current = '';
      }
      current += token;
    }
    out.push(current);
  }
  return out.join('\r\n');
}

/** True when `text` is printable ASCII only, so a header can carry it as it is. */
export function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/**
 * RFC 2047 encoded-words ("=?UTF-8?B?…?="), each at most 68 characters (the limit is 75) and never splitting a
 * character's bytes, so a mail reader decodes each word on its own.
 */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  for (const ch of text) {
    const bytes = utf8Bytes(ch);
    // 42 bytes make 56 base64 characters; with "=?UTF-8?B?" and "?=" that is 68, so even the first word
    // fits beside "Subject: " within 78 characters.
    if (chunk.length + bytes.length > 42) {
      words.push(`=?UTF-8?B?${base64(chunk)}?=`);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0 || words.length === 0) words.push(`=?UTF-8?B?${base64(chunk)}?=`);
  return words;
}

/**
 * A header line folded before a space onto lines of at most 78 characters where the parts allow.
 * Every part after the first starts with the space that becomes the folded line's leading white space.
 */
export function foldHeader(name: string, parts: readonly string[]): string {
  const lines: string[] = [];
  let current = `${name}:`;
  parts.forEach((part, i) => {
    const piece = i === 0 ? ` ${part}` : part;
    if (i > 0 && current.length + piece.length > 78) {
      lines.push(current);
      current = piece;
    } else current += piece;
  });
  lines.push(current);
  return lines.join('\r\n');
}

/** Text as header parts: its own words when plain ASCII, else encoded-words (text that looks like one is encoded too). */
export function headerParts(value: string): string[] {
  // Runs of spaces become one, so no folded line is only white space.
  if (isPlainAscii(value) && !value.includes('=?')) return value.replace(/ {2,}/g, ' ').split(/(?= )/);
  return encodedWords(value).map((w, i) => (i === 0 ? w : ` ${w}`));
}

/** An unstructured header (e.g. Subject): as it is when plain ASCII, else as encoded-words; folded. */
export function headerText(name: string, value: string): string {
  return foldHeader(name, headerParts(value));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** An RFC 5322 date in UTC: "Sun, 22 Nov 2026 10:15:00 +0000". */
export function rfc5322Date(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('The email’s date is not a real date.');
  return `${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}
