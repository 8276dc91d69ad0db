// The columns of each kind of form: what the heading says, whether the person fills it in, and how a
// returned form's heading is recognised (by words it contains, so a retyped or re-saved heading still counts).

export type ColumnKey =
  | 'reference'
  | 'meeting'
  | 'recommendation'
  | 'dates'
  | 'current'
  | 'outcome'
  | 'response'
  | 'action'
  | 'leadOfficer'
  | 'targetDate'
  | 'progress'
  | 'rag'
  | 'revisedTargetDate'
  | 'revisedTargetReason'
  | 'implemented';

export interface FormColumn {
  key: ColumnKey;
  heading: string;
  /** A cell the person completes (shaded lightly on the form). */
  fill: boolean;
  /** Share of the table's width, in per cent. */
  width: number;
}

export const RESPONSE_COLUMNS: readonly FormColumn[] = [
  { key: 'reference', heading: 'Ref.', fill: false, width: 8 },
  { key: 'meeting', heading: 'Meeting and item', fill: false, width: 11 },
  { key: 'recommendation', heading: 'Recommendation', fill: false, width: 22 },
  { key: 'dates', heading: 'Received and due', fill: false, width: 9 },
  { key: 'outcome', heading: 'Outcome', fill: true, width: 9 },
  { key: 'response', heading: 'Response', fill: true, width: 16 },
  { key: 'action', heading: 'Action proposed', fill: true, width: 11 },
  { key: 'leadOfficer', heading: 'Lead officer', fill: true, width: 7 },
  { key: 'targetDate', heading: 'Target date', fill: true, width: 7 },
];

export const UPDATE_COLUMNS: readonly FormColumn[] = [
  { key: 'reference', heading: 'Ref.', fill: false, width: 8 },
  { key: 'meeting', heading: 'Meeting and item', fill: false, width: 10 },
  { key: 'recommendation', heading: 'Recommendation', fill: false, width: 17 },
  { key: 'current', heading: 'Agreed action and last update', fill: false, width: 16 },
  { key: 'progress', heading: 'Progress', fill: true, width: 16 },
  { key: 'rag', heading: 'RAG', fill: true, width: 5 },
  { key: 'revisedTargetDate', heading: 'Revised target date', fill: true, width: 8 },
  { key: 'revisedTargetReason', heading: 'Reason for the new date', fill: true, width: 9 },
  { key: 'implemented', heading: 'Implemented? (yes or no)', fill: true, width: 10 },
];

// Tested in this order: "Revised target date" before "Target date", "Reason" before anything else it might contain.
const RECOGNISE: ReadonlyArray<[ColumnKey, RegExp]> = [
  ['reference', /^\s*ref(?:erence)?\b/i],
  ['revisedTargetReason', /\breason\b/i],
  ['revisedTargetDate', /\brevised\b|\bnew target\b/i],
  ['implemented', /\bimplemented\b/i],
  ['rag', /\brag\b/i],
  ['progress', /\bprogress\b/i],
  ['current', /\bagreed action\b|\blast update\b/i],
  ['outcome', /\boutcome\b|accepted\s*\/\s*rejected/i],
  ['action', /\baction\b/i],
  ['leadOfficer', /\blead\b|\bofficer\b/i],
  ['targetDate', /\btarget\b/i],
  ['dates', /\breceived\b|\bdue\b/i],
  ['meeting', /\bmeeting\b/i],
  ['recommendation', /\brecommendation/i],
  ['response', /\bresponse\b/i],
];

/** Which column a heading names, or null. */
export function recogniseHeading(text: string): ColumnKey | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return null;
  for (const [key, re] of RECOGNISE) if (re.test(t)) return key;
  return null;
}

/** Column keys by position for a heading row, when it is a form's heading row: it names a reference or recommendation column and an outcome or progress column. */
export function headingColumns(cells: readonly string[]): Array<ColumnKey | null> | null {
  const keys = cells.map(recogniseHeading);
  const has = (k: ColumnKey) => keys.includes(k);
  if (!(has('reference') || has('recommendation'))) return null;
  if (!(has('outcome') || has('response') || has('progress'))) return null;
  // A key seen twice counts at its first place only.
  return keys.map((k, i) => (k !== null && keys.indexOf(k) === i ? k : null));
}
