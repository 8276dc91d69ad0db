// Which tracker field each column of a council's spreadsheet holds, guessed from the headings they
// use ("Date of meeting", "Rec.", "Accepted/Rejected", "Lead officer") and, where given, a look at the values.
import { normaliseOutcome } from '../model/outcomes';
import { normaliseStatus } from '../model/statuses';
import { findCouncilDate } from './dates';

export const COLUMN_FIELDS = [
  'committee',
  'meetingDate',
  'itemNumber',
  'itemTitle',
  'label',
  'text',
  'addressee',
  'responseOutcome',
  'responseText',
  'responseDate',
  'action',
  'status',
  'rag',
  'leadOfficer',
  'directorate',
  'targetDate',
  'notes',
  'ignore',
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];
/** One column's field, or 'ignore'; a mapping has one per column, in column order. */
export type ColumnMapping = ColumnField[];

/** What each field is called in the mapping step. */
export const COLUMN_FIELD_LABELS: Readonly<Record<ColumnField, string>> = {
  committee: 'Committee',
  meetingDate: 'Meeting date',
  itemNumber: 'Agenda item number',
  itemTitle: 'Agenda item',
  label: 'Rec. (label as printed)',
  text: 'Recommendation',
  addressee: 'Addressed to',
  responseOutcome: 'Outcome (accepted, rejected…)',
  responseText: 'Response',
  responseDate: 'Response date',
  action: 'Action',
  status: 'Status',
  rag: 'RAG rating',
  leadOfficer: 'Lead officer',
  directorate: 'Directorate or portfolio',
  targetDate: 'Target date',
  notes: 'Notes',
  ignore: 'Leave out',
};

/** Fields whose words several columns may share: their cells are joined, one per line. */
export const JOINED_FIELDS: ReadonlySet<ColumnField> = new Set(['text', 'responseText', 'action', 'notes', 'ignore']);

function fold(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9/#]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

// Tried in order; the first that matches a heading wins, so the narrow wordings come before the broad.
const RULES: ReadonlyArray<[RegExp, ColumnField]> = [
  [/^rag\b|red amber green/, 'rag'],
  [/\b(?:response|responded|reply|answer)\b.*\bdate\b|\bdate\b.*\b(?:response|responded|reply|answer)\b/, 'responseDate'],
  [/\btarget\b|\bdeadline\b|\bdue date\b|\bdate due\b|\bcompletion date\b|\btimescales?\b|\bby when\b|\bimplementation date\b/, 'targetDate'],
  [/^(?:agenda )?item (?:no|number|ref|reference|#)$|^minute(?: no| number| ref| reference)?$|^min no$/, 'itemNumber'],
  [/^(?:rec|recs|rec no|rec number|rec ref|rec #|recommendation (?:no|number|ref|reference|id)|ref|ref no|reference|no|number|#|label|para|paragraph)$/, 'label'],
  [/^(?:the )?(?:scrutiny )?(?:committee|panel|board|commission|forum)(?: name)?$|^(?:committee|body|group)$/, 'committee'],
  [/\bmeeting\b|^date$|^date of (?:the )?(?:meeting|committee)|^(?:committee )?date$|^date (?:raised|agreed|made|of recommendation)$/, 'meetingDate'],
  [/^(?:agenda )?item(?: title| name| heading)?$|^agenda|^subject|^topics?$|^report(?: title| name)?$|^title$|^item considered|^issue$|^minute title$/, 'itemTitle'],
  [/\baccept|\breject|\boutcome\b|\bdecision\b|^agreed|agree\/disagree|response type/, 'responseOutcome'],
  [/^actions?\b/, 'action'],
  [/\baddressed\b|\baddressee\b|\bto whom\b|^to$|^directed to|^recommendation to$|^for$/, 'addressee'],
  [/\bresponses?\b|\breply\b|\banswer\b|\bexecutive\b|\bcabinet response\b|^updates?$/, 'responseText'],
  [/\bstatus\b|\bprogress\b|\bcomplete|\bimplemented\b|\bposition\b/, 'status'],
  [/recommendation|resolution|resolved|recommended/, 'text'],
  [/\baction|\bimplementation\b/, 'action'],
  [/\bofficer\b|\blead\b|\bresponsible\b|\bowner\b|\bcontact\b|^who$/, 'leadOfficer'],
  [/\bdirectorate\b|\bportfolio\b|\bdepartment\b|\bservice area\b|\bservice\b|\bcabinet member\b|\bdivision\b/, 'directorate'],
  [/\bnotes?\b|\bcomments?\b|\bremarks?\b/, 'notes'],
];

function guessOne(header: string): ColumnField {
  const folded = fold(header);
  if (folded === '') return 'ignore';
  for (const [re, field] of RULES) if (re.test(folded)) return field;
  return 'ignore';
}

/** The share of a column's non-blank sample values that `test` accepts; 1 when there are none. */
function share(samples: ReadonlyArray<ReadonlyArray<string>>, column: number, test: (value: string) => boolean): number {
  const values = samples.map((row) => (row[column] ?? '').trim()).filter((v) => v !== '');
  if (values.length === 0) return 1;
  return values.filter(test).length / values.length;
}

/**
 * A field for each heading, in order. With `samples` (the first data rows) a column whose values
 * do not fit its heading is moved: a "Status" or "Progress" column of sentences becomes the action,
 * a "Decision" column of sentences the response. A field only one column can give goes to the
 * first column that claims it; later claimants go to the notes, so nothing is dropped unseen.
 */
export function guessColumnMapping(headers: ReadonlyArray<string>, samples: ReadonlyArray<ReadonlyArray<string>> = []): ColumnMapping {
  const mapping = headers.map(guessOne);
  const taken = (field: ColumnField) => mapping.includes(field);
  mapping.forEach((field, column) => {
    if (field === 'status' && share(samples, column, (v) => normaliseStatus(v) !== null) < 0.5) {
      mapping[column] = taken('action') ? 'notes' : 'action';
    } else if (field === 'responseOutcome' && share(samples, column, (v) => normaliseOutcome(v) !== null) < 0.5) {
      mapping[column] = taken('responseText') ? 'notes' : 'responseText';
    } else if (field === 'meetingDate' && share(samples, column, (v) => findCouncilDate(v) !== null || /^\d{5}$/.test(v)) === 0) {
      mapping[column] = taken('committee') ? 'notes' : 'committee';
    }
  });
  const seen = new Set<ColumnField>();
  return mapping.map((field) => {
    if (JOINED_FIELDS.has(field)) return field;
    if (seen.has(field)) return 'notes';
    seen.add(field);
    return field;
  });
}

/**
 * The row that holds the headings: the first of the first ten with two or more headings, one of
 * them a recommendation column, as sheets often have a title or a blank row above; else the first row
 * with anything in it. -1 for a sheet with nothing in it.
 */
export function findHeaderRow(rows: ReadonlyArray<ReadonlyArray<string>>): number {
  const firstFilled = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  for (let r = Math.max(0, firstFilled); r >= 0 && r < Math.min(rows.length, 10); r++) {
    // A title row ("Recommendation tracker 2023/24") has one cell; headings have several.
    const filled = rows[r]!.filter((cell) => cell.trim() !== '').length;
    if (filled >= 2 && guessColumnMapping(rows[r]!).includes('text')) return r;
  }
  return firstFilled;
}
