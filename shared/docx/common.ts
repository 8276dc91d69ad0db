// The words the three exports share: headings, committee names in titles, meeting labels, the period and the empty-export message.
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { formatLongDate } from '../dates/format';
import type { Tracker } from '../model/types';
import type { ResolvedCommonOptions } from './options';
import type { ExportSelection, SelectedMeeting } from './select';
import { cleanText, hasStyle } from './table';

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  const clean = cleanText(text);
  if (hasStyle(`Heading${level}`)) return new Paragraph({ heading: headingLevel, keepNext: true, children: [new TextRun(clean)] });
  // A council template without heading styles: the heading's look on the run, and its outline level for navigation.
  return new Paragraph({
    keepNext: true,
    outlineLevel: level - 1,
    spacing: { before: level === 1 ? 0 : 240, after: 120 },
    children: [new TextRun({ text: clean, bold: true, size: [28, 26, 22][level - 1] })],
  });
}

/** Committee names as a title says them: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Whose recommendations the document holds, for its title. */
export function committeeName(tracker: Tracker, selection: ExportSelection): string {
  if (selection.committee) return selection.committee.name;
  if (selection.committees.length > 0) return joinNames(selection.committees.map((c) => c.name));
  if (tracker.committees.length === 1) return tracker.committees[0]!.name;
  return 'the scrutiny committees';
}

/** "26 September 2023"; with the committee's name when one document holds several committees. */
export function meetingLabel(m: SelectedMeeting, selection: ExportSelection): string {
  const date = m.meeting.date === '' ? 'Date not recorded' : formatLongDate(m.meeting.date);
  return selection.committees.length > 1 ? `${date} — ${m.committee.name}` : date;
}

/** What to print where the selection holds nothing, so an empty export says why it is empty. */
export function emptyMessage(which: ResolvedCommonOptions['which']): Paragraph {
  const what =
    which === 'open' ? 'No open recommendations' : which === 'awaiting' ? 'No recommendations awaiting a response' : 'No recommendations';
  return new Paragraph({ children: [new TextRun(`${what} were found for the committee and dates chosen.`)] });
}

export function formatPeriod(first: string, last: string): string {
  const month = (iso: string) => formatLongDate(iso).replace(/^\d+ /, '');
  if (first === '' && last === '') return '';
  if (first === '' || last === '') return month(first || last);
  const a = month(first);
  const b = month(last);
  return a === b ? a : `${a} — ${b}`;
}

/** The period a document covers: the dates chosen where given, otherwise its first and last meetings. */
export function periodOf(selection: ExportSelection): string {
  const dated = selection.meetings.map((m) => m.meeting.date).filter((d) => d !== '');
  return formatPeriod(selection.from || dated[0] || '', selection.to || dated[dated.length - 1] || '');
}

/** The label as a prefix in a shared cell: "1) " as seed 001 prints it; nothing where none is printed. */
export function labelPrefix(label: string): string {
  return label === '' ? '' : `${label}) `;
}
