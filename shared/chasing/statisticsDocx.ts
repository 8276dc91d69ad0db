// The annual scrutiny report's section on recommendations and responses, to paste into the report: a Heading 2, summary and a table of the figures; no marking, header or footer of its own.
import { AlignmentType, Paragraph, TextRun, type FileChild } from 'docx';
import { STATUTORY_RULE, type DeadlineRule } from '../clock/responseDueDate';
import { heading } from '../docx/common';
import { packDocument } from '../docx/document';
import { resolveCommonOptions, type CommonExportOptions } from '../docx/options';
import { bodyRow, cell, CELL_STYLE, cleanText, columnWidths, headingRow, table, textParagraphs } from '../docx/table';
import { checkDeadlineRule } from './settings';
import type { ScrutinyStatistics } from './statistics';
import { statisticsLines, statisticsSummary } from './statisticsExport';

export interface StatisticsDocxOptions
  extends Pick<CommonExportOptions, 'title' | 'author' | 'date' | 'version' | 'font' | 'fontSize' | 'orientation'> {
  /** What the figures cover, e.g. "Children and Young People Scrutiny Committee, 2024/25". Printed under the title. */
  scopeLabel?: string;
  /** The council's deadline rule, for the summary's words ("two-month deadline"). Default two months. */
  rule?: DeadlineRule;
}

function numberCell(value: number | null): string {
  return value === null ? 'Not known' : String(value);
}

/**
 * A portrait section by default, as annual reports are. It is pasted into the report, which has its
 * own marking, footer and title: so no header or footer here, and the heading is a Heading 2.
 */
export async function buildStatisticsDocx(stats: ScrutinyStatistics, options: StatisticsDocxOptions = {}): Promise<Uint8Array> {
  const common = resolveCommonOptions({ ...options, classification: '', orientation: options.orientation ?? 'portrait' });
  const rule = options.rule === undefined ? STATUTORY_RULE : checkDeadlineRule(options.rule);
  const title = common.title ?? 'Recommendations and executive responses';
  const scope = (options.scopeLabel ?? '').trim();
  const widths = columnWidths([75, 25], common.orientation);

  const children: FileChild[] = [heading(title, 2)];
  if (scope !== '') {
    children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: cleanText(scope), bold: true })] }));
  }
  for (const sentence of statisticsSummary(stats, rule)) children.push(new Paragraph({ children: [new TextRun(sentence)] }));

  // "Number" sits over its figures, right-aligned as they are.
  const rows = [headingRow(['Measure', 'Number'], widths, [1])];
  let section = '';
  for (const line of statisticsLines(stats)) {
    if (line.section !== section) {
      section = line.section;
      rows.push(bodyRow([cell(textParagraphs(section, { bold: true }), { width: widths[0]! + widths[1]!, columnSpan: 2, shaded: true })]));
    }
    rows.push(
      bodyRow([
        cell(textParagraphs(line.measure), { width: widths[0]! }),
        cell([new Paragraph({ style: CELL_STYLE, alignment: AlignmentType.RIGHT, children: [new TextRun(numberCell(line.value))] })], { width: widths[1]! }),
      ]),
    );
  }
  children.push(table(rows, widths));
  if (stats.percentWithinDeadline === null && stats.responsesReceived > 0) {
    children.push(
      new Paragraph({
        spacing: { before: 120 },
        children: [new TextRun({ text: '“Not known”: no response in this period has both the date received and the response date recorded.', italics: true })],
      }),
    );
  }
  return packDocument(common, {
    title: scope === '' ? title : `${title}, ${scope}`,
    description: `${stats.made} recommendations made, ${stats.responsesReceived} responses received`,
    children,
    bare: true,
  });
}
