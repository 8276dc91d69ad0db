// Settings may hold values JSON cannot (the council logo is bytes): they are written as tagged objects and read back exactly.

/**
 * Tags for values JSON has no form of. A plain object that happens to have a "$type" key is
 * wrapped too, so nothing a setting holds can be mistaken for a tag when it is read back.
 */
type Tagged =
  | { $type: 'bytes'; base64: string }
  | { $type: 'arraybuffer'; base64: string }
  | { $type: 'date'; iso: string }
  | { $type: 'object'; value: Record<string, unknown> };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

// The domain core may use neither btoa (DOM) nor Buffer (Node), so base64 is done here.
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2]!;
    out += ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : ALPHABET[c & 63]!;
  }
  return out;
}

/** The bytes of a base64 text, or null if it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n = [0, 1, 2, 3].map((k) => LOOKUP.get(text[i + k]!) ?? 0);
    const triple = (n[0]! << 18) | (n[1]! << 12) | (n[2]! << 6) | n[3]!;
    for (const shift of [16, 8, 0]) {
      if (at < bytes.length) bytes[at++] = (triple >> shift) & 255;
    }
  }
  return bytes;
}

function kindOf(value: object): string {
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'value of an unknown kind';
}

/** The value in a form JSON keeps; throws, naming the kind, for anything a backup cannot hold (a Map, a Blob). */
export function encodeValue(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`the number ${String(value)}, which cannot be written to a file`);
    return value;
  }
  if (typeof value !== 'object') throw new Error(`a ${typeof value}, which cannot be written to a file`);
  if (value instanceof Uint8Array) return { $type: 'bytes', base64: toBase64(value) } satisfies Tagged;
  if (value instanceof ArrayBuffer) return { $type: 'arraybuffer', base64: toBase64(new Uint8Array(value)) } satisfies Tagged;
  if (value instanceof Date) return { $type: 'date', iso: value.toISOString() } satisfies Tagged;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : encodeValue(v)));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) throw new Error(`a ${kindOf(value)}, which cannot be written to a file`);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== undefined) out[key] = encodeValue(v);
  }
  return '$type' in out ? ({ $type: 'object', value: out } satisfies Tagged) : out;
}

/** Reads back what encodeValue wrote; throws a short phrase for a tag that is damaged. */
export function decodeValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const record = value as Record<string, unknown>;
  if (!('$type' in record)) return decodeEntries(record);
  const tag = record.$type;
  if ((tag === 'bytes' || tag === 'arraybuffer') && typeof record.base64 === 'string') {
    const bytes = fromBase64(record.base64);
    if (!bytes) throw new Error('holds bytes that are not valid base64');
    return tag === 'bytes' ? bytes : bytes.buffer;
  }
  if (tag === 'date' && typeof record.iso === 'string') {
    const date = new Date(record.iso);
    if (Number.isNaN(date.getTime())) throw new Error(`holds a date "${record.iso}" that is not a date`);
    return date;
  }
  if (tag === 'object' && record.value !== null && typeof record.value === 'object' && !Array.isArray(record.value)) {
    return decodeEntries(record.value as Record<string, unknown>);
  }
  throw new Error(`holds a "$type" of ${JSON.stringify(tag)} that Scrutiny Tracker does not know`);
}

function decodeEntries(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // defineProperty, not assignment, so a "__proto__" key in a file stays a plain key.
  for (const [key, v] of Object.entries(record)) Object.defineProperty(out, key, { value: decodeValue(v), enumerable: true, writable: true, configurable: true });
  return out;
}
