// Which tracker field each column of a council's tracker holds, guessed from the headings councils use
// ("Date of meeting", "Rec.", "Accepted/Rejected", "Cabinet Member", "Completed (Y/N)") and a look at the values.
import { findCouncilDate } from './dates';
import { readCompleted, readOutcome, readRag, readStatus } from './values';

export const COLUMN_FIELDS = [
  'committee',
  'origin',
  'meetingDate',
  'itemNumber',
  'itemTitle',
  'label',
  'text',
  'priority',
  'addressee',
  'cabinetMember',
  'leadOfficer',
  'directorate',
  'receivedDate',
  'responseOutcome',
  'responseText',
  'responseDate',
  'respondedBy',
  'action',
  'progressUpdate',
  'progressDate',
  'status',
  'completed',
  'rag',
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
  origin: 'Origin (committee, task and finish group, review)',
  meetingDate: 'Meeting date',
  itemNumber: 'Agenda item or minute number',
  itemTitle: 'Agenda item',
  label: 'Rec. (label as printed)',
  text: 'Recommendation',
  priority: 'Priority',
  addressee: 'Addressed to',
  cabinetMember: 'Cabinet member',
  leadOfficer: 'Lead officer',
  directorate: 'Directorate or portfolio',
  receivedDate: 'Date the executive received it',
  responseOutcome: 'Outcome (accepted, rejected…)',
  responseText: 'Response',
  responseDate: 'Response date',
  respondedBy: 'Response given by',
  action: 'Action',
  progressUpdate: 'Progress update (a dated update)',
  progressDate: 'Date of the progress update',
  status: 'Status',
  completed: 'Completed (yes or no)',
  rag: 'RAG rating',
  targetDate: 'Target date',
  notes: 'Notes (kept under the column’s heading)',
  ignore: 'Leave out',
};

/**
 * Fields whose words several columns may share: their cells are joined, one per line. Progress
 * updates are not joined: each column's cell becomes an update of its own.
 */
export const JOINED_FIELDS: ReadonlySet<ColumnField> = new Set(['text', 'responseText', 'action', 'notes', 'ignore', 'progressUpdate']);

