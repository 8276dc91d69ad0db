// Reads a returned response or update form back: finds the form's table by its headings, matches each row to its
// recommendation by the row's reference (or by the recommendation's words where the reference was lost), and reads
// the cells the person filled in. Refuses, in plain English, a file that is not one of our forms, a form from
// another tracker, and a form whose request is closed (already read in, or withdrawn).
import { formatLongDate } from '../dates/format';
import type { Recommendation, Tracker } from '../model/types';
import { headingColumns, type ColumnKey } from './columns';
import { COMPLETED_BY, DATE_COMPLETED } from './docx';
import { NOT_A_FORM, readFormGrid, type FormGrid } from './grid';
import { findFormReference, findRowReference, foldReference, rowReference } from './reference';
import type { FormKind, FormRequestRecord, ResponseFormReading, ResponseFormRow } from './types';
import { readDate, readOutcome, readRag, readYesNo } from './values';

interface FoundTable {
  columns: Array<ColumnKey | null>;
  rows: string[][];
}

function findTable(grid: FormGrid): FoundTable | null {
  for (const t of grid.tables) {
    for (let i = 0; i < t.length; i++) {
      const columns = headingColumns(t[i]!);
      if (columns) return { columns, rows: t.slice(i + 1) };
    }
  }
  return null;
}

/** The text after a label line ("Completed by (name and role): Cllr Jane Smith"), placeholder lines left out. */
function labelledValue(lines: readonly string[], label: string): string {
  const stem = label.replace(/\s*\(.*$|:$/g, '').toLowerCase();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line.toLowerCase().startsWith(stem)) continue;
    const colon = line.indexOf(':');
    const value = (colon >= 0 ? line.slice(colon + 1) : line.slice(stem.length)).replace(/[_.…]{2,}/g, '').trim();
    if (value !== '') return value;
  }
  return '';
}

/** Words compared loosely: case, punctuation, quote marks and a leading label ("1.", "(a)") ignored. */
function wordsOf(text: string): string[] {
  return text
    .replace(/^\s*\(?[0-9a-z]{1,4}[.)]\s+/i, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sa = new Set(a);
  const sb = new Set(b);
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return shared / Math.max(sa.size, sb.size);
}

/**
 * The recommendation whose words the row shows, when exactly one is close enough. Where several share
 * the words (the same recommendation made twice), the row's meeting cell ("7 May 2024", the item) decides.
 */
function matchByWords(text: string, candidates: readonly Recommendation[], place: (r: Recommendation) => string, meetingCell: string): Recommendation | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  const joined = words.join(' ');
  const narrow = (list: Recommendation[]) => {
    if (list.length <= 1) return list;
    const cell = wordsOf(meetingCell).join(' ');
    const here = list.filter((r) => cell !== '' && cell.includes(place(r)));
    return here.length > 0 ? here : list;
  };
  const exact = narrow(candidates.filter((r) => wordsOf(r.text).join(' ') === joined));
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return null;
  const scored = candidates.map((r) => ({ r, score: similarity(words, wordsOf(r.text)) })).filter((s) => s.score >= 0.8);
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = narrow(scored.filter((s) => s.score === best).map((s) => s.r));
  return top.length === 1 ? top[0]! : null;
}

const cellOf = (row: readonly string[], columns: Array<ColumnKey | null>, key: ColumnKey) => {
  const i = columns.indexOf(key);
  return i >= 0 ? (row[i] ?? '').trim() : '';
};

/** The record of the request this form answers, where the tracker logged one; the latest state of its rows. */
function requestState(tracker: Tracker, reference: string | null): FormRequestRecord[] {
  if (!reference) return [];
  const key = foldReference(reference);
  return (tracker.forms ?? []).filter((f) => foldReference(f.formReference) === key);
}

