// The two-way forms' shared words: their kinds, the outcomes a form offers, the log kept of each request, and what reading one back gives.
import type { IsoDate, IsoDateTime } from '../model/types';

export const FORM_KINDS = ['response', 'update'] as const;
/** response: the executive's answer to recommendations; update: progress on ones already accepted. */
export type FormKind = (typeof FORM_KINDS)[number];
export type FormFormat = 'docx' | 'xlsx';

/** The outcomes a response form offers: the four an executive gives (the tracker's other two are the officer's own). */
export const FORM_OUTCOMES = ['Accepted', 'Partially accepted', 'Rejected', 'Noted'] as const;
export type FormOutcome = (typeof FORM_OUTCOMES)[number];

export const FORM_RAG = ['Red', 'Amber', 'Green'] as const;

/**
 * One request of one form for one recommendation: a form sent about five recommendations makes five
 * records (as chases do), so each recommendation's log is whole on its own and merges field by field.
 */
export interface FormRequestRecord {
  id: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  recommendationId: string;
  /** The form's own reference, printed on it ("RF-7K2M-9QXA"). */
  formReference: string;
  kind: FormKind;
  format: FormFormat;
  sentOn: IsoDate;
  /** Whom the form went to, as written on it. */
  to: string;
  /** 'sent' until the returned form is read in ('returned'), or the officer withdraws it. */
  status: 'sent' | 'returned' | 'withdrawn';
  returnedOn: IsoDate;
  /** Who completed the returned form, as it says. */
  returnedBy: string;
}

/** One row of a returned form, as read. Fields are present only where the person filled them in. */
export interface ResponseFormRow {
  /** The tracker's recommendation, or null where the row could not be matched. */
  recommendationId: string | null;
  /** The row's reference as printed (or typed); '' where it was lost. */
  reference: string;
  /** The recommendation's words as the row shows them (to name an unmatched row). */
  text: string;
  outcome?: string;
  response?: string;
  action?: string;
  leadOfficer?: string;
  /** The target date the row gives: on an update form, the revised one (also in revisedTargetDate). */
  targetDate?: string;
  progress?: string;
  rag?: string;
  revisedTargetDate?: string;
  revisedTargetReason?: string;
  implemented?: boolean;
  /** Plain-English notes on what could not be read. */
  problems: string[];
}

export interface ResponseFormReading {
  formReference: string | null;
  kind: FormKind;
  format: FormFormat;
  /** Who completed the form and when, where it says. */
  completedBy?: string;
  completedOn?: string;
  rows: ResponseFormRow[];
  /** Notes about the form as a whole (a date that could not be read, rows matched by their words). */
  problems: string[];
}
