// Turns a Word document (.docx) into the plain text parseMinutes reads: one paragraph per line, a
// blank line between paragraphs, Word's automatic list numbers written in as labels ("a) ", "(i) "),
// and tables as rows of tab-separated cells.
import { readDocxParts } from './docxPackage';
import { ListCounter, isOn, readNumbering, readStyles, styleChain, type Styles } from './docxNumbering';
import { child, elements, type XmlElement } from './xml';

/** One paragraph (or table row) of the text. */
export interface Block {
  /** Its lines: a line break inside a paragraph (w:br) starts another. */
  lines: string[];
  /** The Word list (numId) that numbers or bullets it, or null. */
  list: string | null;
  heading: boolean;
  /** An empty paragraph: the author's own blank line. */
  empty: boolean;
  /** A row of a table of three or more columns. */
  row: boolean;
}

// Glyphs of the symbol fonts that Word's "Insert Symbol" (w:sym) points into, for the few that
// minutes use; others are dropped rather than shown as a private-use code point.
const SYMBOL_FONT: Readonly<Record<number, string>> = { 0x20: ' ', 0x2d: '−', 0xa3: '≤', 0xac: '←', 0xae: '→', 0xb0: '°', 0xb1: '±', 0xb3: '≥', 0xb4: '×', 0xb7: '•', 0xb8: '÷', 0xd7: '·' };
const WINGDINGS: Readonly<Record<number, string>> = { 0x6c: '●', 0x6e: '■', 0x71: '❑', 0x76: '❖', 0x9f: '•', 0xa7: '▪', 0xa8: '◻', 0xd8: '➢', 0xe0: '→', 0xe8: '→', 0xfb: '✗', 0xfc: '✓', 0xfe: '☑' };

function symbol(sym: XmlElement): string {
  const code = Number.parseInt(sym.attrs['w:char'] ?? '', 16);
  if (!Number.isFinite(code) || code <= 0) return '';
  const font = (sym.attrs['w:font'] ?? '').toLowerCase();
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  if (font.includes('wingdings') || font.includes('webdings')) return WINGDINGS[low] ?? '';
  if (font === 'symbol') return SYMBOL_FONT[low] ?? '';
  return code >= 0xf000 && code <= 0xf8ff ? '' : String.fromCodePoint(code);
}

const val = (el: XmlElement | undefined): string | undefined => el?.attrs['w:val'];

function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : '')).join('');
}

/** Word's "hidden" property, on a run or on a paragraph mark. */
function hidden(rPr: XmlElement | undefined): boolean {
  return isOn(child(rPr, 'w:vanish')) || isOn(child(rPr, 'w:specVanish'));
}

/** The branch of a markup-compatibility block to read: the fallback is written for readers like this one. */
function alternative(el: XmlElement): XmlElement | undefined {
  return child(el, 'mc:Fallback') ?? child(el, 'mc:Choice');
}

// A paragraph that ends like this runs on into the next one, as a lead-in does into its list, so
// the two are printed without a blank line between them, as they are on the page.
const RUNS_ON = /(?:[:;,–—-]|\b(?:and|or|that|to))$/i;

// Wrappers around rows and cells (content controls, tracked insertions) that hold them like a table does.
const ROW_WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo']);

/** Reads paragraphs in document order, numbering Word's lists as it goes (also used to read tracker tables). */
export class DocxReader {
  private readonly lists: ListCounter;
  /** Open fields, innermost last: 'code' until w:fldChar "separate", then 'result' until "end". */
  private fields: Array<'code' | 'result'> = [];

  constructor(private readonly styles: Styles, numbering: XmlElement | null) {
    this.lists = new ListCounter(readNumbering(numbering), styles);
  }

  /** Paragraphs and tables of the body, a table cell or a content control, in order. */
  blocks(container: XmlElement | undefined, out: Block[]): Block[] {
    for (const el of container ? elements(container) : []) {
      switch (el.name) {
        case 'w:p':
          out.push(this.paragraph(el));
          break;
        case 'w:tbl':
          this.table(el, out);
          break;
        case 'w:sdt':
          this.blocks(child(el, 'w:sdtContent'), out);
          break;
        case 'w:sdtContent':
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.blocks(el, out);
          break;
        case 'mc:AlternateContent':
          this.blocks(alternative(el), out);
          break;
        default:
          // Section properties, bookmarks, deleted text (w:del, w:moveFrom), imported chunks.
          break;
      }
    }
    return out;
  }

