// The chase letter as a Word document in a council letter layout: sender and date, addressee, subject, body, the outstanding recommendations, sign-off.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
} from 'docx';
import { formatLongDate, isIsoDate } from '../dates/format';
import { labelPrefix } from '../docx/common';
import { A4_LONG, A4_SHORT, HEADER_FOOTER_DISTANCE, MARGIN } from '../docx/page';
import { BULLET_NUMBERING, bodyRow, cell, CELL_PARAGRAPH_AFTER, CELL_STYLE, cleanText, columnWidths, headingRow, table, textParagraphs } from '../docx/table';
import { greetingFor } from './greeting';
import { CHASE_LEVEL_LABELS, CHASE_LEVELS, type ChaseLevel } from './types';

export interface ChaseLetterRow {
  meetingDate: string;
  itemTitle: string;
  /** The recommendation's label as printed ("1", "a"); '' where none. */
  label: string;
  text: string;
  receivedDate: string;
  dueDate: string;
  /** Days past the due date; 0 or less prints "Not yet due". */
  daysOverdue: number;
  /** Printed under the meeting date when the letter covers more than one committee. */
  committeeName?: string;
}

export interface ChaseLetterInput {
  level: ChaseLevel;
  to: { name: string; title?: string; organisation?: string; address?: string; salutation?: string };
  /** `reference` prints "Our ref:"; the name "Please ask for:", the phone "Direct line:", as council letters head them. */
  from: { name: string; title: string; council: string; address?: string; email?: string; phone?: string; reference?: string };
  /** The letter's date, YYYY-MM-DD; printed "22 November 2026". */
  date: string;
  subject: string;
  /** The paragraphs between "Dear …" and the table; one paragraph per line, blank lines ignored. */
  bodyText: string;
  rows: ChaseLetterRow[];
  /** Default Arial. */
  font?: string;
  /** In points; default 11. */
  fontSize?: number;
  /** The marking in the page header; '' prints none. Default OFFICIAL. */
  classification?: string;
}

export const CHASE_LETTER_COLUMNS = ['Meeting', 'Item', 'Recommendation', 'Date received', 'Due date', 'Days overdue'] as const;
// Percentages of the portrait text width: the recommendation's words need the room; dates wrap to two lines.
const WIDTHS = [14, 16, 32, 13, 13, 12];

const lines = (text: string | undefined) =>
  cleanText(text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

function plain(text: string, options: { bold?: boolean; alignment?: 'left' | 'right'; after?: number; before?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    keepNext: options.keepNext,
    children: [new TextRun({ text: cleanText(text), bold: options.bold })],
  });
}

function check(input: ChaseLetterInput): void {
  if (!CHASE_LEVELS.includes(input.level)) throw new Error(`"${String(input.level)}" is not a chase level (reminder, chase or escalation).`);
  if (!input.to || input.to.name.trim() === '') throw new Error('The letter has no addressee: say whom it is to.');
  if (!input.from || input.from.name.trim() === '') throw new Error('The letter has no sender: set the officer’s name in the chasing settings.');
  if (!isIsoDate(input.date)) throw new Error(`The letter's date "${input.date}" is not a date written YYYY-MM-DD.`);
  if (input.subject.trim() === '') throw new Error('The letter has no subject.');
  if (input.rows.length === 0) throw new Error('A chase letter needs at least one recommendation to chase.');
  const size = input.fontSize ?? 11;
  if (!Number.isFinite(size) || size < 8 || size > 20) throw new Error(`The font size should be between 8 and 20 points, not ${String(size)}.`);
}

function recommendationsTable(rows: readonly ChaseLetterRow[]) {
  const widths = columnWidths(WIDTHS, 'portrait');
  const committees = new Set(rows.map((r) => (r.committeeName ?? '').trim()).filter((c) => c !== ''));
  const body = rows.map((r) =>
    bodyRow(
      [
        cell(textParagraphs([formatLongDate(r.meetingDate), committees.size > 1 ? (r.committeeName ?? '') : ''].join('\n')), { width: widths[0]! }),
        cell(textParagraphs(r.itemTitle), { width: widths[1]! }),
        cell(textParagraphs(r.text, { prefix: labelPrefix(r.label.trim()) }), { width: widths[2]! }),
        cell(textParagraphs(formatLongDate(r.receivedDate)), { width: widths[3]! }),
        cell(textParagraphs(formatLongDate(r.dueDate)), { width: widths[4]! }),
        cell(textParagraphs(r.daysOverdue > 0 ? String(r.daysOverdue) : 'Not yet due'), { width: widths[5]! }),
      ],
      // A long recommendation may break across pages rather than leave a page half empty.
      false,
    ),
  );
  return table([headingRow(CHASE_LETTER_COLUMNS, widths), ...body], widths);
}

