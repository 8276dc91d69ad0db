// Reads a tracker kept in Word back into data: the appendix (seed 000), the schedule with status
// (seed 003) and the responses tracker (seed 001), from their tables and the headings between them,
// so that a previous year's appendix becomes the start of this year's tracker.
import type { Tracker } from '../model/types';
import { buildTracker, cleanLabel, type ImportProblem, type RecordValues, type SourceRecord } from '../tabular/build';
import { findCouncilDate, type DateOrder } from '../tabular/dates';
import { findHeaderRow, guessColumnMapping, type ColumnField, type ColumnMapping } from '../tabular/mapping';
import type { TableSource } from '../tabular/tables';
import { cellText, readDocxBody, type DocBlock, type DocCell, type DocParagraph, type DocRow } from './docxBody';
import { splitEntries, splitLabel, type Entry } from './entries';

/** The three layouts read directly, or 'table': other tables with a heading row, for the column-mapping step. */
export type TrackerDocxFormat = 'appendix' | 'schedule' | 'responses' | 'table';

export interface TrackerDocxResult {
  /** The layout of the document's first table of recommendations; null when it has none. */
  format: TrackerDocxFormat | null;
  tracker: Tracker;
  problems: ImportProblem[];
  /** The committee the document's title names, '' if it names none. */
  committeeName: string;
  /**
   * With format 'table': every table with a heading row, its cells as text (merged cells carried down),
   * for the officer to map; the tracker is then empty until they have.
   */
  tables?: TableSource[];
}

/** The heading of the column added to a Word table's rows for the meeting date written above the table. */
export const MEETING_ABOVE_HEADING = 'Meeting (the date above the table)';

export interface TrackerDocxOptions {
  /** The committee's name, in place of the one the title gives (or where it gives none). */
  committeeName?: string;
  council?: string;
  dateFormat?: DateOrder;
}

const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\\s+)?';
const BEFORE_DATE = new RegExp(`^\\s*(?:(?:the\\s+)?(?:meeting|committee(?:\\s+meeting)?)\\s+(?:held\\s+)?(?:on|of)\\s+)?${WEEKDAY}$`, 'i');
const AFTER_DATE = /^\s*(?:[—–-]\s*(.+))?$/;

/** A heading that is a meeting's date ("26 September 2023", "26 September 2023 — Audit Committee"). */
export function dateHeading(text: string, order: DateOrder = 'dmy'): { date: string; committee: string } | null {
  const line = text.trim();
  if (line === '' || line.length > 160 || line.includes('\n')) return null;
  const found = findCouncilDate(line, order);
  if (!found || !BEFORE_DATE.test(line.slice(0, found.start))) return null;
  const after = AFTER_DATE.exec(line.slice(found.end));
  if (!after) return null;
  return { date: found.iso, committee: (after[1] ?? '').trim() };
}

