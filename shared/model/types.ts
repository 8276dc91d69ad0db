// The domain model: what a scrutiny tracker holds, as plain serialisable records.
// Every record carries a globally unique string id and its own timestamps, because trackers will
// later be merged field by field between officers; nothing here may rely on auto-increment keys.
import type { ChaseRecord } from '../chasing/types';

/** ISO calendar date, `YYYY-MM-DD`, or '' where the date is not known. */
export type IsoDate = string;
/** ISO date-time in UTC, e.g. `2026-11-22T10:15:00.000Z`. */
export type IsoDateTime = string;

interface Stamped {
  id: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export interface Committee extends Stamped {
  name: string;
  /** The council the committee belongs to, e.g. "Herefordshire Council"; '' if not given. */
  council: string;
}

export interface Meeting extends Stamped {
  committeeId: string;
  date: IsoDate;
  venue: string;
}

export interface AgendaItem extends Stamped {
  meetingId: string;
  /** The minute or agenda number as printed ("181", "7"); '' if the document shows none. */
  number: string;
  title: string;
  /** Order within the meeting; the appendix prints items in this order. */
  position: number;
}

export const RECOMMENDATION_KINDS = ['recommendation', 'action', 'information-request', 'procedural'] as const;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

export const ADDRESSEES = ['executive', 'cabinet-member', 'council', 'partner', 'committee', 'officers'] as const;
export type Addressee = (typeof ADDRESSEES)[number];

/** The executive's answer; '' while none has been recorded. */
export const OUTCOMES = [
  'Accepted',
  'Partially accepted',
  'Rejected',
  'Noted',
  'Unclear',
  'No response received',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const STATUSES = [
  'open',
  'in-progress',
  'completed',
  'not-pursued',
  'discharged',
  'work-programme',
] as const;
export type ImplementationStatus = (typeof STATUSES)[number];

export const RAG_RATINGS = ['red', 'amber', 'green', 'blue'] as const;
export type RagRating = (typeof RAG_RATINGS)[number];

export interface Recommendation extends Stamped {
  itemId: string;
  /** Order within the agenda item. */
  position: number;
  /** The label as printed ("1", "a", "ii"); '' where none is printed. */
  label: string;
  /** The recommendation's words; several lines, bullets kept as lines. */
  text: string;
  kind: RecommendationKind;
  addressee: Addressee;
  /** The named cabinet member or partner body, where the addressee is one. */
  addresseeName: string;
  leadOfficer: string;
  /** Directorate or portfolio. */
  directorate: string;
  /** Date the executive (or other addressee) received the recommendation. */
  receivedDate: IsoDate;
  responseOutcome: Outcome | '';
  responseText: string;
  responseDate: IsoDate;
  respondedBy: string;
  /** The action taken in response, as the schedule format's "Action" column prints it. */
  action: string;
  status: ImplementationStatus;
  rag: RagRating | '';
  targetDate: IsoDate;
  notes: string;
  /**
   * Where the recommendation came from when a council's tracker says (a committee, a task and finish
   * group, a review); absent on records made before it was kept. Optional, so no schema version change:
   * IndexedDB stores fields it does not index as they are.
   */
  origin?: string;
  /** The priority a council's tracker gives it ("High", "1"), as written; absent where none was given. */
  priority?: string;
}

export interface ProgressUpdate extends Stamped {
  recommendationId: string;
  date: IsoDate;
  text: string;
}

/** One of the officer's settings (export wording, last choices): any value the database can store. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** One Word export in the log, kept so the officer can say which version went to which agenda. */
export interface ExportLogRecord {
  id: string;
  /** The document exported ("appendix", "schedule", "responses", ...). */
  document: string;
  /** The committee exported; '' when the export covered every committee. */
  committeeId: string;
  exportedAt: IsoDateTime;
  /** The "Version number N" printed in the footer. */
  version: number;
  recommendations: number;
  meetings: number;
  /** The meeting dates chosen, '' where open-ended. */
  from: IsoDate;
  to: IsoDate;
  which: 'all' | 'open' | 'awaiting';
  /** The name the file was offered under. */
  fileName: string;
}

/**
 * Records deleted together and kept whole so the delete can be undone. Items and recommendations
 * keep the ids of the committee and meeting they sat under, because those may be in the bin too.
 */
export interface BinRecord {
  id: string;
  deletedAt: IsoDateTime;
  /** What the officer deleted, in words ("Meeting of 26 September 2023"). */
  summary: string;
  committees: Committee[];
  meetings: Meeting[];
  items: Array<AgendaItem & { committeeId: string }>;
  recommendations: Array<Recommendation & { committeeId: string; meetingId: string }>;
  progressUpdates: ProgressUpdate[];
  /** The deleted recommendations' chase logs; absent in entries made before chasing was recorded. */
  chases?: ChaseRecord[];
}

/**
 * One change to one field of a recommendation, kept for good: the tracker's record of what the
 * executive promised and when that changed. Values are stored as the field held them ('' for empty).
 */
export interface HistoryEntry {
  id: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  recommendationId: string;
  /** When the change was made. */
  at: IsoDateTime;
  field: string;
  oldValue: string;
  newValue: string;
  /** Why, where the officer said (a moved target date asks for a reason); '' otherwise. */
  reason: string;
}

/**
 * Everything a tracker holds, normalised: each record points at its parent by id. The optional
 * tables are there when the whole database is meant (a full backup); a tracker read from a file
 * to import holds only the first five.
 */
export interface Tracker {
  committees: Committee[];
  meetings: Meeting[];
  items: AgendaItem[];
  recommendations: Recommendation[];
  progressUpdates: ProgressUpdate[];
  chases?: ChaseRecord[];
  history?: HistoryEntry[];
  settings?: SettingRecord[];
  exports?: ExportLogRecord[];
  bin?: BinRecord[];
}

export function emptyTracker(): Tracker {
  return { committees: [], meetings: [], items: [], recommendations: [], progressUpdates: [] };
}