/** The letter's bytes; A4 portrait, the marking in the header, "Page N of M" in the footer. */
export async function buildChaseLetterDocx(input: ChaseLetterInput): Promise<Uint8Array> {
  check(input);
  const font = (input.font ?? 'Arial').trim() || 'Arial';
  const size = Math.round((input.fontSize ?? 11) * 2);
  const classification = (input.classification ?? 'OFFICIAL').trim();
  const { to, from } = input;

  const council = from.council.trim();
  const sender = lines(from.address);
  // The block a reply is sent back with: whom to ask for, the line and the reference to quote.
  const replyBlock = [
    from.reference?.trim() ? `Our ref: ${from.reference.trim()}` : '',
    `Please ask for: ${from.name.trim()}`,
    from.phone?.trim() ? `Direct line: ${from.phone.trim()}` : '',
    from.email?.trim() ? `Email: ${from.email.trim()}` : '',
  ].filter((l) => l !== '');
  const addressee = [to.name, to.title ?? '', to.organisation ?? '', ...lines(to.address)].map((l) => l.trim()).filter((l) => l !== '');
  const salutation = (to.salutation ?? '').trim() || greetingFor(to.name);
  // "Dear Sir or Madam" closes "Yours faithfully"; a named addressee "Yours sincerely".
  const closing = /\b(sir|madam)\b/i.test(salutation) ? 'Yours faithfully' : 'Yours sincerely';

  const children: FileChild[] = [
    // The council's name in bold over its address; with no name set, the address is not bolded.
    ...(council ? [plain(council, { alignment: 'right', bold: true })] : []),
    ...sender.map((l) => plain(l, { alignment: 'right' })),
    ...replyBlock.map((l, i) => plain(l, { alignment: 'right', before: i === 0 ? 240 : 0 })),
    plain(formatLongDate(input.date), { alignment: 'right', before: 240, after: 240 }),
    ...addressee.map((l) => plain(l)),
    plain(salutation, { before: 360, after: 240 }),
    plain(input.subject.trim(), { bold: true, after: 240 }),
    ...lines(input.bodyText).map((l) => plain(l, { after: 200 })),
    recommendationsTable(input.rows),
    plain(closing, { before: 360, after: 720, keepNext: true }),
    plain(from.name, { keepNext: true }),
    ...[from.title, from.council].filter((l) => l.trim() !== '').map((l) => plain(l)),
  ];

  const small = Math.max(16, size - 2);
  const doc = new Document({
    title: cleanText(input.subject.trim()),
    description: `${CHASE_LEVEL_LABELS[input.level]} letter about ${input.rows.length} recommendation${input.rows.length === 1 ? '' : 's'}`,
    creator: cleanText(from.name.trim()),
    lastModifiedBy: cleanText(from.name.trim()),
    // Recommendations typed with bullets print as a Word list.
    numbering: BULLET_NUMBERING,
    styles: {
      default: { document: { run: { font, size, language: { value: 'en-GB' } }, paragraph: { spacing: { before: 0, after: 0 } } } },
      paragraphStyles: [
        {
          id: CELL_STYLE,
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: Math.max(16, size - 2) },
          paragraph: { spacing: { before: 0, after: CELL_PARAGRAPH_AFTER } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_SHORT, height: A4_LONG, orientation: PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: HEADER_FOOTER_DISTANCE, footer: HEADER_FOOTER_DISTANCE },
          },
        },
        headers: {
          default: new Header({
            children: [
              classification === ''
                ? new Paragraph({ children: [] })
                : new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: cleanText(classification), bold: true })] }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: small })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