const TITLE_PATTERNS: readonly RegExp[] = [
  /recommendations\s+made\s+by\s+(?:the\s+)?(.+?)(?:\s*[,:;(]|\s+[—–-]\s+|\s+(?:from|between|since|during|in)\s+\w|$)/i,
  /schedule\s+of\s+(?:the\s+)?(.+?)\s+recommendations\b/i,
  /^(?:appendix\s+\S+\s*[:—–-]?\s*)?(.+?),\s*(?:schedule|tracker|recommendations?)\b/i,
  /^(?:appendix\s+\S+\s*[:—–-]?\s*)?(?:the\s+)?(.*?\b(?:committee|panel|board|commission))\b/i,
];

/** The committee a title names ("Appendix 1 Recommendations made by X", "Schedule of X recommendations…", "X, schedule of…"). */
export function committeeFromTitle(text: string): string {
  for (const re of TITLE_PATTERNS) {
    const m = re.exec(text.trim());
    const name = m?.[1]?.trim().replace(/\s+/g, ' ');
    if (name && name.length <= 150 && /[a-z]/i.test(name) && !/^(?:recommendations?|the)$/i.test(name)) return name;
  }
  return '';
}

interface TrackerTable {
  kind: TrackerDocxFormat;
  headerRow: number;
  /** The field of each grid column. */
  fields: ColumnMapping;
}

/** The header row of a table of recommendations (within its first three rows), and its layout. */
function classify(rows: DocRow[]): TrackerTable | null {
  for (let r = 0; r < Math.min(3, rows.length); r++) {
    const row = rows[r]!;
    const width = Math.max(0, ...rows.map((x) => x.length));
    const headers = Array.from({ length: width }, (_, c) => (row[c] ? cellText(row[c]) : ''));
    const fields = guessColumnMapping(headers);
    const known = fields.filter((f) => f !== 'ignore' && f !== 'notes');
    if (!fields.includes('text') || known.length < 2) continue;
    const kind = fields.includes('meetingDate') || fields.includes('committee') ? 'schedule' : fields.includes('itemTitle') ? 'responses' : 'appendix';
    return { kind, headerRow: r, fields };
  }
  return null;
}

// What each of the three layouts holds; a table with any other column goes to the mapping step.
const LAYOUT_FIELDS: Readonly<Record<Exclude<TrackerDocxFormat, 'table'>, ReadonlySet<ColumnField>>> = {
  appendix: new Set(['label', 'text', 'responseOutcome', 'responseText']),
  schedule: new Set(['meetingDate', 'committee', 'itemTitle', 'itemNumber', 'label', 'text', 'action', 'status']),
  responses: new Set(['itemTitle', 'itemNumber', 'text', 'responseText']),
};

function fitsLayout(layout: TrackerTable): boolean {
  const allowed = LAYOUT_FIELDS[layout.kind as Exclude<TrackerDocxFormat, 'table'>];
  return layout.fields.every((f) => f === 'ignore' || allowed.has(f));
}

/** A row whose words are all in one cell (a date row, a "2019 / 2020" divider). */
function soleText(row: DocRow): string | null {
  const texts = row.filter((c): c is DocCell => c !== undefined && !c.merged).map(cellText).filter((t) => t !== '');
  return texts.length === 1 ? texts[0]! : null;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What the paragraphs and tables say, turned into the records the tracker builder reads. */
class Collector {
  readonly records: SourceRecord[] = [];
  readonly problems: ImportProblem[] = [];
  format: TrackerDocxFormat | null = null;
  titleCommittee = '';
  private date = '';
  private dateCommittee = '';
  private itemHeading = '';
  private itemIsHeading = false;
  private seenTable = false;
  private tableCount = 0;
  private lastAppendixItem: { key: string; title: string; date: string } | null = null;
  /** Every table with a heading row as text, with the meeting date written above it. */
  readonly tables: Array<TableSource & { date: string }> = [];
  /** True once a table is found that none of the three layouts fits. */
  otherLayout = false;

  constructor(private readonly order: DateOrder) {}

  paragraph(p: DocParagraph): void {
    const text = p.text.trim();
    if (text === '') return;
    const heading = dateHeading(text, this.order);
    if (heading) {
      this.date = heading.date;
      this.dateCommittee = heading.committee;
      this.itemHeading = '';
      this.itemIsHeading = false;
      return;
    }
    if (!this.seenTable && this.date === '' && this.titleCommittee === '') {
      this.titleCommittee = committeeFromTitle(text);
      if (this.titleCommittee !== '') return;
    }
    // The agenda item is the heading just above the table; without headings, the last paragraph.
    if (p.heading || !this.itemIsHeading) {
      this.itemHeading = text;
      this.itemIsHeading = p.heading;
    }
  }

  table(rows: DocRow[]): void {
    this.tableCount++;
    const layout = classify(rows);
    if (!layout) return;
    this.seenTable = true;
    this.format ??= layout.kind;
    const t = this.tableCount;
    const width = Math.max(0, ...rows.map((x) => x.length));
    // A spanned cell is one value in its first column; a continued (merged) cell repeats the words above.
    this.tables.push({ name: `Table ${t}`, date: this.date, rows: rows.map((row) => Array.from({ length: width }, (_, c) => cellText(row[c]))) });
    if (!fitsLayout(layout)) this.otherLayout = true;
    const column = (field: string) => layout.fields.indexOf(field as ColumnMapping[number]);
    const headerTexts = rows[layout.headerRow]!.map((c) => cellText(c));
    for (let r = 0; r < layout.headerRow; r++) this.dateRow(rows[r]!);
    let itemKey = '';
    // A table with no heading of its own under the same date carries on the item before it (a table split by hand).
    const carriesOn = this.itemHeading === '' && this.lastAppendixItem !== null && this.lastAppendixItem.date === this.date;
    const appendixItem = carriesOn ? this.lastAppendixItem! : { key: `t${t}`, title: this.itemHeading, date: this.date };
    if (layout.kind === 'appendix') this.lastAppendixItem = appendixItem;
    rows.slice(layout.headerRow + 1).forEach((row, index) => {
      const r = layout.headerRow + 2 + index;
      const place = `Table ${t}, row ${r}`;
      const texts = layout.fields.map((_, c) => cellText(row[c]));
      if (texts.every((x, c) => same(x, headerTexts[c] ?? ''))) return; // the headings again, after a page break
      // Outside the schedule (whose meeting column holds the dates) a row of just a date starts that meeting.
      if (layout.kind !== 'schedule' && this.dateRow(row)) return;
      const values: RecordValues = { committee: this.dateCommittee };
      layout.fields.forEach((field, c) => {
        if (field === 'ignore' || field === 'progressUpdate' || field === 'text' || field === 'responseText' || texts[c] === '') return;
        values[field] = values[field] && field === 'notes' ? `${values[field]}\n${texts[c]}` : texts[c];
      });
      if (layout.kind !== 'schedule') values.meetingDate = this.date;
      if (layout.kind === 'appendix') values.itemTitle = appendixItem.title;

      if (layout.kind === 'responses') {
        this.responsesRow(row, layout, values, place, `t${t}r${r}`);
        return;
      }
      if (layout.kind === 'schedule') {
        // A new group starts where the meeting or item cell has words of its own (not merged from above).
        const own = (field: string) => column(field) >= 0 && row[column(field)] !== undefined && !row[column(field)]!.merged && texts[column(field)] !== '';
        if (itemKey === '' || own('meetingDate') || own('committee') || own('itemTitle') || own('itemNumber')) itemKey = `t${t}r${r}`;
      } else itemKey = appendixItem.key;
      const text = cellText(row[column('text')]);
      const labelled = column('label') < 0 ? splitLabel(text) : { label: values.label ?? '', text };
      this.records.push({
        row: null,
        place,
        itemKey,
        values: { ...values, label: cleanLabel(labelled.label), text: labelled.text, responseText: column('responseText') < 0 ? '' : cellText(row[column('responseText')]) },
      });
    });
    this.itemHeading = '';
    this.itemIsHeading = false;
  }

  /** A row holding only a meeting's date (seed 001 opens each table with one): true if it was one. */
  private dateRow(row: DocRow): boolean {
    const sole = soleText(row);
    const heading = sole === null ? null : dateHeading(sole, this.order);
    if (!heading) return false;
    this.date = heading.date;
    this.dateCommittee = heading.committee;
    return true;
  }

  /** One row of the responses tracker: an item, its recommendations in one cell and the responses in another. */
  private responsesRow(row: DocRow, layout: TrackerTable, values: RecordValues, place: string, itemKey: string): void {
    const cellOf = (field: string) => row[layout.fields.indexOf(field as ColumnMapping[number])];
    const recs = splitEntries(cellOf('text')?.paragraphs ?? []);
    const answers = layout.fields.includes('responseText') ? splitEntries(cellOf('responseText')?.paragraphs ?? []) : [];
    if (recs.length === 0) {
      this.records.push({ row: null, place, itemKey, values: { ...values, text: '' } });
      return;
    }
    const responses = shareResponses(recs, answers);
    if (responses.problem) this.problems.push({ row: null, message: `${place}: ${responses.problem}` });
    recs.forEach((rec, i) => {
      this.records.push({ row: null, place, itemKey, values: { ...values, label: rec.label, text: rec.text, responseText: responses.texts[i] ?? '' } });
    });
  }
}

/**
 * Shares an item's responses out among its recommendations: by label where both are labelled, in
 * order where there is one for each, one response for the whole item repeated on each (councils
 * answer a row at a time); otherwise the whole response is kept on each and the officer told.
 */
export function shareResponses(recs: Entry[], answers: Entry[]): { texts: string[]; problem: string | null } {
  if (answers.length === 0) return { texts: recs.map(() => ''), problem: null };
  const labelled = answers.every((a) => a.label !== '') && recs.every((r) => r.label !== '');
  if (labelled) {
    const byLabel = new Map<string, string[]>();
    for (const a of answers) byLabel.set(a.label.toLowerCase(), [...(byLabel.get(a.label.toLowerCase()) ?? []), a.text]);
    if (answers.every((a) => recs.some((r) => same(r.label, a.label)))) {
      return { texts: recs.map((r) => (byLabel.get(r.label.toLowerCase()) ?? []).join('\n')), problem: null };
    }
  }
  const whole = answers.map((a) => (a.label === '' ? a.text : `${a.label}) ${a.text}`));
  if (answers.length === 1) return { texts: recs.map(() => whole[0]!), problem: null };
  if (answers.length === recs.length) return { texts: answers.map((a) => a.text), problem: null };
  return {
    texts: recs.map(() => whole.join('\n')),
    problem: `the response has ${answers.length} parts for ${recs.length} recommendations, so the whole response is kept with each; check which part answers which.`,
  };
}

function collect(blocks: DocBlock[], order: DateOrder): Collector {
  const collector = new Collector(order);
  for (const block of blocks) {
    if (block.kind === 'paragraph') collector.paragraph(block.paragraph);
    else collector.table(block.rows);
  }
  return collector;
}

/** The package reader speaks of minutes; here the document is a tracker. */
function asTrackerError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(
    message
      .replace(/, so the minutes cannot be read from it/, ', so no tracker can be read from it')
      .replace(/the minutes themselves|the minutes/g, 'the tracker')
      .replace(/,? or paste the text instead/g, '')
      .replace(/to be a set of minutes/g, 'to be a tracker'),
    { cause: error },
  );
}

/**
 * A tracker kept in Word, read into data. `format` says which of the three layouts its first
 * table of recommendations has; problems say where something could not be read as it stood.
 * Throws a plain-English Error when the bytes are not a readable .docx.
 */
export async function readTrackerDocx(bytes: Uint8Array, options: TrackerDocxOptions = {}): Promise<TrackerDocxResult> {
  let blocks: DocBlock[];
  try {
    blocks = await readDocxBody(bytes);
  } catch (error) {
    throw asTrackerError(error);
  }
  const collected = collect(blocks, options.dateFormat ?? 'dmy');
  const committeeName = collected.titleCommittee;
  if (collected.otherLayout) {
    // The date above each table becomes a column of its own, so a table without a meeting column keeps its meeting.
    const dated = collected.tables.some((t) => t.date !== '');
    const tables = collected.tables.map(({ name, rows, date }): TableSource => {
      if (!dated) return { name, rows };
      const header = findHeaderRow(rows);
      return { name, rows: rows.map((row, r) => [...row, r < header ? '' : r === header ? MEETING_ABOVE_HEADING : date]) };
    });
    return { format: 'table', tracker: buildTracker([]).tracker, problems: [], committeeName, tables };
  }
  if (collected.format === null) {
    return {
      format: null,
      tracker: buildTracker([]).tracker,
      problems: [{ row: null, message: 'No table of recommendations was found in this document (a table with a "Recommendation" column).' }],
      committeeName,
    };
  }
  const built = buildTracker(collected.records, {
    committeeName: options.committeeName?.trim() || committeeName,
    council: options.council,
    dateFormat: options.dateFormat,
  });
  return { format: collected.format, tracker: built.tracker, problems: [...collected.problems, ...built.problems], committeeName };
}
