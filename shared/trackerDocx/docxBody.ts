// A Word document's body as the tracker reader needs it: paragraphs and tables in order, each table
// a grid of cells with Word's merges undone (a vertically merged cell repeats the cell it continues).
import { readDocxParts } from '../documents/docxPackage';
import { readStyles } from '../documents/docxNumbering';
import { DocxReader } from '../documents/docxText';
import { child, elements, type XmlElement } from '../documents/xml';

export interface DocParagraph {
  /** Its text, lines apart by "\n"; Word's list numbers written in ("a) "). */
  text: string;
  heading: boolean;
  /** Space after the paragraph as written on it (w:spacing w:after, in twips), or null. */
  gapAfter: number | null;
}

export interface DocCell {
  /** Every paragraph, empty ones included: a blank line can be what parts one entry from the next. */
  paragraphs: DocParagraph[];
  /** A continuation of the merged cell above (w:vMerge): it shows the same words. */
  merged: boolean;
  /** How many grid columns it spans (w:gridSpan). */
  span: number;
}

/** A row as cells at their grid column: `cells[c]` is the cell that starts at column c, if one does. */
export type DocRow = Array<DocCell | undefined>;

export type DocBlock = { kind: 'paragraph'; paragraph: DocParagraph } | { kind: 'table'; rows: DocRow[] };

const WRAPPERS = new Set(['w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag']);

const val = (el: XmlElement | undefined): string | undefined => el?.attrs['w:val'];

function intOr(text: string | undefined, fallback: number): number {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
}

/** The children of `el` named `name`, looking through content controls and tracked insertions. */
function gather(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(el)) {
    if (c.name === name) out.push(c);
    else if (c.name === 'w:sdt') gather(child(c, 'w:sdtContent') ?? c, name, out);
    else if (WRAPPERS.has(c.name)) gather(c, name, out);
  }
  return out;
}

/** A cell's words, one line per paragraph line, blank paragraphs left out. */
export function cellText(cell: DocCell | undefined): string {
  if (!cell) return '';
  return cell.paragraphs
    .map((p) => p.text)
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

class BodyReader {
  constructor(private readonly reader: DocxReader) {}

  private paragraph(p: XmlElement): DocParagraph {
    const block = this.reader.paragraph(p);
    const gap = child(child(p, 'w:pPr'), 'w:spacing')?.attrs['w:after'];
    return {
      // Bullets the Word builders write as "•<tab>" read as "• ".
      text: block.lines.map((l) => l.replace(/^(\s*[•·▪◦‣●○■□–—*-])\t/, '$1 ').trimEnd()).join('\n'),
      heading: block.heading,
      gapAfter: gap === undefined ? null : intOr(gap, 0),
    };
  }

  blocks(container: XmlElement | undefined, out: DocBlock[]): DocBlock[] {
    for (const el of container ? elements(container) : []) {
      if (el.name === 'w:p') out.push({ kind: 'paragraph', paragraph: this.paragraph(el) });
      else if (el.name === 'w:tbl') out.push({ kind: 'table', rows: this.table(el) });
      else if (el.name === 'w:sdt') this.blocks(child(el, 'w:sdtContent'), out);
      else if (WRAPPERS.has(el.name)) this.blocks(el, out);
      else if (el.name === 'mc:AlternateContent') this.blocks(child(el, 'mc:Fallback') ?? child(el, 'mc:Choice'), out);
    }
    return out;
  }

  /** A cell's paragraphs; a table inside the cell gives its cells' paragraphs in reading order. */
  private cellParagraphs(container: XmlElement, out: DocParagraph[]): DocParagraph[] {
    for (const block of this.blocks(container, [])) {
      if (block.kind === 'paragraph') out.push(block.paragraph);
      else for (const row of block.rows) for (const cell of row) if (cell && !cell.merged) out.push(...cell.paragraphs);
    }
    return out;
  }

  private table(tbl: XmlElement): DocRow[] {
    const rows: DocRow[] = [];
    for (const tr of gather(tbl, 'w:tr')) {
      const row: DocRow = [];
      let column = intOr(val(child(child(tr, 'w:trPr'), 'w:gridBefore')), 0);
      for (const tc of gather(tr, 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, intOr(val(child(tcPr, 'w:gridSpan')), 1));
        const vMerge = child(tcPr, 'w:vMerge');
        const merged = vMerge !== undefined && val(vMerge) !== 'restart';
        const above = rows[rows.length - 1]?.[column];
        // A continued cell holds an empty paragraph in the file; on the page it is the cell above.
        const paragraphs = merged && above ? above.paragraphs : this.cellParagraphs(tc, []);
        row[column] = { paragraphs, merged: merged && above !== undefined, span };
        column += span;
      }
      rows.push(row);
    }
    return rows;
  }
}

/** The body of a .docx as paragraphs and tables, in order. Throws the package reader's plain-English errors. */
export async function readDocxBody(bytes: Uint8Array): Promise<DocBlock[]> {
  const parts = await readDocxParts(bytes);
  const reader = new BodyReader(new DocxReader(readStyles(parts.styles), parts.numbering));
  return reader.blocks(child(child(parts.document, 'w:document'), 'w:body'), []);
}
