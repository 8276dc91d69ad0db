// Reads the text layer of a PDF of published minutes with pdf.js, rebuilding its lines from where
// each piece of text sits on the page, so parseMinutes gets the same kind of text as from a .docx.
import type * as PdfJs from 'pdfjs-dist';

/** The part of the pdf.js module this reader uses: the browser build in the app, the legacy build in tests. */
export type PdfJsModule = Pick<typeof PdfJs, 'getDocument'>;

/** A piece of text in page coordinates: x to the right, y (the baseline) downwards, in points. */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font size: the height of the text on the page. */
  size: number;
}

export const NO_TEXT_LAYER =
  'This PDF has no text layer (it looks like a scan), so the minutes cannot be read from it. Open it in a program that can recognise text (OCR), or paste the text instead.';
export const PDF_PASSWORD =
  'This PDF is protected by a password, so the minutes cannot be read from it. Open it with the password and save it as a PDF without one, or paste the text instead.';
export const PDF_DAMAGED =
  'This PDF is damaged, or is not really a PDF, so the minutes cannot be read from it. Open it in a PDF reader and save it again, or paste the text instead.';

interface Line {
  y: number;
  size: number;
  pieces: PlacedText[];
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * q)] ?? 0;
}

/** Joins a line's pieces left to right: a space where there is a gap, a tab where the gap is a column's. */
function joinLine(line: Line): string {
  const pieces = [...line.pieces].sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  let last: PlacedText | null = null;
  for (const piece of pieces) {
    // Some producers fake bold by printing the same text twice, a fraction of a point apart.
    if (last && last.str === piece.str && Math.abs(last.x - piece.x) < piece.size * 0.2) continue;
    const gap = piece.x - end;
    if (text !== '' && !/\s$/.test(text) && !/^\s/.test(piece.str)) {
      // A gap of four ems is no word space even in justified text: it is a table's or a layout's column.
      if (gap > piece.size * 4) text += '\t';
      else if (gap > piece.size * 0.15) text += ' ';
    }
    text += piece.str;
    end = Math.max(end, piece.x + piece.width);
    last = piece;
  }
  return text.replace(/\s+$/, '');
}

/**
 * A page's lines, top to bottom, with a blank line where the space between two lines is clearly
 * more than the page's usual line spacing: that is where paragraphs and headings begin, which
 * parseMinutes reads from blank lines.
 */
export function itemsToLines(items: readonly PlacedText[]): string[] {
  const pieces = items
    .filter((p) => p.str.trim() !== '' && Number.isFinite(p.x) && Number.isFinite(p.y) && p.size > 0)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  for (const piece of pieces) {
    const line = lines[lines.length - 1];
    // Within half a line of the line's baseline: the same line (this takes in superscripts too).
    if (line && piece.y - line.y <= Math.max(line.size, piece.size) * 0.5) {
      line.pieces.push(piece);
      // The baseline is the main text's, not a raised ordinal's that happened to come first.
      if (piece.size > line.size) {
        line.y = piece.y;
        line.size = piece.size;
      }
    } else {
      lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
    }
  }
  if (lines.length === 0) return [];

  const bodySize = quantile(lines.map((l) => l.size), 0.5);
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const step = lines[i]!.y - lines[i - 1]!.y;
    if (step > bodySize * 0.8 && step < bodySize * 2.5) steps.push(step / Math.max(lines[i]!.size, lines[i - 1]!.size));
  }
  // The distance between the lines of one paragraph, per point of font size (1.15 to 1.2 in most
  // minutes). A low quantile, not the median: in minutes of one-line paragraphs most steps between
  // lines are steps between paragraphs.
  const pitch = steps.length >= 3 ? quantile(steps, 0.2) : 1.2;

  // Indentation as leading spaces, two to an em (less than half an em is the label's own offset):
  // how a sub-point shows it is one.
  const starts = lines.map((l) => Math.min(...l.pieces.map((p) => p.x)));
  const left = Math.min(...starts);
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    const prev = lines[i - 1];
    if (prev && line.y - prev.y > pitch * Math.max(line.size, prev.size) * 1.3) out.push('');
    const indent = Math.min(24, Math.max(0, 2 * Math.round((starts[i]! - left) / bodySize)));
    out.push(' '.repeat(indent) + joinLine(line));
  }
  return out;
}

/** [a b c d e f] × [a b c d e f]: pdf.js's text matrices into the page's viewport. */
function multiply(m: readonly number[], n: readonly number[]): number[] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const [p = 1, q = 0, r = 0, s = 1, t = 0, u = 0] = n;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

function messageFor(error: unknown): string {
  // pdf.js rejects with its own exception classes, told apart by name.
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'PasswordException' ? PDF_PASSWORD : PDF_DAMAGED;
}

/**
 * The text of a PDF: each page's lines, pages apart by a form feed on a line of its own (as
 * pdftotext writes them), which parseMinutes uses to find and drop running headers and page numbers.
 */
export async function pdfTextWith(pdfjs: PdfJsModule, bytes: Uint8Array): Promise<string> {
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over (it moves it to its worker), so it is given a copy.
    data: bytes.slice(),
    // Nothing is drawn and nothing may be fetched: no fonts installed in the page, no code
    // generated at run time (the app's CSP forbids it), no system fonts, no WebAssembly decoders.
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    useWasm: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let doc: PdfJs.PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (error) {
      throw new Error(messageFor(error), { cause: error });
    }
    const pages: string[] = [];
    let characters = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      let lines: string[];
      try {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const placed: PlacedText[] = [];
        for (const item of content.items) {
          if (!('str' in item)) continue;
          const m = multiply(viewport.transform, item.transform as number[]);
          // Text running up or down the page (a margin note, a diagonal "DRAFT") is no line of the minutes.
          if (Math.abs(m[1]!) > Math.abs(m[0]!)) continue;
          placed.push({ str: item.str, x: m[4]!, y: m[5]!, width: item.width, size: Math.hypot(m[2]!, m[3]!) });
        }
        page.cleanup();
        lines = itemsToLines(placed);
      } catch (error) {
        throw new Error(PDF_DAMAGED, { cause: error });
      }
      characters += lines.join('').replace(/[^\p{L}\p{N}]/gu, '').length;
      pages.push(lines.join('\n'));
    }
    // A scan stamped with page numbers still has a few characters per page, but no minutes.
    if (characters < 10 * Math.max(doc.numPages, 1)) throw new Error(NO_TEXT_LAYER);
    return pages.join('\n\f\n');
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

let loading: Promise<PdfJsModule> | null = null;

/**
 * pdf.js, loaded when a PDF is first read. The legacy build is used because the modern one needs
 * JavaScript features newer than Electron's Chromium (Map.prototype.getOrInsertComputed, Chrome 145).
 * Its worker is bundled by Vite (`?url`) and served from the app's own origin, which the CSP's
 * script-src 'self' allows; nothing is fetched from anywhere else.
 */
function loadPdfJs(): Promise<PdfJsModule> {
  loading ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url')]).then(
    ([pdfjs, worker]) => {
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      return pdfjs;
    },
  );
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The text of a PDF of minutes, for parseMinutes; throws an Error with a plain-English message when it has none. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  return pdfTextWith(await loadPdfJs(), bytes);
}
