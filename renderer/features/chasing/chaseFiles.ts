// Turns the chase dialog's choices into the letter (.docx), the email draft (.eml) or the email text, saved or copied; the dialog logs the chase once one succeeds.
import {
  CHASE_LEVEL_LABELS,
  buildChaseEml,
  buildChaseLetterDocx,
  chaseEmailText,
  draftChase,
  formatLongDate,
  type BoardInput,
  type ChaseLetterRow,
  type ChaseLevel,
  type ChaseMethod,
  type ChasingSettings,
} from '../../../shared/index';
import type { SaveRequest } from '../../platform/index';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const EML_MIME = 'message/rfc822';

export interface ChaseForm {
  level: ChaseLevel;
  /** Whom the chase goes to, as the letter and the greeting name them. */
  toName: string;
  /** Optional: the email draft's To line. */
  toEmail: string;
  /** Optional: the postal address the letter prints under the name, one line per line. */
  toAddress: string;
  /** "Dear Councillor Powell": offered from the To name (title and surname), editable. */
  greeting: string;
  subject: string;
  body: string;
}

export type ChaseOutput = 'letter' | 'eml' | 'copy';

/** How each output is logged on the recommendations' history. */
export const OUTPUT_METHOD: Record<ChaseOutput, ChaseMethod> = { letter: 'letter', eml: 'email', copy: 'email' };

/** "Chase letter - Executive (cabinet) - 22 November 2026.docx". */
export function chaseFileName(output: 'letter' | 'eml', level: ChaseLevel, ownerName: string, today: string): string {
  const what = output === 'letter' ? 'letter' : 'email';
  return `${CHASE_LEVEL_LABELS[level]} ${what} - ${ownerName} - ${formatLongDate(today)}.${output === 'letter' ? 'docx' : 'eml'}`;
}

/** The template filled for these recommendations: what the dialog opens with and returns to on "Reset". */
export function templateText(items: readonly BoardInput[], level: ChaseLevel, toName: string, today: string, settings: ChasingSettings) {
  const draft = draftChase({ level, items, to: { name: toName }, today, settings });
  return { subject: draft.subject, body: draft.body, rows: draft.rows, owner: draft.owner };
}

function sender(settings: ChasingSettings) {
  return {
    name: settings.officerName,
    title: settings.officerTitle,
    council: settings.councilName,
    address: settings.officerAddress,
    email: settings.officerEmail,
    phone: settings.officerPhone,
    reference: settings.letterReference,
  };
}

function requireAddressee(form: ChaseForm): void {
  if (form.toName.trim() === '') throw new Error('Say whom the chase is to (the "To" name), for the greeting.');
}

export function emailText(form: ChaseForm, rows: readonly ChaseLetterRow[], settings: ChasingSettings): string {
  requireAddressee(form);
  return chaseEmailText({ toName: form.toName, salutation: form.greeting, body: form.body, rows, from: sender(settings) });
}

export interface ProduceRequest {
  output: ChaseOutput;
  form: ChaseForm;
  items: readonly BoardInput[];
  settings: ChasingSettings;
  today: string;
  /** platform.saveFile in the app; a fake in tests. */
  save(request: SaveRequest): Promise<'saved' | 'cancelled'>;
  /** Puts text on the clipboard; resolves false if the computer refused. */
  copy(text: string): Promise<boolean>;
  /** The email's Date header; default now. */
  now?: Date;
}

/**
 * Builds and saves (or copies) the chosen output. Resolves true once it is saved or copied — only
 * then is there a chase to log — and false if the officer cancelled the Save dialog or the copy was
 * refused. Throws the builders' plain-English errors (no officer name, a bad email address…).
 */
export async function produceChase(request: ProduceRequest): Promise<boolean> {
  const { output, form, items, settings, today } = request;
  if (form.subject.trim() === '') throw new Error('The chase has no subject.');
  const { rows, owner } = templateText(items, form.level, form.toName, today, settings);
  if (output === 'letter') {
    requireAddressee(form);
    const data = await buildChaseLetterDocx({
      level: form.level,
      to: { name: form.toName.trim(), address: form.toAddress, salutation: form.greeting },
      from: sender(settings),
      date: today,
      subject: form.subject,
      bodyText: form.body,
      rows,
    });
    const saved = await request.save({
      suggestedName: chaseFileName('letter', form.level, owner.name, today),
      data,
      mimeType: DOCX_MIME,
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
    return saved === 'saved';
  }
  const text = emailText(form, rows, settings);
  if (output === 'copy') return request.copy(text);
  const eml = buildChaseEml({ to: form.toEmail.trim(), toName: form.toName.trim(), subject: form.subject, body: text, date: request.now });
  const saved = await request.save({
    suggestedName: chaseFileName('eml', form.level, owner.name, today),
    data: eml,
    mimeType: EML_MIME,
    filters: [{ name: 'Email message', extensions: ['eml'] }],
  });
  return saved === 'saved';
}

/** The clipboard, through the browser's API; false (never a throw) when the computer refuses. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
