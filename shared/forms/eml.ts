// The form as an Outlook draft: an .eml (X-Unsent) with a short covering message and the form attached (multipart MIME).
import { isEmailAddress } from '../chasing/email';
import { base64, foldHeader, headerParts, headerText, isPlainAscii, quotedPrintable, rfc5322Date, utf8Bytes } from '../chasing/mime';

export interface FormEmlInput {
  /** The recipient's address; '' leaves the To line for the officer to fill in. */
  to: string;
  toName: string;
  subject: string;
  /** The covering message. */
  body: string;
  attachment: { fileName: string; bytes: Uint8Array; mimeType: string };
  /** The Date header and the boundary's seed; default now. */
  date?: Date;
}

function refuseLineBreaks(what: string, value: string): void {
  // A line break in a header would let the text add headers of its own (header injection).
  if (/[\r\n\0]/.test(value)) throw new Error(`The ${what} contains a line break, which an email header cannot hold; remove it and try again.`);
}

/** base64 in lines of 76 characters, as MIME wants. */
function base64Lines(bytes: Uint8Array): string {
  const out: string[] = [];
  // 57 bytes make exactly 76 characters.
  for (let i = 0; i < bytes.length; i += 57) out.push(base64(Array.from(bytes.subarray(i, i + 57))));
  return out.join('\r\n');
}

/** A filename parameter: plain when ASCII, else RFC 2231 (UTF-8, percent-encoded) beside an ASCII stand-in. */
function fileNameParams(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  if (isPlainAscii(name) && ascii === name) return `name="${ascii}"`;
  const encoded = utf8Bytes(name)
    .map((b) => (/[A-Za-z0-9.\-_]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
  return `name="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function buildFormEml(input: FormEmlInput): string {
  refuseLineBreaks('subject', input.subject);
  refuseLineBreaks('recipient name', input.toName);
  refuseLineBreaks('file name', input.attachment.fileName);
  const subject = input.subject.trim();
  if (subject === '') throw new Error('The email has no subject.');
  const date = input.date ?? new Date();
  const headers = ['X-Unsent: 1'];
  const to = input.to.trim();
  if (to !== '') {
    if (!isEmailAddress(to)) throw new Error(`"${to}" is not an email address (it should look like name@council.gov.uk).`);
    const name = input.toName.trim();
    const display = name === '' ? [] : isPlainAscii(name) && !name.includes('=?') ? `"${name.replace(/[\\"]/g, '\\$&')}"`.split(/(?= )/) : headerParts(name);
    headers.push(foldHeader('To', display.length === 0 ? [to] : [...display, ` <${to}>`]));
  }
  const boundary = `=_scrutiny_${date.getTime().toString(36)}_${input.attachment.bytes.length.toString(36)}`;
  const params = fileNameParams(input.attachment.fileName);
  headers.push(
    headerText('Subject', subject),
    `Date: ${rfc5322Date(date)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    'Content-Language: en-GB',
  );
  const parts = [
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(input.body),
    `--${boundary}`,
    `Content-Type: ${input.attachment.mimeType}; ${params}`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; ${params.replace(/^name=/, 'filename=')}`,
    '',
    base64Lines(input.attachment.bytes),
    `--${boundary}--`,
    '',
  ];
  return `${headers.join('\r\n')}\r\n\r\nThis is a message in MIME format.\r\n\r\n${parts.join('\r\n')}`;
}
