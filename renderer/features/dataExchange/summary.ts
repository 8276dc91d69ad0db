// The words of the import preview: what the file holds and what importing it would add.
import { countOf, formatCount, type ColumnMapping, type ImportProblem, type TableLayout, type Tracker } from '../../../shared/index';
import type { ImportSummary } from '../../db/index';

/** "Children and Young People Scrutiny Committee: 9 meetings, 17 agenda items, 49 recommendations." */
export function describeContents(tracker: Tracker): string {
  const who = tracker.committees.length === 1 ? tracker.committees[0]!.name : countOf(tracker.committees.length, 'committee');
  return `${who}: ${countOf(tracker.meetings.length, 'meeting')}, ${countOf(tracker.items.length, 'agenda item')}, ${countOf(tracker.recommendations.length, 'recommendation')}.`;
}

/** "Adds 2 committees, 12 meetings, 40 agenda items, 118 recommendations; 3 already in the tracker." */
export function describeSummary(summary: ImportSummary): string {
  const updates = summary.updates;
  if (summary.recommendations === 0 && summary.committees + summary.meetings + summary.items === 0 && updates === 0) {
    if (summary.skipped === 0) return 'Adds nothing: no recommendations were found.';
    return `Adds nothing: ${summary.skipped === 1 ? 'the recommendation is' : `all ${formatCount(summary.skipped)} recommendations are`} already in the tracker.`;
  }
  // Nothing new of a kind is not said ("Adds 0 committees" reads oddly); the recommendations are,
  // unless all the file adds is progress updates to recommendations already there.
  const adds = [
    summary.committees > 0 ? countOf(summary.committees, 'committee') : '',
    summary.meetings > 0 ? countOf(summary.meetings, 'meeting') : '',
    summary.items > 0 ? countOf(summary.items, 'agenda item') : '',
    summary.recommendations > 0 || updates === 0 ? countOf(summary.recommendations, 'recommendation') : '',
    updates > 0 ? `${countOf(updates, 'progress update')} to recommendations already there` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `Adds ${adds}${summary.skipped === 0 ? '' : `; ${formatCount(summary.skipped)} already in the tracker`}.`;
}

/** "Row 12: the status …", or the message alone where it is about the whole file or names its own place. */
export function describeProblem(problem: ImportProblem): string {
  return problem.row === null ? capitalise(problem.message) : `Row ${problem.row}: ${problem.message}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The headings of the columns mapped to `field` ("notes" or "ignore"), each once, in the file's order. */
export function columnsMappedTo(layouts: ReadonlyArray<TableLayout>, mappings: Record<string, ColumnMapping>, field: 'notes' | 'ignore'): string[] {
  const headings = new Set<string>();
  for (const layout of layouts) {
    (mappings[layout.key] ?? []).forEach((f, column) => {
      if (f === field) headings.add(layout.headers[column]?.trim() || `Column ${column + 1}`);
    });
  }
  return [...headings];
}

/** "1 column kept in the notes under its heading (Review due)." — null where none is. */
export function describeNoted(headings: ReadonlyArray<string>): string | null {
  if (headings.length === 0) return null;
  const one = headings.length === 1;
  return `${countOf(headings.length, 'column')} kept in the notes under ${one ? 'its heading' : 'their headings'} (${headings.join(', ')}).`;
}

/**
 * What the officer is told once an import is done: "Imported 5 recommendations from tracker.xlsx into
 * 3 committees. 1 column kept in the notes under its heading (Review due)."
 */
export function describeImported(done: ImportSummary, fileName: string, noted: ReadonlyArray<string> = []): string {
  const committees = done.committeeIds.length > 1 ? ` into ${countOf(done.committeeIds.length, 'committee')}` : '';
  const updates = done.updates;
  const apart = updates > 0 ? `, apart from ${done.skipped === 1 ? 'its' : 'their'} new progress updates` : '';
  const skipped = done.skipped ? ` ${formatCount(done.skipped)} already in the tracker ${done.skipped === 1 ? 'was' : 'were'} left as ${done.skipped === 1 ? 'it was' : 'they were'}${apart}.` : '';
  const notes = describeNoted(noted);
  const what = `${countOf(done.recommendations, 'recommendation')}${updates > 0 ? ` and ${countOf(updates, 'progress update')}` : ''}`;
  return `Imported ${what} from ${fileName}${committees}.${skipped}${notes ? ` ${notes}` : ''}`;
}
