// Builds a Tracker from flat records (a spreadsheet's rows, a Word table's rows), the way councils
// lay their trackers out: a blank meeting or item cell continues the one above, and words the
// tracker does not know are kept in the notes and reported rather than dropped.
import { ADDRESSEE_LABELS } from '../model/labels';
import { guessAddressee, owesResponse } from '../model/infer';
import { newId, nowIso } from '../model/ids';
import { emptyTracker, type Addressee, type AgendaItem, type Committee, type Meeting, type Outcome, type RagRating, type Recommendation, type Tracker } from '../model/types';
import { findCouncilDate, findMonthOfHeading, parseCouncilDate, type DateOrder } from './dates';
import type { ColumnField } from './mapping';
import { APPROXIMATE_STATUSES, readCompleted, readOutcome, readRag, readStatus } from './values';

/** Something an import could not take as it stood: the row it was on (null for the file as a whole) and what. */
export interface ImportProblem {
  row: number | null;
  message: string;
}

export type RecordField = Exclude<ColumnField, 'ignore' | 'progressUpdate'>;
export type RecordValues = Partial<Record<RecordField, string>>;

export interface SourceRecord {
  /** The row number shown to the officer, or null where rows are not numbered. */
  row: number | null;
  /** Where the record came from, put before its problems ("Table 3, row 4"); '' when the row number says it. */
  place: string;
  values: RecordValues;
  /** Records with the same key are one agenda item; without it, items are told apart by number and title. */
  itemKey?: string;
  /** Progress updates, one per column that holds them, with the column's heading (a date in it dates the update). */
  updates?: Array<{ text: string; heading: string }>;
  /** The RAG rating a cell's fill colour gives (an .xlsx status or RAG cell coloured, not worded). */
  fill?: RagRating;
  /** The first record of a sheet or table: blank cells do not continue the one before it. */
  startsTable?: boolean;
}

export interface BuildOptions {
  /** The committee for records that name none (no committee column, or blank cells with none above). */
  committeeName?: string;
  council?: string;
  dateFormat?: DateOrder;
  /** The date given to a progress update whose row and heading give none: the day of the import. */
  today?: string;
}

export interface BuildResult {
  tracker: Tracker;
  problems: ImportProblem[];
}

const ADDRESSEE_WORDS: Record<string, Addressee> = {
  executive: 'executive',
  'the executive': 'executive',
  cabinet: 'executive',
  'executive cabinet': 'executive',
  'cabinet member': 'cabinet-member',
  'portfolio holder': 'cabinet-member',
  council: 'council',
  'full council': 'council',
  partner: 'partner',
  partners: 'partner',
  'partner body': 'partner',
  'partner organisation': 'partner',
  committee: 'committee',
  'the committee': 'committee',
  scrutiny: 'committee',
  officers: 'officers',
  officer: 'officers',
};
for (const [key, label] of Object.entries(ADDRESSEE_LABELS)) ADDRESSEE_WORDS[label.toLowerCase().replace(/[^a-z]+/g, ' ').trim()] = key as Addressee;

const fold = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

/** "(a)", "a)", "1." and "1" are all the label "a" or "1". */
export function cleanLabel(text: string): string {
  return text.trim().replace(/^[([]\s*/, '').replace(/\s*[)\].:]$/, '').trim();
}

function readDate(text: string, order: DateOrder): string | null {
  return parseCouncilDate(text, order) ?? findCouncilDate(text, order)?.iso ?? null;
}

/** "26/09/2023" below "26 September 2023" is the same meeting, not a new one. */
function sameMeeting(a: string, b: string, order: DateOrder): boolean {
  if (a === b) return true;
  const date = readDate(a, order);
  return date !== null && date === readDate(b, order);
}

interface Context {
  committee: string;
  meeting: string;
  itemNumber: string;
  itemTitle: string;
}