  private showing(): boolean {
    return this.fields.every((f) => f === 'result');
  }

  private run(r: XmlElement, out: string[]): void {
    const invisible = hidden(child(r, 'w:rPr'));
    for (const el of elements(r)) {
      if (el.name === 'w:fldChar') {
        // A field shows its result, never its code ("PAGE", "REF _Ref123 \h").
        const type = el.attrs['w:fldCharType'];
        if (type === 'begin') this.fields.push('code');
        else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = 'result';
        else if (type === 'end') this.fields.pop();
        continue;
      }
      if (invisible || !this.showing()) continue;
      switch (el.name) {
        case 'w:t':
          out.push(textOf(el));
          break;
        case 'w:tab':
        case 'w:ptab':
          out.push('\t');
          break;
        case 'w:br':
        case 'w:cr':
          out.push('\n');
          break;
        case 'w:noBreakHyphen':
          out.push('-');
          break;
        case 'w:sym':
          out.push(symbol(el));
          break;
        default:
          // Field codes (w:instrText), deleted text, soft hyphens, drawings, footnote references.
          break;
      }
    }
  }

  private inline(container: XmlElement | undefined, out: string[]): void {
    for (const el of container ? elements(container) : []) {
      switch (el.name) {
        case 'w:r':
          this.run(el, out);
          break;
        case 'w:pPr':
        case 'w:rPr':
        case 'w:sdtPr':
        case 'w:sdtEndPr':
        case 'w:del':
        case 'w:moveFrom':
          break;
        case 'mc:AlternateContent':
          this.inline(alternative(el), out);
          break;
        case 'm:oMath':
        case 'm:oMathPara':
          // An equation: its text, without its layout.
          if (this.showing()) out.push(mathText(el));
          break;
        default:
          // Hyperlinks, simple fields (their runs are the result), content controls, smart tags, insertions.
          this.inline(el, out);
      }
    }
  }

  /** The list a paragraph belongs to, directly or through its style: numId "0" turns a style's list off. */
  private listOf(pPr: XmlElement | undefined, styleId: string | null): { numId: string; ilvl: number } | null {
    const numPr = child(pPr, 'w:numPr');
    let numId = val(child(numPr, 'w:numId')) ?? null;
    const ilvlText = val(child(numPr, 'w:ilvl'));
    let ilvl: number | null = ilvlText === undefined ? null : Number.parseInt(ilvlText, 10);
    if (numId === null) {
      const styled = styleChain(this.styles, styleId).find((s) => s.numId !== null);
      if (styled) {
        numId = styled.numId;
        ilvl = ilvl ?? styled.ilvl;
      }
    }
    if (numId === null || numId === '0') return null;
    if (ilvl === null || !Number.isFinite(ilvl)) ilvl = (styleId === null ? null : this.lists.levelForStyle(numId, styleId)) ?? 0;
    return { numId, ilvl: Math.min(Math.max(ilvl, 0), 8) };
  }

  paragraph(p: XmlElement): Block {
    const pPr = child(p, 'w:pPr');
    const styleId = val(child(pPr, 'w:pStyle')) ?? this.styles.defaultParagraph;
    const chain = styleChain(this.styles, styleId);
    const parts: string[] = [];
    this.inline(p, parts);
    // A field code never crosses a paragraph mark; one left open is damage, and must not hide the rest.
    while (this.fields.at(-1) === 'code') this.fields.pop();
    // Outline levels 0-8 are headings; 9 is Word's "body text", which some templates set on Normal.
    const outline = val(child(pPr, 'w:outlineLvl'));
    const heading =
      (outline !== undefined ? Number(outline) < 9 : chain.some((s) => s.outlineLevel !== null && s.outlineLevel < 9)) ||
      chain.some((s) => /^(?:heading [1-9]|title)$/i.test(s.name));
    const listRef = this.listOf(pPr, styleId);
    // Word numbers a hidden paragraph only when it is shown, so a hidden one does not count.
    const list = listRef && !hidden(child(pPr, 'w:rPr')) ? this.lists.next(listRef.numId, listRef.ilvl) : null;

    const lines = tidy(parts.join(''))
      .split('\n')
      .map((l) => l.trimEnd());
    while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
    while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
    // An empty numbered paragraph shows a lone number in Word; as text it would swallow the next
    // paragraph as its words, so it counts (the next number is right) but is left out.
    if (lines.length === 0) return { lines: [], list: null, heading: false, empty: true, row: false };
    if (list && list.label !== '') {
      const indent = '    '.repeat(list.level);
      lines[0] = `${indent}${list.label} ${lines[0]!.trimStart()}`;
      for (let i = 1; i < lines.length; i++) lines[i] = `${indent}${lines[i]!.trimStart()}`;
    }
    return { lines, list: list?.list ?? null, heading, empty: false, row: false };
  }

