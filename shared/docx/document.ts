// Assembles a Word export: styles, the header with the classification marking and logo, the footer with author, page, date and version, and the bytes.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation as DocxOrientation,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import { formatShortDate } from '../dates/format';
import { logoSize } from './image';
import type { ResolvedCommonOptions } from './options';
import { A4_LONG, A4_SHORT, HEADER_FOOTER_DISTANCE, MARGIN, textWidth } from './page';
import { BULLET_NUMBERING, CELL_PARAGRAPH_AFTER, CELL_STYLE, cleanText } from './table';

function headerParts(options: ResolvedCommonOptions, withLogo: boolean): Paragraph[] {
  const parts: Paragraph[] = [];
  if (withLogo && options.logo) {
    const { data, type, width, height, altText } = options.logo;
    const size = logoSize(data, type, width, height);
    parts.push(
      new Paragraph({
        spacing: { before: 0, after: 60 },
        children: [
          new ImageRun({
            type,
            data,
            transformation: size,
            altText: { name: 'Logo', description: altText ?? 'Council logo', title: altText ?? 'Council logo' },
          }),
        ],
      }),
    );
  }
  if (options.classification !== '') {
    parts.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        // A little air between the marking and the first line of the page, which a tall logo would otherwise butt against.
        spacing: { before: 0, after: 120 },
        children: [new TextRun({ text: cleanText(options.classification), bold: true })],
      }),
    );
  }
  return parts.length > 0 ? parts : [new Paragraph({ children: [] })];
}

/** Seed 000's footer: author, "Page N" and the date on one line, "Version number N" under it. */
function footer(options: ResolvedCommonOptions): Footer {
  const width = textWidth(options.orientation);
  const size = Math.max(16, options.fontSize * 2 - 2);
  return new Footer({
    children: [
      new Paragraph({
        spacing: { before: 0, after: 0 },
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(width / 2) },
          { type: TabStopType.RIGHT, position: width },
        ],
        children: [
          new TextRun({ text: cleanText(options.author), size }),
          new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT], size }),
          new TextRun({ children: [new Tab(), formatShortDate(options.date)], size }),
        ],
      }),
      new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: `Version number ${options.version}`, size })] }),
    ],
  });
}

export interface DocumentParts {
  title: string;
  /** A one-line description for the file's properties. */
  description: string;
  children: FileChild[];
  /** A section to paste into another document: no header, footer, marking or logo. */
  bare?: boolean;
}

/** Assembles the document and packs it to bytes without Node's Buffer, so the renderer can call it too. */
export async function packDocument(options: ResolvedCommonOptions, parts: DocumentParts): Promise<Uint8Array> {
  const font = options.font;
  const size = Math.round(options.fontSize * 2);
  const headingRun = (extra: number) => ({ font, size: size + extra, bold: true, color: '000000' });
  const landscape = options.orientation === 'landscape';
  const logoOnFirstPage = options.logo !== null && parts.bare !== true;
  const section: ISectionOptions = {
    properties: {
      // The logo goes on the first page only, as in seed 000; the marking on every page.
      titlePage: logoOnFirstPage,
      page: {
        size: { width: A4_SHORT, height: A4_LONG, orientation: landscape ? DocxOrientation.LANDSCAPE : DocxOrientation.PORTRAIT },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: HEADER_FOOTER_DISTANCE, footer: HEADER_FOOTER_DISTANCE },
      },
    },
    headers: parts.bare
      ? undefined
      : logoOnFirstPage
        ? { default: new Header({ children: headerParts(options, false) }), first: new Header({ children: headerParts(options, true) }) }
        : { default: new Header({ children: headerParts(options, false) }) },
    footers: parts.bare ? undefined : logoOnFirstPage ? { default: footer(options), first: footer(options) } : { default: footer(options) },
    children: parts.children,
  };
  const doc = new Document({
    title: cleanText(parts.title),
    description: cleanText(parts.description),
    creator: cleanText(options.author) || 'Scrutiny Tracker',
    lastModifiedBy: cleanText(options.author) || 'Scrutiny Tracker',
    revision: options.version,
    numbering: BULLET_NUMBERING,
    styles: {
      default: {
        document: {
          run: { font, size, language: { value: 'en-GB' } },
          paragraph: { spacing: { before: 0, after: 120 } },
        },
        heading1: { run: headingRun(6), paragraph: { spacing: { before: 0, after: 120 }, keepNext: true, outlineLevel: 0 } },
        heading2: { run: headingRun(2), paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 } },
        heading3: { run: headingRun(0), paragraph: { spacing: { before: 200, after: 100 }, keepNext: true, outlineLevel: 2 } },
      },
      paragraphStyles: [
        {
          id: CELL_STYLE,
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          paragraph: { spacing: { before: 0, after: CELL_PARAGRAPH_AFTER } },
        },
      ],
    },
    sections: [section],
  });
  const bytes = await Packer.toArrayBuffer(doc);
  return new Uint8Array(bytes);
}
