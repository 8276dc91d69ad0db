// The form's email draft (multipart, the form attached and decodable) and which accepted recommendations are due an update.
import { describe, expect, it } from 'vitest';
import { buildFormEml, formsDue, planReturnedForm, type ProgressUpdate, type ResponseFormReading } from '../../../shared/index';
import { herefordshire, rec } from '../chasing/fixtures';

describe('buildFormEml', () => {
  const bytes = new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 37) % 256));
  const eml = buildFormEml({
    to: 'jane.smith@council.gov.uk',
    toName: 'Cllr Jane Smith',
    subject: 'Response to Children’s committee recommendations (RF-AAAA-BBBB)',
    body: 'Dear Cllr Smith,\n\nPlease fill in the form.',
    attachment: { fileName: 'Response form RF-AAAA-BBBB - Cllr Jane Smith.docx', bytes, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    date: new Date(Date.UTC(2026, 11, 7, 10, 0, 0)),
  });

  it('is an unsent draft with a text part and the form attached in base64 lines of 76', () => {
    expect(eml.startsWith('X-Unsent: 1\r\nTo: "Cllr Jane Smith" <jane.smith@council.gov.uk>\r\n')).toBe(true);
    expect(eml).toContain('Subject: =?UTF-8?B?');
    expect(eml).toContain('Date: Mon, 7 Dec 2026 10:00:00 +0000');
    const boundary = /boundary="([^"]+)"/.exec(eml)![1]!;
    const parts = eml.split(`--${boundary}`);
    expect(parts).toHaveLength(4);
    expect(parts[3]).toBe('--\r\n');
    expect(parts[1]).toContain('Content-Type: text/plain; charset=UTF-8');
    expect(parts[2]).toContain('Content-Disposition: attachment; filename="Response form RF-AAAA-BBBB - Cllr Jane Smith.docx"');
    const body = parts[2]!.split('\r\n\r\n')[1]!.trim();
    for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'))).toEqual(bytes);
  });

  it('refuses a header with a line break in it, and a bad address', () => {
    const base = { to: '', toName: 'x', subject: 'S', body: 'B', attachment: { fileName: 'f.docx', bytes, mimeType: 'x/y' } };
    expect(() => buildFormEml({ ...base, subject: 'S\r\nBcc: all@council.gov.uk' })).toThrow(/line break/);
    expect(() => buildFormEml({ ...base, to: 'not an address' })).toThrow(/is not an email address/);
    expect(buildFormEml(base)).not.toMatch(/^To:/m);
  });
});

describe('formsDue', () => {
  it('asks about accepted, unfinished recommendations whose target is near or whose last update is six months old', () => {
    const near = rec({ responseOutcome: 'Accepted', targetDate: '2026-12-20', responseDate: '2026-11-01' });
    const stale = rec({ responseOutcome: 'Partially accepted', targetDate: '2027-06-30', responseDate: '2025-01-10' });
    const fresh = rec({ responseOutcome: 'Accepted', targetDate: '2027-06-30', responseDate: '2025-01-10' });
    const done = rec({ responseOutcome: 'Accepted', targetDate: '2026-12-20', status: 'completed' });
    const reported = rec({ responseOutcome: 'Accepted', targetDate: '2026-12-20', implementedOn: '2026-11-30' });
    const rejected = rec({ responseOutcome: 'Rejected', targetDate: '2026-12-20' });
    const updates: ProgressUpdate[] = [{ id: 'u', createdAt: '', updatedAt: '', recommendationId: fresh.id, date: '2026-10-01', text: 'Going well.' }];
    const due = formsDue([near, stale, fresh, done, reported, rejected], updates, '2026-12-07', { nearDays: 30, staleMonths: 6 });
    expect(due.map((d) => [d.recommendation.id, d.why])).toEqual([
      [near.id, 'Target date 20 December 2026'],
      [stale.id, 'Last update 10 January 2025'],
    ]);
  });
});

describe('planReturnedForm for an update form', () => {
  it('adds a dated progress update, the revised date with its reason, and "implemented" as the owner reported it', () => {
    const tracker = herefordshire();
    const r = tracker.recommendations.find((x) => x.responseOutcome === 'Accepted')!;
    const reading: ResponseFormReading = {
      formReference: 'UF-AAAA-BBBB', kind: 'update', format: 'docx', completedBy: 'Head of Service', problems: [],
      rows: [{ recommendationId: r.id, reference: 'R-X', text: r.text, progress: 'All done.', rag: 'green', revisedTargetDate: '2027-02-28', revisedTargetReason: 'Staff shortage.', implemented: true, problems: [] }],
    };
    const plan = planReturnedForm(reading, tracker, { returnedOn: '2026-12-09' });
    expect(plan.source).toBe('update form UF-AAAA-BBBB returned by Head of Service on 9 December 2026');
    expect(plan.entries[0]).toMatchObject({
      progress: { date: '2026-12-09', text: 'All done.' },
      targetReason: 'Staff shortage.',
      changes: [
        { field: 'rag', to: 'green' },
        { field: 'targetDate', to: '2027-02-28' },
        { field: 'implementedOn', to: '2026-12-09' },
        { field: 'implementedBy', to: 'Head of Service' },
      ],
    });
  });
});