  private table(tbl: XmlElement, out: Block[]): void {
    for (const tr of gather(tbl, 'w:tr')) {
      const cells = gather(tr, 'w:tc')
        .map((tc) => this.blocks(tc, []).filter((b) => !b.empty))
        .filter((blocks) => blocks.length > 0);
      if (cells.length === 0) continue;
      const single = (blocks: Block[]) => blocks.length === 1 && blocks[0]!.lines.length === 1;
      if (cells.every(single)) {
        // A row of one-line cells: one line, cells apart by tabs (a one-cell row is just its paragraph).
        if (cells.length === 1) out.push(cells[0]![0]!);
        else out.push({ lines: [cells.map((c) => c[0]!.lines[0]!.trim()).join('\t')], list: null, heading: false, empty: false, row: cells.length >= 3 });
        continue;
      }
      // A layout row, such as a minute number beside the minute: the cells' paragraphs in turn, a
      // short first cell put at the start of the next cell's first line ("181<tab>SAFEGUARDING ...").
      let lead: string | null = null;
      for (const [i, cell] of cells.entries()) {
        if (i === 0 && cells.length > 1 && single(cell) && cell[0]!.lines[0]!.trim().length <= 12) {
          lead = cell[0]!.lines[0]!.trim();
          continue;
        }
        for (const block of cell) {
          if (lead !== null) {
            const [first = '', ...rest] = block.lines;
            out.push({ ...block, lines: [`${lead}\t${first.trimStart()}`, ...rest] });
            lead = null;
          } else out.push(block);
        }
      }
    }
  }
}

/** The rows of a table, or the cells of a row, looking through content controls and tracked insertions. */
function gather(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(el)) {
    if (c.name === name) out.push(c);
    else if (ROW_WRAPPERS.has(c.name)) gather(c, name, out);
  }
  return out;
}

function mathText(el: XmlElement): string {
  let text = '';
  for (const c of elements(el)) text += c.name === 'm:t' ? textOf(c) : mathText(c);
  return text;
}

/** Characters Word uses for layout that plain text has no use for. */
function tidy(text: string): string {
  return (
    text
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/\u2011/g, '-')
      .replace(/\u00ad|\u200b/g, '')
      // Tabs that only line text up: several in a row are one gap, and tabs before the first word are indentation.
      .replace(/\t{2,}/g, '\t')
      .replace(/^[ \t]+/gm, (lead) => lead.replace(/\t/g, '    '))
  );
}

function layout(blocks: readonly Block[]): string {
  const out: string[] = [];
  let prev: Block | null = null;
  let blank = false;
  for (const block of blocks) {
    if (block.empty) {
      blank = true;
      continue;
    }
    if (prev) {
      const last = (prev.lines[prev.lines.length - 1] ?? '').trim();
      // Items of one list sit together; another list (the next agenda item's number) starts apart.
      const together = !blank && !block.heading && !prev.heading && ((prev.list !== null && prev.list === block.list) || (prev.row && block.row) || RUNS_ON.test(last));
      if (!together) out.push('');
    }
    out.push(...block.lines);
    prev = block;
    blank = false;
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * The text of a Word document, in reading order, for parseMinutes. Throws an Error with a plain
 * English message when the bytes are not a .docx (an older .doc, an .odt, a PDF) or are damaged.
 * Headers, footers, footnotes, comments and text boxes are not read: minutes keep their words in the body.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const parts = await readDocxParts(bytes);
  const reader = new DocxReader(readStyles(parts.styles), parts.numbering);
  const body = child(child(parts.document, 'w:document'), 'w:body');
  return layout(reader.blocks(body, []));
}
