// The form as a Word document: a covering letter in the council's letter style (the chasing settings' letterhead), then, on landscape pages, the form itself — one table, a heading row and a row per recommendation, with shaded cells to fill.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  ShadingType,
  TableCell,
  TableRow,
  HeightRule,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { labelPrefix } from '../docx/common';
import { A4_LONG, A4_SHORT, HEADER_FOOTER_DISTANCE, MARGIN } from '../docx/page';
import { cell, CELL_PARAGRAPH_AFTER, CELL_STYLE, cleanText, columnWidths, headingRow, table, textParagraphs } from '../docx/table';
import { formatLongDate } from '../dates/format';
import { RESPONSE_COLUMNS, UPDATE_COLUMNS, type ColumnKey } from './columns';
import { currentText, datesText, meetingText, type ResolvedForm } from './options';
import type { FormRow } from './rows';

/** The light shading of the cells to fill: pale enough for black text well above WCAG AA contrast. */
const FILL_SHADING = 'FFF4CC';
export const COMPLETED_BY = 'Completed by (name and role):';
export const DATE_COMPLETED = 'Date completed:';
export const FORM_REFERENCE = 'Form reference:';

const lines = (text: string) =>
  cleanText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

function plain(text: string, options: { bold?: boolean; right?: boolean; before?: number; after?: number; keepNext?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    keepNext: options.keepNext,
    children: [new TextRun({ text: cleanText(text), bold: options.bold, size: options.size })],
  });
}

/** "Form reference: RF-…" with the label plain and the reference bold. */
function labelled(label: string, value: string, after = 120): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after },
    children: [new TextRun({ text: `${label} ` }), new TextRun({ text: cleanText(value), bold: true })],
  });
}

function fillCell(width: number): TableCell {
  return new TableCell({
    children: [new Paragraph({ style: CELL_STYLE, children: [] })],
    width: { size: width, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: FILL_SHADING },
  });
}

function infoText(key: ColumnKey, row: FormRow, several: boolean): Paragraph[] {
  switch (key) {
    case 'reference':
      return [new Paragraph({ style: CELL_STYLE, children: [new TextRun({ text: row.reference, bold: true })] })];
    case 'meeting':
      return textParagraphs(meetingText(row, several));
    case 'recommendation':
      return textParagraphs(row.recommendation.text, { prefix: labelPrefix(row.recommendation.label.trim()) });
    case 'dates':
      return textParagraphs(datesText(row));
    case 'current':
      return textParagraphs(currentText(row));
    default:
      return [];
  }
}

function formTable(form: ResolvedForm) {
  const columns = form.kind === 'update' ? UPDATE_COLUMNS : RESPONSE_COLUMNS;
  const widths = columnWidths(
    columns.map((c) => c.width),
    'landscape',
  );
  const several = new Set(form.rows.map((r) => r.committeeId)).size > 1;
  const body = form.rows.map(
    (row) =>
      new TableRow({
        // Room to write by hand on a printed form (about 2 cm), and a long recommendation may break across pages.
        height: { value: 1134, rule: HeightRule.ATLEAST },
        cantSplit: false,
        children: columns.map((c, i) => (c.fill ? fillCell(widths[i]!) : cell(infoText(c.key, row, several), { width: widths[i]! }))),
      }),
  );
  return table([headingRow(columns.map((c) => c.heading), widths), ...body], widths);
}

function letter(form: ResolvedForm): FileChild[] {
  const { settings: s, to, wording } = form;
  const sender = [...lines(s.officerAddress), s.officerEmail, s.officerPhone].filter((l) => l.trim() !== '');
  const addressee = [to.name, to.title, to.organisation, ...lines(to.address)].filter((l) => l.trim() !== '');
  const signOff = [s.officerTitle, s.councilName].filter((l) => l.trim() !== '');
  return [
    ...(s.councilName ? [plain(s.councilName, { right: true, bold: true })] : []),
    ...sender.map((l) => plain(l, { right: true })),
    plain(formatLongDate(form.date), { right: true, before: 240, after: 240 }),
    ...addressee.map((l) => plain(l)),
    plain(to.name ? `Dear ${to.name}` : 'Dear colleague', { before: 360, after: 240 }),
    plain(wording.subject, { bold: true, after: 240 }),
    ...wording.paragraphs.map((p) => plain(p, { after: 200 })),
    labelled(FORM_REFERENCE, form.reference, 200),
    plain(s.officerName ? 'Yours sincerely' : 'With thanks', { before: 240, after: s.officerName ? 720 : 240, keepNext: true }),
    ...(s.officerName ? [plain(s.officerName, { keepNext: true })] : []),
    ...signOff.map((l) => plain(l)),
  ];
}

function form(f: ResolvedForm): FileChild[] {
  return [
    plain(f.wording.heading, { bold: true, after: 120, size: 28 }),
    labelled(FORM_REFERENCE, f.reference),
    labelled('Sent to:', f.to.name || 'the executive'),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun(COMPLETED_BY), new TextRun(' ')] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun(DATE_COMPLETED), new TextRun(' ')] }),
    formTable(f),
    plain(f.wording.keepNote, { before: 240, size: 18 }),
  ];
}

function pageSetup(orientation: 'portrait' | 'landscape') {
  return {
    size: { width: A4_SHORT, height: A4_LONG, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: HEADER_FOOTER_DISTANCE, footer: HEADER_FOOTER_DISTANCE },
  };
}

/** The form's bytes: A4, the covering letter portrait, the form landscape; "OFFICIAL" in the header, the reference and page number in the footer. */
export async function buildFormDocx(f: ResolvedForm): Promise<Uint8Array> {
  const size = 22;
  const header = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'OFFICIAL', bold: true })] })] });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [`${f.wording.title} ${f.reference} — page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 })],
      }),
    ],
  });
  const doc = new Document({
    title: cleanText(`${f.wording.title} ${f.reference}`),
    description: cleanText(f.wording.subject),
    creator: cleanText(f.settings.officerName || 'Scrutiny Tracker'),
    styles: {
      default: { document: { run: { font: 'Arial', size, language: { value: 'en-GB' } }, paragraph: { spacing: { before: 0, after: 0 } } } },
      paragraphStyles: [
        {
          id: CELL_STYLE,
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: size - 4 },
          paragraph: { spacing: { before: 0, after: CELL_PARAGRAPH_AFTER } },
        },
      ],
    },
    sections: [
      { properties: { page: pageSetup('portrait') }, headers: { default: header }, footers: { default: footer }, children: letter(f) },
      {
        properties: { type: SectionType.NEXT_PAGE, page: pageSetup('landscape') },
        headers: { default: header },
        footers: { default: footer },
        children: form(f),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
