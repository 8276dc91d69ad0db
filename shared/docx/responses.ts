// The responses tracker in seed 001's format: per meeting date a table Item | Recommendations | Executive responses / update, an item's recommendations together in one cell.
import { countOf } from '../model/counts';
import { Paragraph, TableRow, TextRun, type FileChild } from 'docx';
import { formatLongDate } from '../dates/format';
import type { ProgressUpdate, Recommendation, Tracker } from '../model/types';
import { committeeName, emptyMessage, heading, labelPrefix, meetingLabel } from './common';
import { packDocument } from './document';
import { bodyHeight } from './page';
import { DEFAULT_RESPONSES_COLUMNS, resolveColumns, resolveCommonOptions, type ResponsesOptions } from './options';
import { selectForExport } from './select';
import { bodyRow, cell, cleanText, columnWidths, headingRow, roughRowHeight, table, textParagraphs } from './table';

const LANDSCAPE = [20, 42, 38];
const PORTRAIT = [22, 41, 37];
/** Space between one recommendation (or response) and the next in a shared cell. */
const ENTRY_GAP = 160;

interface Entry {
  label: string;
  text: string;
}

/**
 * The responses of an item's recommendations, in their order. Councils answer a row at a time, so
 * the same words often stand against every recommendation of an item: they are printed once.
 * Labels are printed only where the answers differ, to say which answer goes with which.
 */
function responseEntries(recommendations: Recommendation[], updates: Map<string, ProgressUpdate[]>, includeUpdates: boolean): Entry[] {
  const entries: Entry[] = [];
  let previous = '';
  for (const r of recommendations) {
    const response = r.responseText.trim();
    if (response !== '' && response !== previous) entries.push({ label: r.label, text: response });
    if (response !== '') previous = response;
    if (includeUpdates) {
      for (const u of updates.get(r.id) ?? []) {
        const when = u.date === '' ? 'Update' : `Update, ${formatLongDate(u.date)}`;
        entries.push({ label: r.label, text: `${when}: ${u.text.trim()}` });
      }
    }
  }
  const labelled = entries.length > 1;
  return entries.map((e) => ({ label: labelled ? e.label : '', text: e.text }));
}

function entryParagraphs(entries: Entry[]): Paragraph[] {
  return entries.flatMap((e, index) =>
    textParagraphs(e.text, { prefix: labelPrefix(e.label), spaceAfter: index === entries.length - 1 ? undefined : ENTRY_GAP }),
  );
}

export async function buildResponsesDocx(tracker: Tracker, options: ResponsesOptions = {}): Promise<Uint8Array> {
  const common = resolveCommonOptions(options);
  const columns = resolveColumns(options.columns, DEFAULT_RESPONSES_COLUMNS);
  const includeUpdates = options.includeUpdates !== false;
  const selection = selectForExport(tracker, { ...options, which: common.which, includeProcedural: common.includeProcedural });
  const title = common.title ?? `${committeeName(tracker, selection)}, schedule of recommendations and responses`;
  const widths = columnWidths(common.orientation === 'landscape' ? LANDSCAPE : PORTRAIT, common.orientation);
  const total = widths.reduce((a, b) => a + b, 0);

  const children: FileChild[] = [heading(title, 1)];
  if (selection.meetings.length === 0) children.push(emptyMessage(common.which));
  selection.meetings.forEach((m, index) => {
    // Seed 001 prints the date as the table's first row; repeating it with the headings tells a
    // reader which meeting a continued table belongs to. It is a Heading 2 for navigation.
    const dateRow = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell(
          [
            new Paragraph({
              style: 'Heading2',
              keepNext: true,
              spacing: { before: 0, after: 0 },
              children: [new TextRun(cleanText(meetingLabel(m, selection)))],
            }),
          ],
          { width: total, columnSpan: 3 },
        ),
      ],
    });
    const rows = [dateRow, headingRow([columns.item, columns.recommendations, columns.responses], widths)];
    for (const { item, recommendations } of m.items) {
      const recommendationEntries = recommendations.map((r) => ({ label: r.label, text: r.text }));
      const responses = responseEntries(recommendations, selection.updates, includeUpdates);
      // An item's whole set of recommendations can run to most of a page. Moving such a row whole
      // would leave a page nearly blank, so, as in seed 001 itself, a row of over a third of a page (by a
      // rough measure) may break across pages.
      const height = roughRowHeight(
        [
          { paragraphs: [item.title], width: widths[0]! },
          { paragraphs: recommendationEntries.map((e) => labelPrefix(e.label) + e.text), width: widths[1]! },
          { paragraphs: responses.map((e) => labelPrefix(e.label) + e.text), width: widths[2]! },
        ],
        common.fontSize,
      );
      rows.push(
        bodyRow(
          [
            cell(textParagraphs(item.title), { width: widths[0]! }),
            cell(entryParagraphs(recommendationEntries), { width: widths[1]! }),
            cell(entryParagraphs(responses), { width: widths[2]! }),
          ],
          height < bodyHeight(common.orientation) / 3,
        ),
      );
    }
    // Two tables with nothing between them would run together into one in Word.
    if (index > 0) children.push(new Paragraph({ children: [] }));
    children.push(table(rows, widths));
  });

  return packDocument(common, {
    title,
    description: `${countOf(selection.recommendationCount, 'recommendation')} from ${countOf(selection.meetings.length, 'meeting')}`,
    children,
  });
}
