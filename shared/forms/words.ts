// What a form says: its title, what is asked and by when, and the note on keeping the references; one wording for the Word form, the workbook and the covering email.
import { formatLongDate } from '../dates/format';
import { deadlineInWords, type ChasingSettings } from '../chasing/settings';
import { joinNames } from '../docx/common';
import type { FormRow } from './rows';
import type { FormKind } from './types';

export interface FormWording {
  title: string;
  subject: string;
  /** The form page's heading: "Response form: Children and Young People Scrutiny Committee recommendations". */
  heading: string;
  /** Paragraphs between the greeting and the table. */
  paragraphs: string[];
  /** The date replies are asked for, '' where none is known. */
  replyBy: string;
  /** The last words, under the table. */
  keepNote: string;
}

export const KEEP_NOTE =
  'Please keep the form reference and the Ref. column as they are: they let the scrutiny office read your answers straight into the tracker. Write as much as you need in each cell; please do not add or remove rows.';

/** The earliest statutory due date among the rows, or ''. */
export function earliestDue(rows: readonly FormRow[]): string {
  return rows.map((r) => r.dueDate).filter((d) => d !== '').sort()[0] ?? '';
}

/** The form's words; `date` is the form's own date, so a due date already past is asked for as soon as possible. */
export function formWording(kind: FormKind, rows: readonly FormRow[], settings: ChasingSettings, replyBy: string, date: string): FormWording {
  const committees = joinNames([...new Set(rows.map((r) => r.committeeName))]);
  const n = rows.length;
  const recs = `${n} recommendation${n === 1 ? '' : 's'}`;
  const to = settings.officerEmail ? ` (${settings.officerEmail})` : '';
  const returnTo = settings.officerName ? `${settings.officerName}${to}` : `the scrutiny office${to}`;
  const by = replyBy === '' || replyBy < date ? ' as soon as possible' : ` by ${formatLongDate(replyBy)}`;
  if (kind === 'response') {
    return {
      title: 'Response form',
      subject: `Response to ${committees} recommendations`,
      heading: `Response form: ${committees} recommendations`,
      paragraphs: [
        `The ${committees} made the ${recs} listed below. Under section 9FE of the Local Government Act 2000 the executive must respond within ${deadlineInWords(settings.rule)} of receiving them, saying for each whether it is accepted, partially accepted or rejected and what action, if any, it proposes to take.`,
        `Please complete the shaded columns for each recommendation: the outcome (Accepted, Partially accepted, Rejected or Noted), the response in your own words, the action proposed, the lead officer and a target date. Then return this form to ${returnTo}${by}${replyBy !== '' && replyBy >= date ? ', the date the response is due' : ''}.`,
        ...(replyBy !== '' && replyBy < date ? [`The response was due on ${formatLongDate(replyBy)}${n === 1 ? '' : ' for the earliest of them'}; each recommendation's due date is shown beside it.`] : []),
      ],
      replyBy,
      keepNote: KEEP_NOTE,
    };
  }
  return {
    title: 'Progress update form',
    subject: `Progress on ${committees} recommendations`,
    heading: `Progress update form: ${committees} recommendations`,
    paragraphs: [
      `The ${recs} listed below were accepted and are not yet complete. The ${committees} follows how each is carried out, and reports progress to its meetings.`,
      `Please complete the shaded columns for each recommendation: progress since the last update, a RAG rating (Red, Amber or Green), a revised target date with the reason where the date has moved, and whether it has been implemented (yes or no). Then return this form to ${returnTo}${by}.`,
    ],
    replyBy,
    keepNote: KEEP_NOTE,
  };
}