export async function readResponseForm(bytes: Uint8Array, tracker: Tracker): Promise<ResponseFormReading> {
  const grid = await readFormGrid(bytes);
  const table = findTable(grid);
  const refLine = grid.lines.find((l) => /form reference/i.test(l) && findFormReference(l)) ?? grid.lines.find((l) => findFormReference(l));
  const found = refLine ? findFormReference(refLine) : null;
  if (!table) {
    throw new Error(
      found
        ? `This form (${found.reference}) has lost its table of recommendations — the table with the Ref. and ${found.kind === 'update' ? 'Progress' : 'Outcome'} columns — so it cannot be read. Ask for it to be completed on the form as sent; nothing was changed.`
        : NOT_A_FORM,
    );
  }
  const kind: FormKind = found?.kind ?? (table.columns.includes('progress') ? 'update' : 'response');
  const reading: ResponseFormReading = { formReference: found?.reference ?? null, kind, format: grid.format, rows: [], problems: [] };

  // Closed requests: this tracker logged the form and has read it back already (or withdrew it).
  const requests = requestState(tracker, reading.formReference);
  if (requests.length > 0 && requests.every((r) => r.status !== 'sent')) {
    const returned = requests.find((r) => r.status === 'returned');
    throw new Error(
      returned
        ? `This form (${reading.formReference}) was read in on ${formatLongDate(returned.returnedOn)}${returned.returnedBy ? `, as completed by ${returned.returnedBy}` : ''}: its answers are already in the tracker, so nothing was changed.`
        : `The request this form answers (${reading.formReference}) was withdrawn, so its answers were not read; nothing was changed.`,
    );
  }

  const completedBy = labelledValue(grid.lines, COMPLETED_BY);
  if (completedBy) reading.completedBy = completedBy;
  const completedOnText = labelledValue(grid.lines, DATE_COMPLETED);
  if (completedOnText) {
    const d = readDate(completedOnText, 'date completed');
    if (d.value) reading.completedOn = d.value;
    if (d.problem) reading.problems.push(d.problem);
  }

  const byReference = new Map<string, Recommendation[]>();
  for (const r of tracker.recommendations) {
    const key = foldReference(rowReference(r.id));
    byReference.set(key, [...(byReference.get(key) ?? []), r]);
  }
  const asked = new Set(requests.map((r) => r.recommendationId));
  const items = new Map(tracker.items.map((i) => [i.id, i]));
  const meetings = new Map(tracker.meetings.map((m) => [m.id, m]));
  // A recommendation's meeting and item as its form's meeting cell shows them, folded like wordsOf.
  const place = (r: Recommendation) => {
    const item = items.get(r.itemId);
    const meeting = item && meetings.get(item.meetingId);
    return wordsOf(`${meeting ? formatLongDate(meeting.date) : ''} ${item?.title ?? ''}`).join(' ');
  };
  const wordCandidates = asked.size > 0 ? tracker.recommendations.filter((r) => asked.has(r.id)) : tracker.recommendations;
  const seen = new Map<string, number>();
  let withReference = 0;
  let unknownReference = 0;
  const { columns } = table;

  for (const cells of table.rows) {
    const refCell = cellOf(cells, columns, 'reference');
    const recText = cellOf(cells, columns, 'recommendation');
    const reference = findRowReference(refCell) ?? findRowReference(recText) ?? '';
    const fillKeys: ColumnKey[] = ['outcome', 'response', 'action', 'leadOfficer', 'targetDate', 'progress', 'rag', 'revisedTargetDate', 'revisedTargetReason', 'implemented'];
    const filled = fillKeys.some((k) => cellOf(cells, columns, k) !== '');
    // Blank rows, a heading row repeated on a new page, and notes under the table.
    if (reference === '' && recText === '' && !filled) continue;
    if (headingColumns(cells)) continue;

    const row: ResponseFormRow = { recommendationId: null, reference, text: recText, problems: [] };
    let rec: Recommendation | null = null;
    if (reference !== '') {
      withReference++;
      const hits = byReference.get(foldReference(reference)) ?? [];
      rec = hits.length === 1 ? hits[0]! : hits.length > 1 ? matchByWords(recText, hits, place, cellOf(cells, columns, 'meeting')) : null;
      if (!rec) {
        unknownReference++;
        row.problems.push(`The reference ${reference} is not one of this tracker’s recommendations, so this row was not matched.`);
      }
    } else {
      rec = matchByWords(recText, wordCandidates, place, cellOf(cells, columns, 'meeting'));
      if (rec) row.problems.push('This row had lost its reference; it was matched by the recommendation’s words.');
      else row.problems.push('This row has no reference and its words match no recommendation in the tracker, so it was not matched.');
    }
    if (rec) {
      const earlier = seen.get(rec.id);
      if (earlier !== undefined) {
        row.problems.push(`This recommendation is on the form twice; only its first row (row ${earlier}) was read.`);
        rec = null;
      } else seen.set(rec.id, reading.rows.length + 1);
    }
    if (rec && asked.size > 0 && !asked.has(rec.id)) row.problems.push(`This recommendation was not on form ${reading.formReference} as sent.`);
    if (rec && requests.length > 0 && requests.some((q) => q.recommendationId === rec!.id && q.status !== 'sent')) {
      row.problems.push('The request for this recommendation is already closed, so this row was not read.');
      rec = null;
    }
    row.recommendationId = rec?.id ?? null;

    const take = (key: ColumnKey) => cellOf(cells, columns, key);
    const outcome = readOutcome(take('outcome'));
    if (outcome.value) row.outcome = outcome.value;
    if (outcome.problem) row.problems.push(outcome.problem);
    for (const [key, field] of [
      ['response', 'response'],
      ['action', 'action'],
      ['leadOfficer', 'leadOfficer'],
      ['progress', 'progress'],
      ['revisedTargetReason', 'revisedTargetReason'],
    ] as const) {
      const text = take(key);
      if (text !== '') row[field] = text;
    }
    for (const [key, what] of [
      ['targetDate', 'target date'],
      ['revisedTargetDate', 'revised target date'],
    ] as const) {
      const d = readDate(take(key), what);
      if (d.value) row[key] = d.value;
      if (d.problem) row.problems.push(d.problem);
    }
    // An update form's revised date is the target date it gives (the API's targetDate), as well as revisedTargetDate.
    if (kind === 'update' && row.revisedTargetDate !== undefined && row.targetDate === undefined) row.targetDate = row.revisedTargetDate;
    const rag = readRag(take('rag'));
    if (rag.value) row.rag = rag.value;
    if (rag.problem) row.problems.push(rag.problem);
    const implemented = readYesNo(take('implemented'));
    if (implemented.value !== undefined) row.implemented = implemented.value;
    if (implemented.problem) row.problems.push(implemented.problem);
    reading.rows.push(row);
  }

  if (reading.rows.length === 0) throw new Error(`This form${reading.formReference ? ` (${reading.formReference})` : ''} has no rows of recommendations left in its table, so there is nothing to read; nothing was changed.`);
  if (withReference > 0 && unknownReference === withReference && reading.rows.every((r) => r.recommendationId === null)) {
    throw new Error(`This form${reading.formReference ? ` (${reading.formReference})` : ''} comes from another tracker: none of its ${withReference} recommendation${withReference === 1 ? ' is' : 's are'} in this one, so nothing was read or changed.`);
  }
  if (requests.length === 0) refuseIfAlreadyIn(reading, tracker);
  return reading;
}

