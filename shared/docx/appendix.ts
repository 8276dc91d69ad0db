// The committee appendix in seed 000's format: title and period, then per meeting a date heading, per item a heading and a Rec. | Recommendation | Accepted/Rejected | Response table.
import { countOf } from '../model/counts';
import { Paragraph, TextRun, type FileChild } from 'docx';
import type { Tracker } from '../model/types';
import { committeeName, emptyMessage, heading, meetingLabel, periodOf } from './common';
import { packDocument } from './document';
import { DEFAULT_APPENDIX_COLUMNS, resolveColumns, resolveCommonOptions, type AppendixOptions } from './options';
import { selectForExport } from './select';
import { bodyRow, cell, cleanText, columnWidths, headingRow, table, textParagraphs } from './table';

// Percentages of the text width. Portrait gives the outcome column more, so "Accepted/Rejected" still fits on a line.
const LANDSCAPE = [6, 39, 16, 39];
const PORTRAIT = [8, 34, 23, 35];

function appendixTitle(appendixNumber: AppendixOptions['appendixNumber'], committee: string): string {
  const n = appendixNumber === undefined || appendixNumber === null ? '1' : String(appendixNumber).trim();
  return `${n === '' ? '' : `Appendix ${n} `}Recommendations made by ${committee}`;
}

export async function buildAppendixDocx(tracker: Tracker, options: AppendixOptions = {}): Promise<Uint8Array> {
  const common = resolveCommonOptions(options);
  const columns = resolveColumns(options.columns, DEFAULT_APPENDIX_COLUMNS);
  if (options.period !== undefined && options.period !== null && typeof options.period !== 'string') {
    throw new Error('The period should be text, for example "September 2023 — March 2025".');
  }
  if (options.appendixNumber !== undefined && options.appendixNumber !== null && !['string', 'number'].includes(typeof options.appendixNumber)) {
    throw new Error('The appendix number should be a number or short text, for example 1 or "B".');
  }
  const selection = selectForExport(tracker, { ...options, which: common.which, includeProcedural: common.includeProcedural });
  const title = common.title ?? appendixTitle(options.appendixNumber, committeeName(tracker, selection));
  const period = options.period?.trim() ?? periodOf(selection);
  const widths = columnWidths(common.orientation === 'landscape' ? LANDSCAPE : PORTRAIT, common.orientation);
  const headings = [columns.label, columns.recommendation, columns.outcome, columns.response];

  const children: FileChild[] = [heading(title, 1)];
  if (period !== '') {
    children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: cleanText(period), bold: true, size: Math.round(common.fontSize * 2) + 4 })] }));
  }
  if (selection.meetings.length === 0) children.push(emptyMessage(common.which));

  for (const m of selection.meetings) {
    children.push(heading(meetingLabel(m, selection), 2));
    for (const { item, recommendations } of m.items) {
      children.push(heading(item.title === '' ? 'Untitled item' : item.title, 3));
      const rows = [headingRow(headings, widths)];
      for (const r of recommendations) {
        rows.push(
          bodyRow([
            cell(textParagraphs(r.label), { width: widths[0]! }),
            cell(textParagraphs(r.text), { width: widths[1]! }),
            cell(textParagraphs(common.outcomeLabels[r.responseOutcome]), { width: widths[2]! }),
            cell(textParagraphs(r.responseText), { width: widths[3]! }),
          ]),
        );
      }
      children.push(table(rows, widths));
    }
  }

  return packDocument(common, {
    title: period === '' ? title : `${title}, ${period}`,
    description: `${countOf(selection.recommendationCount, 'recommendation')} from ${countOf(selection.meetings.length, 'meeting')}`,
    children,
  });
}
