// References printed on forms: each row's, worked out from the recommendation's id so any tracker holding
// the recommendation can find it again, and the form's own, new for every form.
import { newId } from '../model/ids';
import type { FormKind } from './types';

// Crockford's base 32: no I, L, O or U, so a reference read aloud or retyped survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 64-bit FNV-1a of the text, as two 32-bit halves. */
function fnv1a64(text: string): [number, number] {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    // Multiply by the FNV prime 0x100000001b3 in 16-bit pieces, keeping 64 bits.
    const a = lo & 0xffff;
    const b = lo >>> 16;
    const c = hi & 0xffff;
    const d = hi >>> 16;
    const p0 = a * 0x1b3;
    const p1 = b * 0x1b3 + (p0 >>> 16);
    const p2 = c * 0x1b3 + a * 0x100 + (p1 >>> 16);
    const p3 = d * 0x1b3 + b * 0x100 + (p2 >>> 16);
    lo = ((p1 & 0xffff) << 16) | (p0 & 0xffff);
    hi = ((p3 & 0xffff) << 16) | (p2 & 0xffff);
    lo >>>= 0;
    hi >>>= 0;
  }
  return [hi, lo];
}

function base32(hi: number, lo: number, length: number): string {
  // 40 bits: 8 from hi, 32 from lo. At 50,000 recommendations the chance of two sharing one is about 1 in 1,000,
  // and a shared one is still told apart by the recommendation's words.
  let out = '';
  let value = BigInt(hi & 0xff) * 2n ** 32n + BigInt(lo);
  for (let i = 0; i < length; i++) {
    out = ALPHABET[Number(value % 32n)]! + out;
    value /= 32n;
  }
  return out;
}

/** "R-7K2M-9QXA": the reference a form prints on a recommendation's row. The same id always gives the same reference. */
export function rowReference(recommendationId: string): string {
  const [hi, lo] = fnv1a64(recommendationId);
  const code = base32(hi, lo, 8);
  return `R-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A new form reference: "RF-…" for a response form, "UF-…" for an update form. */
export function newFormReference(kind: FormKind): string {
  const [hi, lo] = fnv1a64(`${newId()}|${Math.random()}`);
  const code = base32(hi, lo, 8);
  return `${kind === 'update' ? 'UF' : 'RF'}-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Folds a reference as a person may retype it (case, spaces, dashes, O for 0, I or L for 1) to compare. */
export function foldReference(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The first row reference written in `text`, as printed, or null. */
export function findRowReference(text: string): string | null {
  const m = /\bR\s*[-–—\s]\s*([0-9A-Z]{4})\s*[-–—\s]?\s*([0-9A-Z]{4})\b/i.exec(text);
  return m ? `R-${m[1]!.toUpperCase()}-${m[2]!.toUpperCase()}` : null;
}

/** The form reference written in `text` ("Form reference: RF-7K2M-9QXA"), or null. */
export function findFormReference(text: string): { reference: string; kind: FormKind } | null {
  const m = /\b([RU])F\s*[-–—\s]\s*([0-9A-Z]{4})\s*[-–—\s]?\s*([0-9A-Z]{4})\b/i.exec(text);
  if (!m) return null;
  const kind: FormKind = m[1]!.toUpperCase() === 'U' ? 'update' : 'response';
  return { reference: `${m[1]!.toUpperCase()}F-${m[2]!.toUpperCase()}-${m[3]!.toUpperCase()}`, kind };
}