/**
 * With no log of the request (a tracker from before forms were logged, or a form made by hand from the
 * builder), a form whose every answer is already exactly what the tracker holds was read in before.
 */
function refuseIfAlreadyIn(reading: ResponseFormReading, tracker: Tracker): void {
  const recs = new Map(tracker.recommendations.map((r) => [r.id, r]));
  const answered = reading.rows.filter((r) => r.recommendationId !== null && (r.outcome || r.response || r.progress));
  if (answered.length === 0) return;
  const updates = new Set(tracker.progressUpdates.map((u) => `${u.recommendationId}|${u.text.trim()}`));
  const already = answered.every((row) => {
    const rec = recs.get(row.recommendationId!)!;
    if (reading.kind === 'update') return row.progress !== undefined && updates.has(`${rec.id}|${row.progress.trim()}`);
    return (row.outcome ?? '') === rec.responseOutcome && (row.response ?? '').trim() === rec.responseText.trim();
  });
  if (already) throw new Error(`Everything this form${reading.formReference ? ` (${reading.formReference})` : ''} says is already in the tracker: it seems to have been read in before, so nothing was changed.`);
}

/** Whether the bytes are one of our forms (a form reference, or a table with the form's columns), without reading the answers; false for anything unreadable. */
export async function looksLikeResponseForm(bytes: Uint8Array): Promise<boolean> {
  try {
    const grid = await readFormGrid(bytes);
    return findTable(grid) !== null || grid.lines.some((l) => /form reference/i.test(l) && findFormReference(l) !== null);
  } catch {
    return false;
  }
}
