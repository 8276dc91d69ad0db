// Makes a response or update form's files: the form itself (.docx or .xlsx) and, for "Email the form", an Outlook draft with the form attached.
import {
  buildFormEml,
  buildResponseForm,
  formatLongDate,
  resolveForm,
  type ChasingSettings,
  type FormFormat,
  type FormKind,
  type Tracker,
} from '../../../shared/index';

export const FORM_MIME: Record<FormFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface FormRequest {
  kind: FormKind;
  format: FormFormat;
  reference: string;
  ids: readonly string[];
  toName: string;
  toEmail: string;
  settings: ChasingSettings;
  today: string;
}

/** "Response form RF-7K2M-9QXA - Cllr Jane Smith.docx": the reference in the name, so a dropped return is recognised. */
export function formFileName(request: Pick<FormRequest, 'kind' | 'reference' | 'toName' | 'format'>): string {
  const who = request.toName.trim().replace(/[\\/:*?"<>|]+/g, ' ').trim();
  return `${request.kind === 'update' ? 'Update form' : 'Response form'} ${request.reference}${who ? ` - ${who}` : ''}.${request.format}`;
}

export async function buildForm(tracker: Tracker, request: FormRequest): Promise<Uint8Array> {
  return buildResponseForm(tracker, [...request.ids], {
    kind: request.kind,
    format: request.format,
    reference: request.reference,
    date: request.today,
    settings: request.settings,
    to: { name: request.toName },
  });
}

/** The covering email: what is asked, by when, and how to send it back. */
export function coveringText(tracker: Tracker, request: FormRequest): { subject: string; body: string } {
  const form = resolveForm(tracker, [...request.ids], { kind: request.kind, reference: request.reference, date: request.today, settings: request.settings, to: { name: request.toName } });
  const s = request.settings;
  const greeting = request.toName.trim() ? `Dear ${request.toName.trim()},` : 'Dear colleague,';
  const by = form.wording.replyBy !== '' && form.wording.replyBy >= request.today ? ` by ${formatLongDate(form.wording.replyBy)}` : ' as soon as you can';
  const what = request.kind === 'update' ? 'progress on' : 'the executive’s response to';
  const signature = [s.officerName, s.officerTitle, s.councilName, s.officerPhone ? `Telephone: ${s.officerPhone}` : '', s.officerEmail ? `Email: ${s.officerEmail}` : ''].filter((l) => l.trim() !== '');
  return {
    subject: `${form.wording.subject} (${request.reference})`,
    body: [
      greeting,
      `Please find attached a form asking for ${what} ${form.rows.length === 1 ? 'one recommendation' : `${form.rows.length} recommendations`} of the ${[...new Set(form.rows.map((r) => r.committeeName))].join(' and ')}.`,
      `Please fill in the shaded columns and send the form back to me${by}, as an attachment to a reply to this email. Keep the form reference (${request.reference}) and the Ref. column as they are, so your answers can be read straight into the tracker.`,
      'Kind regards',
      signature.join('\n'),
    ].join('\n\n'),
  };
}

export async function buildFormEmail(tracker: Tracker, request: FormRequest, form: Uint8Array, now = new Date()): Promise<string> {
  const { subject, body } = coveringText(tracker, request);
  return buildFormEml({
    to: request.toEmail.trim(),
    toName: request.toName,
    subject,
    body,
    attachment: { fileName: formFileName(request), bytes: form, mimeType: FORM_MIME[request.format] },
    date: now,
  });
}
