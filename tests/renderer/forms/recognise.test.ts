// Telling a returned form from minutes when a file is dropped: by the reference in its name, or by what it holds.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildChaseLetterDocx, buildResponseForm } from '../../../shared/index';
import { isReturnedForm } from '../../../renderer/features/forms/recognise';
import { herefordshire } from '../../shared/chasing/fixtures';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('isReturnedForm', () => {
  it('knows a form by its name, or by its contents under any name, and minutes as not a form', async () => {
    const tracker = herefordshire();
    const form = await buildResponseForm(tracker, [tracker.recommendations[0]!.id], { reference: 'RF-1111-2222' });
    expect(await isReturnedForm(new File([new Uint8Array(form)], 'Response form RF-1111-2222 - Cllr Smith.docx', { type: DOCX }))).toBe(true);
    expect(await isReturnedForm(new File([new Uint8Array(form)], 'our reply.docx', { type: DOCX }))).toBe(true);
    const letter = await buildChaseLetterDocx({
      level: 'chase', to: { name: 'Cllr Smith' }, from: { name: 'Officer', title: 'Scrutiny officer', council: 'A council' }, date: '2026-12-07', subject: 'Overdue', bodyText: 'Please reply.',
      rows: [{ meetingDate: '2024-05-07', itemTitle: 'Item', label: '1', text: 'Words', receivedDate: '2024-05-07', dueDate: '2024-07-07', daysOverdue: 3 }],
    });
    expect(await isReturnedForm(new File([new Uint8Array(letter)], 'minutes 22 July 2025.docx', { type: DOCX }))).toBe(false);
    expect(await isReturnedForm(new File(['hello'], 'minutes.txt'))).toBe(false);
    expect(await isReturnedForm(new File([new Uint8Array(form.slice(0, 100))], 'broken.docx'))).toBe(false);
  });
});

describe('the workbook form', () => {
  it('offers the outcome as a drop-down list on every row', async () => {
    const tracker = herefordshire();
    const ids = tracker.recommendations.slice(0, 3).map((r) => r.id);
    const zip = await JSZip.loadAsync(await buildResponseForm(tracker, ids, { format: 'xlsx' }));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const lists = [...sheet.matchAll(/<dataValidation [^>]*type="list"[^>]*sqref="([A-Z0-9:]+)"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g)].map((m) => [m[1], m[2]]);
    // The three rows' outcome cells (E11 to E13), as one range; free typing is still allowed.
    expect(lists).toEqual([['E11:E13', '&quot;Accepted,Partially accepted,Rejected,Noted&quot;']]);
  });
});
