// The chase as an email: an .eml draft that Outlook opens ready to edit and send, and the same text for the clipboard.
import { formatLongDate } from '../dates/format';
import { labelPrefix } from '../docx/common';
import type { ChaseLetterRow } from './letter';
import { foldHeader, headerParts, headerText, isPlainAscii, quotedPrintable, rfc5322Date } from './mime';
import { greetingFor } from './greeting';

export interface ChaseEmlInput {
  /** The recipient's email address; '' leaves the To line for the officer to fill in. */
  to: string;
  toName: string;
  subject: string;
  /** The whole message text (chaseEmailText makes it). */
  body: string;
  from?: { name: string; address: string };
  /** The Date header; default now. */
  date?: Date;
}

const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** A plain email address (no display name): what the To and From lines and the settings accept. */
export function isEmailAddress(text: string): boolean {
  return ADDRESS.test(text);
}

function refuseLineBreaks(what: string, value: string): void {
  // A line break in a header would let the text add headers of its own (header injection).
  if (/[\r\n\0]/.test(value)) throw new Error(`The ${what} contains a line break, which an email header cannot hold; remove it and try again.`);
}

/** A mailbox as header parts: the display name (quoted, or as encoded-words) and the address in angle brackets. */
function mailbox(what: string, name: string, address: string): string[] {
  refuseLineBreaks(`${what} name`, name);
  refuseLineBreaks(`${what} address`, address);
  const addr = address.trim();
  if (!ADDRESS.test(addr)) throw new Error(`"${addr}" is not an email address (it should look like name@council.gov.uk).`);
  const display = name.trim();
  if (display === '') return [addr];
  if (isPlainAscii(display) && !display.includes('=?')) {
    const quoted = `"${display.replace(/[\\"]/g, '\\$&')}"`;
    // A quoted string may only be folded at its spaces, which keep their meaning when unfolded.
    return [...quoted.split(/(?= )/), ` <${addr}>`];
  }
  return [...headerParts(display), ` <${addr}>`];
}

/**
 * An RFC 5322 message as text with CRLF line ends. `X-Unsent: 1` makes Outlook open it as an unsent
 * draft the officer can edit and send; the body is UTF-8, quoted-printable. With no address the To
 * header is left out (the draft opens with it empty); with no sender From is left out too, since a
 * draft is sent from the officer's own account, which fills it in.
 */
export function buildChaseEml(input: ChaseEmlInput): string {
  refuseLineBreaks('subject', input.subject);
  const subject = input.subject.trim();
  if (subject === '') throw new Error('The email has no subject.');
  const headers = ['X-Unsent: 1'];
  if (input.from) headers.push(foldHeader('From', mailbox('sender', input.from.name, input.from.address)));
  if (input.to.trim() !== '') headers.push(foldHeader('To', mailbox('recipient', input.toName, input.to)));
  else refuseLineBreaks('recipient name', input.toName);
  headers.push(
    headerText('Subject', subject),
    `Date: ${rfc5322Date(input.date ?? new Date())}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Language: en-GB',
  );
  return `${headers.join('\r\n')}\r\n\r\n${quotedPrintable(input.body)}\r\n`;
}

export interface ChaseEmailTextInput {
  /** "Dear Councillor Smith"; by default the title and surname of the name (greetingFor). */
  salutation?: string;
  toName: string;
  /** The filled template's paragraphs. */
  body: string;
  rows: readonly ChaseLetterRow[];
  from: { name: string; title?: string; council?: string; email?: string; phone?: string };
}

/**
 * The email's text, for the .eml and for the clipboard: greeting, the body, the recommendations and
 * the sign-off. The recommendations are a table turned on its side — one block per recommendation
 * with the letter's six column headings as labels — because Outlook shows plain text in a
 * proportional font, which would break the alignment of columns.
 */
export function chaseEmailText(input: ChaseEmailTextInput): string {
  const paragraphs = input.body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const salutation = (input.salutation ?? '').trim().replace(/,$/, '') || greetingFor(input.toName);
  const blocks = input.rows.map((r) =>
    [
      `Meeting: ${formatLongDate(r.meetingDate) || 'date not recorded'}${r.committeeName ? ` (${r.committeeName})` : ''}`,
      `Item: ${r.itemTitle}`,
      `Recommendation: ${labelPrefix(r.label.trim())}${r.text.trim()}`,
      `Date received: ${formatLongDate(r.receivedDate) || 'not recorded'}`,
      `Due date: ${formatLongDate(r.dueDate) || 'not known'}`,
      `Days overdue: ${r.daysOverdue > 0 ? String(r.daysOverdue) : 'not yet due'}`,
    ].join('\n'),
  );
  const heading = `The recommendation${input.rows.length === 1 ? '' : 's'} awaiting a response:`;
  const { from } = input;
  const signature = [from.name, from.title ?? '', from.council ?? '', from.phone ? `Telephone: ${from.phone}` : '', from.email ? `Email: ${from.email}` : ''].map((l) => l.trim()).filter((l) => l !== '');
  return [`${salutation},`, ...paragraphs, heading, ...blocks, 'Kind regards', signature.join('\n')].join('\n\n') + '\n';
}
