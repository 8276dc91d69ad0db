// The PDF reader: pdf.js's legacy build run in Node through the same line-rebuilding and document
// loop the app uses, on PDFs written by LibreOffice, a hand-made scan-like PDF and damaged ones.
import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { NO_TEXT_LAYER, PDF_DAMAGED, PDF_PASSWORD, itemsToLines, pdfTextWith, type PlacedText } from '../../../renderer/features/minutes/readPdf';
import { SKIP_MESSAGE, convertWithLibreOffice, economyMinutes, hasLibreOffice } from '../../shared/documents/libreoffice';

const piece = (str: string, x: number, y: number, size = 10): PlacedText => ({ str, x, y, width: str.length * size * 0.5, size });

describe('itemsToLines', () => {
  it('puts pieces on a baseline together, left to right, whatever order they came in', () => {
    const lines = itemsToLines([piece('world', 40, 100.4), piece('Hello', 10, 100), piece('Next line', 10, 112)]);
    expect(lines).toEqual(['Hello world', 'Next line']);
  });

  it('spaces pieces apart only where there is a gap, and keeps a raised ordinal on its line', () => {
    // "Rec" and "ommendation" touch: one word. "st" is raised by four tenths of the font size, and
    // the line's baseline stays the main text's, so no paragraph break is seen after it.
    const lines = itemsToLines([
      piece('Rec', 10, 100),
      piece('ommendation', 25, 100),
      piece('on 1', 90, 100),
      piece('st', 110, 96, 6),
      piece('May', 120, 100),
      piece('to be agreed', 10, 112),
      piece('by the Executive', 10, 124),
      piece('and the Council.', 10, 136),
    ]);
    expect(lines).toEqual(['Recommendation on 1st May', 'to be agreed', 'by the Executive', 'and the Council.']);
  });

  it('writes a blank line where the gap between lines is a paragraph break, not a line of the paragraph', () => {
    const lines = itemsToLines([
      piece('RESOLVED: That the report', 10, 100),
      piece('be noted.', 10, 112),
      piece('That the Executive be asked', 10, 124),
      piece('to reply.', 10, 136),
      piece('182. PERFORMANCE', 10, 160),
    ]);
    expect(lines).toEqual(['RESOLVED: That the report', 'be noted.', 'That the Executive be asked', 'to reply.', '', '182. PERFORMANCE']);
  });

  it('indents a line set in from the margin, separates columns with a tab and drops text printed twice for bold', () => {
    const lines = itemsToLines([
      piece('(a)', 10, 100),
      piece('the first point;', 40, 100),
      piece('(i)', 30, 112),
      piece('a sub-point', 50, 112),
      piece('Rec', 10, 124),
      piece('Rec', 10.3, 124),
      piece('Accepted', 200, 124),
    ]);
    expect(lines).toEqual(['(a) the first point;', '    (i) a sub-point', 'Rec\tAccepted']);
  });

  it('gives nothing for a page with no text', () => {
    expect(itemsToLines([piece('  ', 10, 10)])).toEqual([]);
  });
});

/** A one-page PDF with a grey box and a small grey image on it, and no text at all: what a scan looks like. */
function imageOnlyPdf(): Uint8Array {
  const content = 'q 0.8 g 72 600 300 150 re f Q\nq 200 0 0 100 72 400 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\x80\xff\x40 EI Q\n';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(pdf, (c) => c.charCodeAt(0));
}

describe('pdfTextWith (pdf.js legacy build in Node)', () => {
  it('says a PDF with no text layer looks like a scan', async () => {
    await expect(pdfTextWith(pdfjs, imageOnlyPdf())).rejects.toThrow(NO_TEXT_LAYER);
  });

  it('says a damaged PDF, or a file that is not one, is damaged', async () => {
    await expect(pdfTextWith(pdfjs, new TextEncoder().encode('%PDF-1.7\nnot really a PDF at all'))).rejects.toThrow(PDF_DAMAGED);
    const cut = imageOnlyPdf().slice(0, 60);
    await expect(pdfTextWith(pdfjs, cut)).rejects.toThrow(PDF_DAMAGED);
  });

  it('leaves the caller’s bytes as they were (pdf.js takes its own copy)', async () => {
    const bytes = imageOnlyPdf();
    const before = bytes.length;
    await pdfTextWith(pdfjs, bytes).catch(() => undefined);
    expect(bytes.length).toBe(before);
  });
});

describe.skipIf(!hasLibreOffice)('pdfTextWith on PDFs written by LibreOffice', () => {
  it('rebuilds the lines of the minutes in reading order, so parseMinutes reads them as from the typed text', async () => {
    const { minutes } = convertWithLibreOffice({ minutes: economyMinutes() }, 'pdf');
    const text = await pdfTextWith(pdfjs, minutes!);
    // Two pages, each with its footer: a form feed on its own line between them, as pdftotext writes.
    expect(text.split('\n\f\n')).toHaveLength(2);
    expect(text).toContain('Economy and Skills Select Committee, 5 February 2025. Page 2');
    const lines = text.split('\n').map((l) => l.trim());
    const order = [
      '4. Skills Bootcamps and Adult Education Budget',
      'Recommendations:',
      '1. That the Cabinet Member for Economic Growth:',
      'a. commissions a review of the low completion rates for digital bootcamps, reporting back',
      'b. works with the construction sector to develop a county-wide apprenticeship pledge.',
      '3. That the Committee\'s thanks to the adult education team be recorded.',
      '5. Business Rates Retention Pilot',
      'Resolved:',
      'That the report be noted.',
      '6. Forward Plan and Work Programme',
      '1. That the work programme be agreed.',
      '2. That an item on the local nature recovery strategy be added to the meeting in July 2025.',
    ];
    const at = order.map((line) => lines.indexOf(line));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const typed = readFileSync(new URL('../../fixtures/minutes/docx-word-lists.txt', import.meta.url), 'utf8');
    expect(parseMinutes(text)).toEqual(parseMinutes(typed));
  });

  it('says a PDF that needs a password to open is protected', async () => {
    const options = { EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: 'secret' } };
    const { minutes } = convertWithLibreOffice({ minutes: economyMinutes() }, 'pdf', options);
    await expect(pdfTextWith(pdfjs, minutes!)).rejects.toThrow(PDF_PASSWORD);
  });
});

if (!hasLibreOffice) console.warn(SKIP_MESSAGE);
