// Builds a Tracker from flat records (a spreadsheet's rows, a Word table's rows), the way councils
// lay their trackers out: a blank meeting or item cell continues the one above, and words the
// tracker does not know are kept in the notes and reported rather than dropped.
import { ADDRESSEE_LABELS } from '../model/labels';
import { guessAddressee, owesResponse } from '../model/infer';
import { newId, nowIso } from '../model/ids';
import { normaliseOutcome } from '../model/outcomes';
import { normaliseStatus } from '../model/statuses';
import { emptyTracker, type Addressee, type AgendaItem, type Committee, type Meeting, type RagRating, type Tracker } from '../model/types';
import { findCouncilDate, parseCouncilDate, type DateOrder } from './dates';
import type { ColumnField } from './mapping';

/** Something an import could not take as it stood: the row it was on (null for the file as a whole) and what. */
export interface ImportProblem {
  row: number | null;
  message: string;
}

export type RecordField = Exclude<ColumnField, 'ignore'>;
export type RecordValues = Partial<Record<RecordField, string>>;

export interface SourceRecord {
  /** The row number shown to the officer, or null where rows are not numbered. */
  row: number | null;
  /** Where the record came from, put before its problems ("Table 3, row 4"); '' when the row number says it. */
  place: string;
  values: RecordValues;
  /** Records with the same key are one agenda item; without it, items are told apart by number and title. */
  itemKey?: string;
}

export interface BuildOptions {
  /** The committee for records that name none (no committee column, or blank cells with none above). */
  committeeName?: string;
  council?: string;
  dateFormat?: DateOrder;
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

const RAG_WORDS: Readonly<Record<string, RagRating>> = { r: 'red', red: 'red', a: 'amber', amber: 'amber', g: 'green', green: 'green', b: 'blue', blue: 'blue', 'blue completed': 'blue' };

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
    if (Object.values(v).every((value) => (value ?? '').trim() === '')) continue;

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

    let outcome = normaliseOutcome(cell('responseOutcome'));
    if (outcome === null) {
      report(`the outcome "${cell('responseOutcome')}" is not one the tracker knows (Accepted, Partially accepted, Rejected, Noted, Unclear, No response received); it is kept in the notes.`);
      keep('Outcome', cell('responseOutcome'));
      outcome = '';
    }
    let status = normaliseStatus(cell('status'));
    if (status === null) {
      report(`the status "${cell('status')}" is not one the tracker knows (Open, In progress, Completed, Not pursued, Discharged, Added to the work programme); it is kept in the notes and the recommendation left open.`);
      keep('Status', cell('status'));
      status = 'open';
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
    let rag: RagRating | '' = '';
    if (cell('rag') !== '') {
      const known = RAG_WORDS[fold(cell('rag'))];
      if (known) rag = known;
      else {
        report(`the RAG rating "${cell('rag')}" is not red, amber, green or blue; it is kept in the notes.`);
        keep('RAG rating', cell('rag'));
      }
    }
    const date = (field: 'responseDate' | 'targetDate', what: string): string => {
      if (cell(field) === '') return '';
      const read = readDate(cell(field), order);
      if (read) return read;
      report(`the ${what.toLowerCase()} "${cell(field)}" is not a date; it is kept in the notes.`);
      keep(what, cell(field));
      return '';
    };
    const responseDate = date('responseDate', 'Response date');
    const targetDate = date('targetDate', 'Target date');

    const position = recCount.get(item.id) ?? 0;
    recCount.set(item.id, position + 1);
    tracker.recommendations.push({
      id: newId(),
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
      receivedDate: owesResponse(addressee) ? meetingDate : '',
      responseOutcome: outcome,
      responseText: cell('responseText'),
      responseDate,
      respondedBy: '',
      action: cell('action'),
      status,
      rag,
      targetDate,
      notes: notes.join('\n'),
    });
  }
  if (noCommittee > 0) {
    problems.unshift({
      row: null,
      message: `${noCommittee} recommendation${noCommittee === 1 ? ' names' : 's name'} no committee, so ${noCommittee === 1 ? 'it was' : 'they were'} left out: give the committee's name.`,
    });
  }
  return { tracker, problems };
}
