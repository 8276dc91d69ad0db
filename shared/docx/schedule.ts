// The schedule with status in seed 003's format: one table Meeting | Item | Recommendations | Action | Status, the meeting and the item printed once for their group.
import { countOf } from '../model/counts';
import type { FileChild } from 'docx';
import { STATUS_LABELS } from '../model/labels';
import type { Tracker } from '../model/types';
import { committeeName, emptyMessage, heading, labelPrefix, meetingLabel } from './common';
import { packDocument } from './document';
import { DEFAULT_SCHEDULE_COLUMNS, resolveColumns, resolveCommonOptions, resolveStatusLabels, type ScheduleOptions } from './options';
import { selectForExport } from './select';
import { bodyRow, cell, columnWidths, headingRow, table, textParagraphs } from './table';

const LANDSCAPE = [12, 18, 34, 24, 12];
const PORTRAIT = [14, 17, 31, 24, 14];

/** Seed 003 writes "Completed" where the tracker stores 'completed'; the app's own labels say the same. */
const DEFAULT_STATUS_LABELS = { ...STATUS_LABELS };

export async function buildScheduleDocx(tracker: Tracker, options: ScheduleOptions = {}): Promise<Uint8Array> {
  const common = resolveCommonOptions(options);
  const columns = resolveColumns(options.columns, DEFAULT_SCHEDULE_COLUMNS);
  const statusLabels = resolveStatusLabels(options.statusLabels, DEFAULT_STATUS_LABELS);
  const selection = selectForExport(tracker, { ...options, which: common.which, includeProcedural: common.includeProcedural });
  const title = common.title ?? `Schedule of ${committeeName(tracker, selection)} recommendations made and actions in response`;
  const widths = columnWidths(common.orientation === 'landscape' ? LANDSCAPE : PORTRAIT, common.orientation);
  const w = (i: number) => widths[i]!;

  const rows = [headingRow([columns.meeting, columns.item, columns.recommendations, columns.action, columns.status], widths)];
  for (const m of selection.meetings) {
    let firstOfMeeting = true;
    for (const { item, recommendations } of m.items) {
      // Seed 003 prints one status for an item whose resolutions all stand the same; otherwise each row has its own.
      const shared = recommendations.every((r) => r.status === recommendations[0]!.status);
      recommendations.forEach((r, index) => {
        const firstOfItem = index === 0;
        rows.push(
          bodyRow([
            cell(firstOfMeeting ? textParagraphs(meetingLabel(m, selection)) : [], { width: w(0), merge: firstOfMeeting ? 'restart' : 'continue' }),
            cell(firstOfItem ? textParagraphs(item.title) : [], { width: w(1), merge: firstOfItem ? 'restart' : 'continue' }),
            cell(textParagraphs(r.text, { prefix: labelPrefix(r.label) }), { width: w(2) }),
            cell(textParagraphs(r.action), { width: w(3) }),
            shared
              ? cell(firstOfItem ? textParagraphs(statusLabels[r.status]) : [], { width: w(4), merge: firstOfItem ? 'restart' : 'continue' })
              : cell(textParagraphs(statusLabels[r.status]), { width: w(4) }),
          ]),
        );
        firstOfMeeting = false;
      });
    }
  }

  const children: FileChild[] = [heading(title, 1)];
  children.push(selection.meetings.length === 0 ? emptyMessage(common.which) : table(rows, widths));
  return packDocument(common, {
    title,
    description: `${countOf(selection.recommendationCount, 'recommendation')} from ${countOf(selection.meetings.length, 'meeting')}`,
    children,
  });
}
