// The choices a form is built with, their defaults, and the rows and wording they give.
import { addDays } from 'date-fns';
import { resolveChasingSettings, type ChasingSettings } from '../chasing/settings';
import { formatLongDate, isIsoDate, parseIsoDate, todayIso, toIsoDate } from '../dates/format';
import type { Tracker } from '../model/types';
import { newFormReference } from './reference';
import { formRows, type FormRow } from './rows';
import type { FormFormat, FormKind } from './types';
import { earliestDue, formWording, type FormWording } from './words';

export interface ResponseFormOptions {
  kind?: FormKind;
  format?: FormFormat;
  /** The form's own reference; a new one when not given (pass one to log the request under it). */
  reference?: string;
  /** The form's date, YYYY-MM-DD; default today. */
  date?: string;
  /** Whom the form goes to. */
  to?: { name: string; title?: string; organisation?: string; address?: string };
  /** The chasing settings: the letterhead, the officer's contact details and the deadline rule. */
  settings?: unknown;
  /** The date replies are asked by: default the earliest statutory due date (response) or 28 days on (update). */
  replyBy?: string;
}

export interface ResolvedForm {
  kind: FormKind;
  format: FormFormat;
  reference: string;
  date: string;
  to: { name: string; title: string; organisation: string; address: string };
  settings: ChasingSettings;
  rows: FormRow[];
  wording: FormWording;
}

/** Days an update form gives for a reply when no date is set: four weeks, a usual report cycle. */
export const UPDATE_REPLY_DAYS = 28;

export function resolveForm(tracker: Tracker, ids: readonly string[], options: ResponseFormOptions = {}): ResolvedForm {
  const kind = options.kind ?? 'response';
  if (kind !== 'response' && kind !== 'update') throw new Error(`"${String(kind)}" is not a kind of form (response or update).`);
  const format = options.format ?? 'docx';
  if (format !== 'docx' && format !== 'xlsx') throw new Error(`"${String(format)}" is not a form format (docx or xlsx).`);
  const date = options.date ?? todayIso();
  if (!isIsoDate(date)) throw new Error(`The form's date "${date}" is not a date written YYYY-MM-DD.`);
  const settings = resolveChasingSettings(options.settings ?? {});
  const rows = formRows(tracker, ids, settings.rule);
  const replyBy = options.replyBy ?? (kind === 'response' ? earliestDue(rows) : toIsoDate(addDays(parseIsoDate(date)!, UPDATE_REPLY_DAYS)));
  if (replyBy !== '' && !isIsoDate(replyBy)) throw new Error(`The reply-by date "${replyBy}" is not a date written YYYY-MM-DD.`);
  const to = { name: '', title: '', organisation: '', address: '', ...options.to };
  return {
    kind,
    format,
    reference: options.reference ?? newFormReference(kind),
    date,
    to: { name: to.name.trim(), title: (to.title ?? '').trim(), organisation: (to.organisation ?? '').trim(), address: (to.address ?? '').trim() },
    settings,
    rows,
    wording: formWording(kind, rows, settings, replyBy, date),
  };
}

/** "26 September 2023 — Early Help" and the committee where the form covers several. */
export function meetingText(row: FormRow, several: boolean): string {
  return [formatLongDate(row.meetingDate) || 'Date not recorded', row.itemTitle, several ? row.committeeName : ''].filter((s) => s.trim() !== '').join('\n');
}

export function datesText(row: FormRow): string {
  return [`Received: ${formatLongDate(row.recommendation.receivedDate) || 'not recorded'}`, `Due: ${formatLongDate(row.dueDate) || 'not known'}`].join('\n');
}

/** For an update form: what was agreed, the target date and the last update. */
export function currentText(row: FormRow): string {
  const r = row.recommendation;
  return [
    r.responseOutcome ? `${r.responseOutcome}.` : '',
    r.action.trim() || r.responseText.trim(),
    r.targetDate ? `Target date: ${formatLongDate(r.targetDate)}` : '',
    row.lastUpdate ? `Last update (${formatLongDate(row.lastUpdate.date)}): ${row.lastUpdate.text.trim()}` : 'No update yet.',
  ]
    .filter((s) => s !== '')
    .join('\n');
}
