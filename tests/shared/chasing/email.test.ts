// The chase email: a draft .eml with valid headers, CRLF lines and quoted-printable that decodes to the text exactly; header injection refused.
import { describe, expect, it } from 'vitest';
import { buildChaseEml, chaseEmailText, type ChaseLetterRow } from '../../../shared/index';

const DATE = new Date(Date.UTC(2026, 10, 22, 10, 15, 0));
const ROWS: ChaseLetterRow[] = [
  {
    meetingDate: '2024-05-07',
    itemTitle: 'Introduction to fostering',
    label: '7',
    text: 'That Herefordshire Council appoints and promotes an elected member champion for foster carers.',
    receivedDate: '2024-05-07',
    dueDate: '2024-07-07',
    daysOverdue: 868,
  },
  { meetingDate: '2026-10-01', itemTitle: 'Budget', label: '', text: 'Fund £25,000 for the carers’ hub.', receivedDate: '2026-10-01', dueDate: '2026-12-01', daysOverdue: 0 },
];

/** An independent quoted-printable decoder: soft breaks removed, =XX bytes collected, then read as UTF-8. */
function decodeQp(body: string): string {
  const joined = body.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=') {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
}

function split(eml: string): { headers: Map<string, string>; raw: string; body: string } {
  const at = eml.indexOf('\r\n\r\n');
  const raw = eml.slice(0, at);
  const headers = new Map<string, string>();
  for (const line of raw.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  return { headers, raw, body: eml.slice(at + 4) };
}

/** RFC 2047 B-words decoded one by one (each holds whole characters), white space between adjacent words dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}

describe('chaseEmailText', () => {
  const text = chaseEmailText({
    toName: 'Councillor Jane Smith',
    body: 'The response is overdue.\n\nPlease reply by 6 December.',
    rows: ROWS,
    from: { name: 'Danial Webb', title: 'Statutory Scrutiny Officer', council: 'Herefordshire Council' },
  });
  it('greets, gives the body, lists each recommendation with the letter’s six headings, and signs off', () => {
    expect(text).toBe(
      [
        'Dear Councillor Smith,',
        'The response is overdue.',
        'Please reply by 6 December.',
        'The recommendations awaiting a response:',
        'Meeting: 7 May 2024\nItem: Introduction to fostering\nRecommendation: 7) That Herefordshire Council appoints and promotes an elected member champion for foster carers.\nDate received: 7 May 2024\nDue date: 7 July 2024\nDays overdue: 868',
        'Meeting: 1 October 2026\nItem: Budget\nRecommendation: Fund £25,000 for the carers’ hub.\nDate received: 1 October 2026\nDue date: 1 December 2026\nDays overdue: not yet due',
        'Kind regards',
        'Danial Webb\nStatutory Scrutiny Officer\nHerefordshire Council',
      ].join('\n\n') + '\n',
    );
  });

  it('goes into an .eml that decodes back to exactly the same text, "£" and "’" included', () => {
    const eml = buildChaseEml({ to: 'jane.smith@herefordshire.gov.uk', toName: 'Councillor Jane Smith', subject: 'Overdue: response', body: text, date: DATE });
    const { body } = split(eml);
    expect(body).toMatch(/=C2=A3/); // £
    expect(body).toMatch(/=E2=80=99/); // ’
    expect(decodeQp(body)).toBe(`${text.replace(/\n/g, '\r\n')}\r\n`);
    for (const line of body.split('\r\n')) {
      expect(line.length).toBeLessThanOrEqual(76);
      expect(line).toMatch(/^[\x21-\x7e \t]*$/);
      expect(line).not.toMatch(/[ \t]$/);
    }
  });
});

describe('buildChaseEml', () => {
  const eml = buildChaseEml({
    to: 'jane.smith@herefordshire.gov.uk',
    toName: 'Councillor Jane Smith',
    subject: 'Overdue: response to Children and Young People Scrutiny Committee recommendations',
    body: 'Line one\nLine two ends in a space \n= sign',
    from: { name: 'Webb, Danial', address: 'danial.webb@herefordshire.gov.uk' },
    date: DATE,
  });
  const { headers, raw, body } = split(eml);

  it('has the draft marker, the MIME headers and a date', () => {
    expect(headers.get('X-Unsent')).toBe('1');
    expect(headers.get('MIME-Version')).toBe('1.0');
    expect(headers.get('Content-Type')).toBe('text/plain; charset=UTF-8');
    expect(headers.get('Content-Transfer-Encoding')).toBe('quoted-printable');
    expect(headers.get('Date')).toBe('Sun, 22 Nov 2026 10:15:00 +0000');
    expect(headers.get('To')).toBe('"Councillor Jane Smith" <jane.smith@herefordshire.gov.uk>');
    expect(headers.get('From')).toBe('"Webb, Danial" <danial.webb@herefordshire.gov.uk>');
    expect(headers.get('Subject')).toBe('Overdue: response to Children and Young People Scrutiny Committee recommendations');
  });
  it('uses CRLF everywhere and keeps header lines to 78 characters', () => {
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(raw).toContain('Subject: Overdue: response to Children and Young People Scrutiny Committee\r\n recommendations');
  });
  it('encodes "=" and a trailing space', () => {
    expect(body).toBe('Line one\r\nLine two ends in a space=20\r\n=3D sign\r\n');
  });
  it('encodes a non-ASCII subject and name as RFC 2047 words that decode back', () => {
    const subject = 'Réponse en retard — Children’s Services: £2m review of the Children and Young People’s Plan';
    const e = buildChaseEml({ to: 'a@b.gov.uk', toName: 'Siân O’Neill', subject, body: 'x', date: DATE });
    const { headers: h, raw: r } = split(e);
    expect(h.get('Subject')).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeWords(h.get('Subject')!)).toBe(subject);
    expect(decodeWords(h.get('To')!)).toBe('Siân O’Neill <a@b.gov.uk>');
    for (const line of r.split('\r\n')) {
      expect(line.length).toBeLessThanOrEqual(78);
      expect(line).toMatch(/^[\x20-\x7e]*$/);
    }
  });
  it('leaves the To line out when there is no address', () => {
    const e = buildChaseEml({ to: '', toName: 'Councillor Jane Smith', subject: 'x', body: 'y', date: DATE });
    expect(split(e).headers.has('To')).toBe(false);
    expect(split(e).headers.has('From')).toBe(false);
  });
  it('refuses header injection and addresses that are not addresses', () => {
    const base = { to: 'a@b.gov.uk', toName: 'A', subject: 'S', body: 'B', date: DATE };
    expect(() => buildChaseEml({ ...base, subject: 'Hello\r\nBcc: everyone@example.com' })).toThrow('The subject contains a line break');
    expect(() => buildChaseEml({ ...base, subject: 'Hello\nBcc: x@y.z' })).toThrow('The subject contains a line break');
    expect(() => buildChaseEml({ ...base, to: 'a@b.gov.uk\r\nBcc: x@y.z' })).toThrow('The recipient address contains a line break');
    expect(() => buildChaseEml({ ...base, toName: 'A\rBcc: x@y.z' })).toThrow('The recipient name contains a line break');
    expect(() => buildChaseEml({ ...base, to: '', toName: 'A\nBcc: x@y.z' })).toThrow('The recipient name contains a line break');
    expect(() => buildChaseEml({ ...base, to: 'a@b.gov.uk, c@d.gov.uk' })).toThrow('is not an email address');
    expect(() => buildChaseEml({ ...base, to: 'Jane Smith' })).toThrow('"Jane Smith" is not an email address');
    expect(() => buildChaseEml({ ...base, subject: ' ' })).toThrow('The email has no subject.');
  });
  it('keeps quoted-printable lines to 76 characters without splitting an escape', () => {
    const long = `${'€'.repeat(40)} ${'a'.repeat(200)}=${'é'.repeat(30)}`;
    const e = buildChaseEml({ to: 'a@b.gov.uk', toName: '', subject: 'x', body: long, date: DATE });
    const b = split(e).body;
    for (const line of b.split('\r\n')) {
      expect(line.length).toBeLessThanOrEqual(76);
      expect(line).not.toMatch(/=[0-9A-F]$/);
    }
    expect(decodeQp(b)).toBe(`${long}\r\n`);
    expect(split(e).headers.get('To')).toBe('a@b.gov.uk');
  });
});
