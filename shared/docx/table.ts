// The pieces of the exports' tables: text cleaned for Word, one paragraph per line, cells, heading rows, body rows and bordered tables.
import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { textWidth } from './page';

/** Thin black lines on every side of every cell, as in the council's published tables. */
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const HEADER_SHADING = 'D9D9D9';
/** Space after each paragraph inside a cell, in twentieths of a point. */
export const CELL_PARAGRAPH_AFTER = 60;
/**
 * The paragraph style of table text. Giving cells a style rather than spacing on every paragraph
 * keeps a 10,000-row file smaller and quicker to write, and lets the officer restyle it in Word.
 */
export const CELL_STYLE = 'TableText';

/** Column widths in twips from percentages that add up to 100. The last column takes the rounding. */
export function columnWidths(percentages: readonly number[], orientation: 'landscape' | 'portrait'): number[] {
  const total = textWidth(orientation);
  const widths = percentages.map((p) => Math.floor((total * p) / 100));
  widths[widths.length - 1] = total - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}

// Characters XML 1.0 forbids would make Word declare the file corrupt, so they go; tabs become spaces.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(FORBIDDEN, '');
}

const BULLET = /^\s*([•·▪◦‣●○■□\-–—*])\s+/;

export interface TextOptions {
  bold?: boolean;
  /** Printed before the first line, e.g. "1) ". */
  prefix?: string;
  /** Extra space after the last line, to part one entry from the next in a shared cell. */
  spaceAfter?: number;
}

/**
 * The paragraph styles of the council template being filled, or null when the app makes the whole
 * document (and so defines every style it uses). A paragraph must not name a style the document
 * lacks: Word falls back to Normal, but LibreOffice then lays table cells out wrongly.
 */
let templateStyles: ReadonlySet<string> | null = null;

/** Builds with the template's styles in force; the building is synchronous, so nothing else runs meanwhile. */
export function withTemplateStyles<T>(styles: ReadonlySet<string> | null, build: () => T): T {
  const before = templateStyles;
  templateStyles = styles;
  try {
    return build();
  } finally {
    templateStyles = before;
  }
}

export function hasStyle(id: string): boolean {
  return templateStyles === null || templateStyles.has(id);
}

/** The reference of the bulleted list that lines typed with a bullet mark become. */
export const BULLET_LIST = 'tracker-bullets';

/**
 * The numbering definition of that list, for every document (and patched template) that holds table
 * text: a real Word list, so screen readers announce it as one and Word's list tools work on it.
 */
export const BULLET_NUMBERING = {
  config: [
    {
      reference: BULLET_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 284, hanging: 284 } } },
        },
      ],
    },
  ],
};

/**
 * One paragraph per line, as the officer typed it. Lines that start with a bullet mark become items
 * of a Word bulleted list (the mark itself is the list's, not typed).
 */
export function textParagraphs(text: string, options: TextOptions = {}): Paragraph[] {
  const lines = cleanText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0 && options.prefix) lines.push('');
  return lines.map((line, index) => {
    const last = index === lines.length - 1;
    const after = last ? (options.spaceAfter ?? CELL_PARAGRAPH_AFTER) : CELL_PARAGRAPH_AFTER;
    const prefix = index === 0 ? (options.prefix ?? '') : '';
    // A labelled first line keeps its label in front rather than hang from a bullet.
    const bullet = prefix === '' ? BULLET.exec(line) : null;
    // The cell style carries the usual spacing; only a wider gap is written on the paragraph itself
    // (or every gap, in a template without the style).
    const styled = hasStyle(CELL_STYLE);
    const style = styled ? CELL_STYLE : undefined;
    const spacing = after === CELL_PARAGRAPH_AFTER && styled ? undefined : { before: 0, after };
    if (bullet) {
      return new Paragraph({
        style,
        spacing,
        numbering: { reference: BULLET_LIST, level: 0 },
        children: [new TextRun({ text: line.slice(bullet[0].length), bold: options.bold })],
      });
    }
    return new Paragraph({ style, spacing, children: [new TextRun({ text: prefix + line, bold: options.bold })] });
  });
}

/** An empty cell still needs one paragraph, or Word calls the file damaged. */
function ensureParagraph(children: Array<Paragraph | Table>): Array<Paragraph | Table> {
  return children.length > 0 ? children : [new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })];
}

export interface CellOptions {
  width: number;
  merge?: 'restart' | 'continue';
  columnSpan?: number;
  shaded?: boolean;
}

export function cell(children: Array<Paragraph | Table>, options: CellOptions): TableCell {
  return new TableCell({
    children: ensureParagraph(children),
    width: { size: options.width, type: WidthType.DXA },
    verticalMerge:
      options.merge === 'restart' ? VerticalMergeType.RESTART : options.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    columnSpan: options.columnSpan,
    shading: options.shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_SHADING } : undefined,
  });
}

/**
 * The column headings, marked to repeat at the top of every page; keepNext holds them to the first
 * row so a heading row never ends a page on its own.
 */
export function headingRow(headings: readonly string[], widths: readonly number[], rightAligned: readonly number[] = []): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headings.map((heading, index) =>
      cell(
        [
          new Paragraph({
            keepNext: true,
            alignment: rightAligned.includes(index) ? AlignmentType.RIGHT : undefined,
            spacing: { before: 0, after: 0 },
            children: [new TextRun({ text: cleanText(heading), bold: true })],
          }),
        ],
        { width: widths[index]!, shaded: true },
      ),
    ),
  });
}

/** A row that moves to the next page whole rather than break, where it fits on one page. */
export function bodyRow(cells: TableCell[], cantSplit = true): TableRow {
  return new TableRow({ cantSplit, children: cells });
}

/**
 * A rough height of a row, in twips, from its cells' text: lines wrapped at an average Arial
 * character width (a little under half the font size). Only good enough to tell a short row from one
 * that would leave most of a page blank if it were moved whole to the next page.
 */
export function roughRowHeight(columns: ReadonlyArray<{ paragraphs: readonly string[]; width: number }>, fontSize: number): number {
  const charWidth = fontSize * 20 * 0.46;
  const lineHeight = fontSize * 20 * 1.15;
  let tallest = 0;
  for (const { paragraphs, width } of columns) {
    const perLine = Math.max(1, Math.floor((width - 216) / charWidth));
    let height = 114;
    for (const paragraph of paragraphs) {
      if (paragraph === '') continue;
      for (const line of paragraph.split('\n')) height += Math.max(1, Math.ceil(line.length / perLine)) * lineHeight + CELL_PARAGRAPH_AFTER;
    }
    tallest = Math.max(tallest, height);
  }
  return tallest;
}

export function table(rows: TableRow[], widths: readonly number[]): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    // A fixed layout prints the same in Word and LibreOffice and spares Word measuring every cell of a long table.
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    margins: { top: 57, bottom: 57, left: 108, right: 108 },
  });
}