function fold(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/&/g, ' and ')
    .replace(/\[[ivx]+\]/g, ' ')
    .replace(/[^a-z0-9/#]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

// Tried in order; the first that matches a heading wins, so the narrow wordings come before the broad.
const RULES: ReadonlyArray<[RegExp, ColumnField]> = [
  [/^rag\b|red amber green|\brag (?:status|rating)\b/, 'rag'],
  [/\bcompleted? ?(?:y\/n|yes\/no)|\b(?:implemented|done|closed) ?(?:y\/n|yes\/no)|^completed\?*$/, 'completed'],
  [/\b(?:date of|date|when) (?:last )?updated?\b|\bupdate(?:d)? (?:on|date)\b|\blast updated\b|^as at$/, 'progressDate'],
  [/\b(?:response|responded|reply|answer)\b.*\bdate\b|\bdate\b.*\b(?:response|responded|reply|answer)\b/, 'responseDate'],
  // "Response / Progress": one column for how things went since, not the executive's first answer.
  [/^(?:responses?|reply) ?(?:\/|and) ?progress$|^progress ?(?:\/|and) ?(?:responses?|reply)$/, 'progressUpdate'],
  // "Officer response", "Response from Cabinet Member": the answer, named by who gives it.
  // "Officer comments" stay notes: remarks, not the answer, nor the officer.
  [/^(?:officer|member|scrutiny|committee)s?'?s? (?:comments?|notes?|remarks?)$/, 'notes'],
  [/^(?:officer|management|service|cabinet|executive|member|portfolio holder|cabinet member|lead member|director)s?'?s? (?:response|reply)$|^(?:response|reply) (?:from|of) (?:the )?(?:cabinet|executive|portfolio holder|lead member|officers?|management|service)\b|^comments? (?:from|of) (?:the )?(?:cabinet|executive|portfolio holder|lead member)\b/, 'responseText'],
  [/\b(?:given|responded|answered|signed off|provided) by\b|\bresponding (?:officer|member)\b|\brespondent\b|^response (?:by|from)$/, 'respondedBy'],
  [/\b(?:date )?received\b|\bexec(?:utive)? date\b|\bcabinet date\b|\bdate (?:of|to|considered by|reported to|referred to|sent to) (?:the )?(?:cabinet|executive)\b|\b(?:cabinet|executive) (?:meeting )?date\b/, 'receivedDate'],
  // When it was actually done, not when it was due.
  [/\bactual (?:completion|implementation|closure) date\b|^date (?:actually )?(?:completed|closed|implemented|done)$|^(?:completed|closed|implemented) (?:on|date)$/, 'completed'],
  [/\btarget\b|\bdeadline\b|\bdue date\b|\bdate due\b|\bcompletion date\b|\btime ?scales?\b|\btime ?frames?\b|^when$|\btimetable\b|\bby when\b|\bimplementation date\b|\bto be (?:completed|progressed|done)\b|^due$|^by$/, 'targetDate'],
  [/^(?:agenda )?item (?:no|number|ref|reference|#)$|^minute(?: no| number| ref| reference)?s?$|^min(?:ute)? (?:no|ref)$|^minute #$/, 'itemNumber'],
  [/^(?:rec|recs|rec no|rec number|rec ref|rec #|recommendation (?:no|number|ref|reference|id)|action (?:no|number|ref|reference|id|#)|ref|ref no|reference|no|number|#|label|para|paragraph|id|item ref)$/, 'label'],
  [/\bpriority\b|\bimportance\b|\burgency\b|^risk(?: rating| level| grade)?$/, 'priority'],
  // The words themselves, named by who made them ("Task group recommendation", "Committee decision") or
  // by what was asked ("Information requested"): before the rules that read "task group" as an origin
  // and "decision" as the executive's outcome.
  [/^(?:[a-z]+ ){0,3}(?:recommendations?|resolutions?)(?: made| agreed| text| wording)?$|^(?:committee|panel|board|scrutiny|sub committee) decisions?$|^decisions? (?:of|by) (?:the )?(?:committee|panel|board)$|^(?:information|details?|data|figures) (?:requested|asked for|sought)$/, 'text'],
  [/\borigin(?:ating)? (?:committee|panel|board)\b|^(?:the )?(?:scrutiny |select |overview and scrutiny )?(?:committee|panel|board|commission|forum|sub committee)(?: name)?$|^(?:committee|body|group)$|^(?:made by|raised by) (?:the )?(?:committee|panel)$/, 'committee'],
  [/^origin$|\bsource\b|\btask (?:and finish )?group\b|\bworking group\b|\bscrutiny review\b|^review$|^raised (?:by|at)$|^made by$|^referred from$|^(?:requested|proposed) by$|^(?:scrutiny )?review (?:title|name)$/, 'origin'],
  [/\bmeeting\b|^date$|^date of (?:the )?(?:meeting|committee)|^(?:committee )?date$|^date (?:raised|agreed|made|of recommendation|added|logged|opened)$|^date of scrutiny|^date (?:considered|discussed|heard|agreed|made) (?:by|at)\b|^date (?:it )?came before\b/, 'meetingDate'],
  // "Agenda page", "Page no.": where to find it in the pack, no field of its own.
  [/\bpages?(?: no| number| ref)?$/, 'notes'],
  [/^(?:agenda )?item(?: title| name| heading)?$|^agenda|^subject|^topics?$|^report(?: title| name)?$|^title$|^item considered|^issue$|^minute title$|^theme$|^audit(?: title| name| report)?$/, 'itemTitle'],
  [/\baddressed\b|\baddressee\b|\bto whom\b|^to$|^directed to|^recommendation (?:made )?to\b|\bmade to\b|^for$|\bfor the attention of\b|^referred to$/, 'addressee'],
  [/\baccept|\breject|\boutcome\b|\bdecision\b|^agreed|agree\/disagree|response type|\bagreed\b.*\b(?:yes|no)\b/, 'responseOutcome'],
  [/\bofficer\b|^lead$|\blead (?:officer|director|contact)\b|\bresponsib|\bowner\b|\bcontact\b|^who$|^action by$|^by whom$/, 'leadOfficer'],
  [/\bcabinet member\b|\bportfolio holder\b|\bexecutive member\b|\blead member\b|\bcabinet lead\b|^em$|\bmember responsible\b/, 'cabinetMember'],
  [/^actions?$|^actions? (?:taken|agreed|planned|to date|required|proposed)|\baction taken\b|^actions? (?:or|and) |^next steps?$/, 'action'],
  [/\bresponses?\b|\breply\b|\banswer\b|\bexecutive\b|\bcabinet response\b|^explanation\b|^reasons?(?: for (?:the )?(?:decision|response))?$|\brationale\b/, 'responseText'],
  [/\bprogress\b|^updates?$|\blatest (?:position|update)\b|\bupdate\b|\bposition\b/, 'progressUpdate'],
  [/\bstatus\b|\bcomplete|\bimplemented\b|^open ?\/ ?closed$|^closed ?\/ ?open$|^open$|^closed$/, 'status'],
  [/recommendation|resolution|resolved|recommended/, 'text'],
  [/\baction|\bimplementation\b/, 'action'],
  [/\bdirectorate\b|\bportfolio\b|\bdepartment\b|\bservice area\b|\bservice\b|\bdivision\b|^area$|\bservice area\b/, 'directorate'],
  [/\bnotes?\b|\bcomments?\b|\bremarks?\b/, 'notes'],
];

/** The field a heading alone suggests; a heading nothing matches is kept in the notes under its heading. */
export function guessFromHeading(header: string): ColumnField {
  const folded = fold(header);
  if (folded === '') return 'ignore';
  // "% complete": a percentage has no field of its own, so it is kept under its heading.
  if (/%|\bper ?cent(?:age)?\b/i.test(header)) return 'notes';
  for (const [re, field] of RULES) if (re.test(folded)) return field;
  return 'notes';
}

function valuesOf(samples: ReadonlyArray<ReadonlyArray<string>>, column: number): string[] {
  return samples.map((row) => (row[column] ?? '').trim()).filter((v) => v !== '');
}

/** The share of a column's non-blank sample values that `test` accepts; 1 when there are none. */
function share(samples: ReadonlyArray<ReadonlyArray<string>>, column: number, test: (value: string) => boolean): number {
  const values = valuesOf(samples, column);
  if (values.length === 0) return 1;
  return values.filter(test).length / values.length;
}

const isDate = (v: string) => findCouncilDate(v) !== null || /^\d{5}$/.test(v);
const isStatus = (v: string) => readStatus(v) !== null;
const isRag = (v: string) => readRag(v) !== null;
const isSentence = (v: string) => v.split(/\s+/).length >= 5;
const isCommitteeName = (v: string) => /\b(?:committee|panel|board|commission|cabinet|council|executive|forum|group)\b/i.test(v);
/** "By March 2015", "12 months", "Ongoing", "Q3": wording that says when, even without a date. */
const isTimescale = (v: string) =>
  /\b(?:by|within|before|end of|months?|weeks?|years?|quarter|q[1-4]|spring|summer|autumn|winter|on-?going|immediate(?:ly)?|round|cycle)\b/i.test(v);
/** "Item 3 22/09/17", "Minute 27": a reference back to an earlier meeting's item. */
const isItemReference = (v: string) => /^(?:agenda )?(?:item|minute|min\.?)\s*\d/i.test(v);
/** "SS", "DM/PL/KL", "J.B.": the initials of whoever acts. */
const isInitials = (v: string) =>
  !/^(?:N\/?A|TBC|TBA|NONE)$/i.test(v) &&
  /^(?:[A-Z]{1,4}\.?|(?:[A-Z]\.){1,4})(?:\s*[/,&]\s*(?:[A-Z]{1,4}\.?|(?:[A-Z]\.){1,4}))*$/.test(v);
const isLongSentence = (v: string) => v.split(/\s+/).length >= 12;
/** "CRP", "PPL", "CSMC": a body's code, which a key beside the table spells out. */
const isCode = (v: string) => /^[A-Z]{2,6}$/.test(v);
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "March 2003", "On-going", "-": when something is to be done, said without a day. */
const isWhenWithoutDay = (v: string) =>
  new RegExp(`^(?:(?:end of |by |early |mid |late )?${MONTH}\\s+\\d{4}|on-?\\s?going|ongoing|-|n/?a|tbc)$`, 'i').test(v.trim());
/** "Update 9 July 2020: …", "As at March: …", "12/03/2021 – …": a dated update. */
const isDatedUpdate = (v: string) => /^(?:updated?|as at|position (?:at|as at)|progress (?:at|as at))\b/i.test(v) || findCouncilDate(v)?.start === 0;
const PLAIN_PRIORITY = /^(?:high|medium|med|low|critical|major|minor|significant|fundamental|important|desirable|(?:priority )?[1-5]|p[1-5])$/i;
/** "SC18", "1", "a", "2.3", "SR (25/26) 01": short, with a digit or a single letter. */
const isLabel = (v: string) => v.length <= 16 && (/\d/.test(v) || /^\(?[a-z]{1,4}\)?\.?$/i.test(v));

/**
 * A field for each heading, in order. With `samples` (the first data rows) a column whose values
 * do not fit its heading is moved: a "Status" column of RAG words becomes the RAG rating, one of
 * sentences the progress update; an "Outcome" column of statuses the status; a blank heading over
 * labels the label. A field only one column can give goes to the first column that claims it;
 * later claimants go to the notes (under their headings), so nothing is dropped unseen. Where no
 * column holds the recommendation, an "Action" column (an actions list) does.
 */
export function guessColumnMapping(headers: ReadonlyArray<string>, samples: ReadonlyArray<ReadonlyArray<string>> = []): ColumnMapping {
  const mapping = headers.map(guessFromHeading);
  const taken = (field: ColumnField) => mapping.includes(field);
  mapping.forEach((field, column) => {
    const has = valuesOf(samples, column).length > 0;
    if (field === 'ignore' && has) {
      mapping[column] = !taken('label') && share(samples, column, isLabel) === 1 ? 'label' : 'notes';
    } else if (field === 'status' && has && share(samples, column, isStatus) < 0.5) {
      if (share(samples, column, isRag) >= 0.5) mapping[column] = taken('rag') ? 'notes' : 'rag';
      else if (share(samples, column, (v) => readCompleted(v) !== null) >= 0.8) mapping[column] = taken('completed') ? 'notes' : 'completed';
      else mapping[column] = taken('progressUpdate') ? 'notes' : 'progressUpdate';
    } else if (field === 'progressUpdate' && has && share(samples, column, isStatus) >= 0.8 && !taken('status')) {
      mapping[column] = 'status';
    } else if (field === 'responseOutcome' && has && share(samples, column, (v) => readOutcome(v) !== null) < 0.5) {
      // An "Outcome" that is not accepted/rejected says where the recommendation has got to; a
      // "Decision" of sentences is the executive's answer.
      const whereItGot = share(samples, column, isStatus) >= 0.5 || /^outcomes?$/.test(fold(headers[column] ?? ''));
      mapping[column] = whereItGot && !taken('status') ? 'status' : taken('responseText') ? 'notes' : 'responseText';
    } else if (field === 'meetingDate' && has && share(samples, column, isDate) === 0 && share(samples, column, isCommitteeName) >= 0.5) {
      // "Meeting" over committee names ("Cabinet", "Audit Committee") names the body, not the date.
      mapping[column] = taken('committee') ? 'notes' : 'committee';
    } else if (field === 'targetDate' && has && share(samples, column, isDate) === 0 && share(samples, column, isSentence) >= 0.5 && share(samples, column, isTimescale) < 0.5) {
      mapping[column] = 'notes';
    } else if (field === 'notes' && has && !taken('itemNumber') && share(samples, column, isItemReference) === 1) {
      // "Ref Back" over "Item 3 22/09/17": the item of the meeting the matter came from.
      mapping[column] = 'itemNumber';
    } else if (field === 'action' && has && !taken('leadOfficer') && share(samples, column, isInitials) === 1) {
      // "Action" over "SS" names who acts, as minutes' action columns do.
      mapping[column] = 'leadOfficer';
    } else if (field === 'origin' && has && !taken('committee') && share(samples, column, (v) => /\b(?:committee|panel|board|commission)\b/i.test(v) || isCode(v)) >= 0.5) {
      // "Origin" over committee names, or over their codes (CRP, PPL) that a key spells out.
      mapping[column] = 'committee';
    } else if (
      field === 'meetingDate' &&
      has &&
      !taken('targetDate') &&
      !/\b(?:meeting|committee|panel|board)\b/.test(fold(headers[column] ?? '')) &&
      share(samples, column, isWhenWithoutDay) >= 0.8 &&
      valuesOf(samples, column).some((v) => !new RegExp(`^${MONTH}\\s+\\d{4}$`, 'i').test(v.trim()))
    ) {
      // "Date" over "March 2003", "On-going", "-": when each is to be done, not when the committee met.
      // Months alone are not enough (minutes cite meetings by month too), nor a heading that names the meeting.
      mapping[column] = 'targetDate';
    } else if (field === 'notes' && has && !taken('progressUpdate') && share(samples, column, isDatedUpdate) >= 0.5) {
      // "Comments" over "Update 9 July 2020: …": progress reported over time.
      mapping[column] = 'progressUpdate';
    } else if (field === 'notes' && has && headers[column]?.trim() && share(samples, column, (v) => Boolean(readOutcome(v)) && readCompleted(v) === null) >= 0.8 && !taken('responseOutcome')) {
      // A heading the rules do not know ("Cabinet view") over "Accepted", "Rejected": the outcome.
      mapping[column] = 'responseOutcome';
    } else if (field === 'notes' && has && headers[column]?.trim() && share(samples, column, isRag) >= 0.8 && !taken('rag')) {
      // … over "Red", "Amber", "Green": the RAG rating.
      mapping[column] = 'rag';
    } else if (field === 'priority' && has && share(samples, column, (v) => PLAIN_PRIORITY.test(v.trim())) < 0.5 && share(samples, column, isSentence) >= 0.5) {
      // "Risk" over sentences describes a risk; it does not rate one.
      mapping[column] = 'notes';
    }
  });
  // "Agenda matter" over whole paragraphs holds what was decided, unless an actions list's "Action" column
  // holds it (a long report title stays a title there).
  if (!mapping.includes('text') && !mapping.includes('action')) {
    const title = mapping.findIndex((f, c) => f === 'itemTitle' && valuesOf(samples, c).length > 0 && share(samples, c, isLongSentence) >= 0.5);
    if (title >= 0) mapping[title] = 'text';
  }
  // A column printed with no heading over whole sentences (a web page's record with the words unlabelled) holds them.
  if (!mapping.includes('text')) {
    const bare = headers.findIndex((h, c) => (h ?? '').trim() === '' && valuesOf(samples, c).length > 0 && share(samples, c, isLongSentence) >= 0.5);
    if (bare >= 0) mapping[bare] = 'text';
  }
  if (!mapping.includes('text')) {
    const action = mapping.indexOf('action');
    if (action >= 0) mapping[action] = 'text';
  }
  // Two target dates, "Original implementation date" and "Agreed completion date": the revised one is
  // the target now; the original is kept under its heading.
  const targets = mapping.flatMap((f, c) => (f === 'targetDate' ? [c] : []));
  if (targets.length > 1) {
    const revised = targets.find((c) => /\b(?:revised|agreed|new|current|extended|amended|latest)\b/i.test(headers[c] ?? ''));
    if (revised !== undefined) {
      for (const c of targets) if (c !== revised) mapping[c] = 'notes';
    } else {
      const original = targets.find((c) => /\b(?:original|initial|first)\b/i.test(headers[c] ?? ''));
      if (original !== undefined) mapping[original] = 'notes';
    }
  }
  const seen = new Set<ColumnField>();
  return mapping.map((field) => {
    if (JOINED_FIELDS.has(field)) return field;
    if (seen.has(field)) return 'notes';
    seen.add(field);
    return field;
  });
}

/** Headings folded for comparison, so that a remembered mapping is found whatever the case and spacing. */
export function headingsKey(headers: ReadonlyArray<string>): string {
  return headers.map((h) => h.toLowerCase().replace(/\s+/g, ' ').trim()).join(' | ');
}

/**
 * The row that holds the headings, among the first fifteen: the one whose cells most look like
 * headings (distinct tracker fields their words name), as sheets often have title rows above, a
 * merged title being one value; ties go to the earlier row. A row must name the recommendation or
 * three fields to count; failing any, the first row with two or more different cells, else the first
 * row with anything in it. -1 for a sheet with nothing in it.
 */
export function findHeaderRow(rows: ReadonlyArray<ReadonlyArray<string>>): number {
  const firstFilled = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (firstFilled < 0) return -1;
  let best = -1;
  let bestScore = 0;
  for (let r = firstFilled; r < Math.min(rows.length, firstFilled + 15); r++) {
    const cells = rows[r]!.map((c) => c.trim()).filter((c) => c !== '');
    const distinct = new Set(cells.map((c) => c.toLowerCase()));
    // A title ("Recommendation tracker 2023/24") is one value, even spread over merged cells.
    if (distinct.size < 2 || cells.some((c) => c.length > 80)) continue;
    const fields = new Set(cells.map(guessFromHeading).filter((f) => f !== 'notes' && f !== 'ignore'));
    const score = fields.size + (fields.has('text') ? 2 : 0);
    if ((fields.has('text') || fields.size >= 3) && score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const several = rows.findIndex((row) => new Set(row.map((c) => c.trim()).filter((c) => c !== '')).size >= 2);
  return several >= 0 ? several : firstFilled;
}