/** Turns the records into a tracker; see the file's opening comment for how cells are read. */
export function buildTracker(records: ReadonlyArray<SourceRecord>, options: BuildOptions = {}): BuildResult {
  const order = options.dateFormat ?? 'dmy';
  const stamp = nowIso();
  const tracker = emptyTracker();
  const problems: ImportProblem[] = [];
  const committees = new Map<string, Committee>();
  const meetings = new Map<string, Meeting>();
  const items = new Map<string, AgendaItem>();
  const itemCount = new Map<string, number>();
  const recCount = new Map<string, number>();
  let noCommittee = 0;
  let context: Context = { committee: '', meeting: '', itemNumber: '', itemTitle: '' };
  let lastItemKey: string | undefined;

  for (const record of records) {
    const v = record.values;
    const cell = (field: RecordField) => (v[field] ?? '').trim();
    const report = (message: string) => problems.push({ row: record.row, message: record.place === '' ? message : `${record.place}: ${message}` });
    if (Object.values(v).every((value) => (value ?? '').trim() === '') && (record.updates ?? []).length === 0) continue;

    if (record.startsTable) {
      context = { committee: '', meeting: '', itemNumber: '', itemTitle: '' };
      lastItemKey = undefined;
    }
    // Fill-down: a blank cell continues the one above; a new committee or meeting starts its own items.
    const next: Context = { ...context };
    if (cell('committee') !== '' && cell('committee') !== context.committee) {
      next.committee = cell('committee');
      next.meeting = '';
      next.itemNumber = '';
      next.itemTitle = '';
    }
    if (cell('meetingDate') !== '' && !sameMeeting(cell('meetingDate'), next.meeting, order)) {
      next.meeting = cell('meetingDate');
      next.itemNumber = '';
      next.itemTitle = '';
    }
    // A record that says which item it belongs to starts that item's own number and title, blank or not.
    const newKey = record.itemKey !== undefined && record.itemKey !== lastItemKey;
    lastItemKey = record.itemKey;
    if (newKey || cell('itemNumber') !== '' || cell('itemTitle') !== '') {
      next.itemNumber = cell('itemNumber');
      next.itemTitle = cell('itemTitle');
    }
    context = next;

    const text = cell('text');
    if (text === '') {
      const onlyContext = (Object.keys(v) as RecordField[]).every(
        (f) => ['committee', 'meetingDate', 'itemNumber', 'itemTitle'].includes(f) || cell(f) === '',
      );
      report(
        onlyContext
          ? 'no recommendation here, only the meeting or agenda item, which the rows below it continue.'
          : 'no recommendation text, so this row was left out.',
      );
      continue;
    }
    const committeeName = context.committee || (options.committeeName ?? '').trim();
    if (committeeName === '') {
      noCommittee++;
      continue;
    }

    const notes: string[] = [];
    if (cell('notes') !== '') notes.push(cell('notes'));
    const recommendationId = newId();
    const keep = (what: string, value: string) => notes.push(`${what} as written: ${value}`);

    let meetingDate = '';
    if (context.meeting === '') {
      report('no meeting date here or above, so the recommendation is put under a meeting with no date.');
    } else {
      const date = readDate(context.meeting, order);
      if (date) meetingDate = date;
      else {
        report(`the meeting date "${context.meeting}" is not a date, so the recommendation is put under a meeting with no date.`);
        keep('Meeting', context.meeting);
      }
    }

    const committeeKey = committeeName.toLowerCase().replace(/\s+/g, ' ');
    let committee = committees.get(committeeKey);
    if (!committee) {
      committee = { id: newId(), createdAt: stamp, updatedAt: stamp, name: committeeName.replace(/\s+/g, ' '), council: (options.council ?? '').trim() };
      committees.set(committeeKey, committee);
      tracker.committees.push(committee);
    }
    const meetingKey = `${committee.id}|${meetingDate}`;
    let meeting = meetings.get(meetingKey);
    if (!meeting) {
      meeting = { id: newId(), createdAt: stamp, updatedAt: stamp, committeeId: committee.id, date: meetingDate, venue: '' };
      meetings.set(meetingKey, meeting);
      tracker.meetings.push(meeting);
    }
    const itemKey = `${meeting.id}|${record.itemKey ?? `${context.itemNumber}|${context.itemTitle.toLowerCase()}`}`;
    let item = items.get(itemKey);
    if (!item) {
      const position = itemCount.get(meeting.id) ?? 0;
      itemCount.set(meeting.id, position + 1);
      item = { id: newId(), createdAt: stamp, updatedAt: stamp, meetingId: meeting.id, number: context.itemNumber, title: context.itemTitle, position };
      items.set(itemKey, item);
      tracker.items.push(item);
    }

    let outcome = readOutcome(cell('responseOutcome'));
    if (outcome === null) {
      report(`the outcome "${cell('responseOutcome')}" is not one the tracker knows (Accepted, Partially accepted, Rejected, Noted, Unclear, No response received); it is kept in the notes.`);
      keep('Outcome', cell('responseOutcome'));
      outcome = '';
    }
    // With no outcome column, a response that opens with its outcome ("Accepted.", "Agreed in part:",
    // "Not agreed –") gives it, so an answered recommendation is not chased as awaiting a response.
    if (outcome === '' && cell('responseOutcome') === '') outcome = outcomeOpening(cell('responseText'));
    let rag: RagRating | '' = '';
    let status = readStatus(cell('status'));
    if (status === null) {
      const said = readRag(cell('status'));
      // A status column that rates rather than says ("Amber") gives the RAG rating.
      if (said && cell('rag') === '') rag = said;
      else {
        report(`the status "${cell('status')}" is not one the tracker knows (Open, In progress, Completed, Not pursued, Discharged, Added to the work programme); it is kept in the notes and the recommendation left open.`);
        keep('Status', cell('status'));
      }
      status = 'open';
    } else if (APPROXIMATE_STATUSES.has(cell('status').toLowerCase().replace(/[^a-z]+/g, ' ').trim())) keep('Status', cell('status'));
    if (cell('completed') !== '') {
      const done = readCompleted(cell('completed'));
      // An "Actual completion date" column: a date there says it was done, and the date is kept.
      const doneOn = done === null ? readDate(cell('completed'), order) : null;
      if (done === true) status = 'completed';
      else if (doneOn !== null) {
        status = 'completed';
        keep('Completed', cell('completed'));
      } else if (done === null) {
        report(`"${cell('completed')}" does not say whether the recommendation is completed (yes or no); it is kept in the notes.`);
        keep('Completed', cell('completed'));
      } else if (status === 'completed') {
        report(`the status says completed but "${cell('completed')}" says not; the status is kept.`);
      }
    }
    let addressee = guessAddressee(text);
    let addresseeName = '';
    if (cell('addressee') !== '') {
      const said = cell('addressee');
      // "Partner body: Wye Valley NHS Trust", as the app's own export writes a named addressee.
      const named = /^([^:]+):\s*(.+)$/.exec(said);
      const namedKind = named ? ADDRESSEE_WORDS[fold(named[1]!)] : undefined;
      const known = ADDRESSEE_WORDS[fold(said)] ?? (/cabinet member|portfolio holder/i.test(said) ? 'cabinet-member' : undefined);
      if (named && namedKind) {
        addressee = namedKind;
        addresseeName = named[2]!.trim();
      } else if (known) {
        addressee = known;
        if (known === 'cabinet-member' && !ADDRESSEE_WORDS[fold(said)]) addresseeName = said;
      } else {
        addressee = 'partner';
        addresseeName = said;
      }
    }
    if (cell('rag') !== '') {
      const known = readRag(cell('rag'));
      if (known) rag = known;
      else {
        report(`the RAG rating "${cell('rag')}" is not red, amber, green or blue; it is kept in the notes.`);
        keep('RAG rating', cell('rag'));
      }
    }
    if (rag === '' && record.fill) rag = record.fill;
    if (cell('cabinetMember') !== '') {
      // The named cabinet member is the addressee's name unless the row addresses someone else by name.
      if (cell('addressee') === '' || (addressee === 'cabinet-member' && addresseeName === '') || addressee === 'executive') {
        addressee = 'cabinet-member';
        addresseeName = cell('cabinetMember');
      } else notes.push(`Cabinet member: ${cell('cabinetMember')}`);
    }
    const date = (field: 'responseDate' | 'targetDate' | 'receivedDate' | 'progressDate', what: string): string => {
      if (cell(field) === '') return '';
      const read = readDate(cell(field), order);
      if (read) return read;
      report(`the ${what.toLowerCase()} "${cell(field)}" is not a date; it is kept in the notes.`);
      keep(what, cell(field));
      return '';
    };
    const responseDate = date('responseDate', 'Response date');
    const targetDate = date('targetDate', 'Target date');
    const receivedDate = date('receivedDate', 'Date received');
    const progressDate = date('progressDate', 'Date of the progress update');
    for (const update of record.updates ?? []) {
      const fromHeading = findCouncilDate(update.heading, order)?.iso ?? findMonthOfHeading(update.heading);
      tracker.progressUpdates.push({
        id: newId(),
        createdAt: stamp,
        updatedAt: stamp,
        recommendationId,
        date: progressDate || fromHeading || options.today || stamp.slice(0, 10),
        text: update.text,
      });
    }

    const position = recCount.get(item.id) ?? 0;
    recCount.set(item.id, position + 1);
    const recommendation: Recommendation = {
      id: recommendationId,
      createdAt: stamp,
      updatedAt: stamp,
      itemId: item.id,
      position,
      label: cleanLabel(cell('label')),
      text,
      kind: 'recommendation',
      addressee,
      addresseeName,
      leadOfficer: cell('leadOfficer'),
      directorate: cell('directorate'),
      receivedDate: receivedDate || (owesResponse(addressee) ? meetingDate : ''),
      responseOutcome: outcome,
      responseText: cell('responseText'),
      responseDate,
      respondedBy: cell('respondedBy'),
      action: cell('action'),
      status,
      rag,
      targetDate,
      notes: notes.join('\n'),
    };
    if (cell('origin') !== '') recommendation.origin = cell('origin');
    if (cell('priority') !== '') recommendation.priority = cell('priority');
    tracker.recommendations.push(recommendation);
  }
  if (noCommittee > 0) {
    problems.unshift({
      row: null,
      message: `${noCommittee} recommendation${noCommittee === 1 ? ' names' : 's name'} no committee, so ${noCommittee === 1 ? 'it was' : 'they were'} left out: give the committee's name.`,
    });
  }
  return { tracker, problems };
}

/** The outcome a response's first words give when a mark follows them ("Partially accepted: …"), or ''. */
function outcomeOpening(response: string): Outcome | '' {
  const opening = /^\s*([A-Za-z][A-Za-z ]{1,29}?)\s*(?:[:.;,–—-]|$)/.exec(response);
  return (opening && readOutcome(opening[1]!)) || '';
}
