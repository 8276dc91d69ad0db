// Returned files that are not good forms: each gets a plain-English message and the tracker is not touched.
import { describe, expect, it } from 'vitest';
import { buildChaseLetterDocx, buildResponseForm, readResponseForm, rowReference, type FormRequestRecord, type Tracker } from '../../../shared/index';
import { herefordshire } from '../chasing/fixtures';
import { fillDocx } from './fill';
import { docxBomb, xlsxBomb } from '../documents/zipBombs';

const outstanding = (t: Tracker) => t.recommendations.filter((r) => r.responseOutcome === '');

async function filledForm(tracker: Tracker, reference = 'RF-1111-2222') {
  const [rec] = outstanding(tracker);
  const form = await buildResponseForm(tracker, [rec!.id], { reference, date: '2026-12-07' });
  return fillDocx(form, { [rowReference(rec!.id)]: { outcome: 'Accepted', response: 'We agree.' } });
}

describe('bad returned forms', () => {
  it('refuses a Word document that is not a form', async () => {
    const tracker = herefordshire();
    const before = JSON.stringify(tracker);
    const letter = await buildChaseLetterDocx({
      level: 'chase', to: { name: 'Cllr Smith' }, from: { name: 'Danial Webb', title: 'Scrutiny officer', council: 'Herefordshire Council' },
      date: '2026-12-07', subject: 'Overdue', bodyText: 'Please reply.',
      rows: [{ meetingDate: '2024-05-07', itemTitle: 'Item', label: '1', text: 'Words', receivedDate: '2024-05-07', dueDate: '2024-07-07', daysOverdue: 3 }],
    });
    await expect(readResponseForm(letter, tracker)).rejects.toThrow(/not a response or update form from Scrutiny Tracker/);
    expect(JSON.stringify(tracker)).toBe(before);
  });

  it('refuses a form made by another tracker', async () => {
    const form = await filledForm(herefordshire());
    // The same example opened again is another tracker: the same words, other records.
    await expect(readResponseForm(form, herefordshire())).rejects.toThrow('comes from another tracker: none of its 1 recommendation is in this one');
  });

  it('refuses a form already read in, whether or not the request was logged', async () => {
    const tracker = herefordshire();
    const [rec] = outstanding(tracker);
    const form = await filledForm(tracker);
    const logged: FormRequestRecord = {
      id: 'f1', createdAt: '', updatedAt: '', recommendationId: rec!.id, formReference: 'RF-1111-2222', kind: 'response', format: 'docx',
      sentOn: '2026-12-07', to: 'Cllr Smith', status: 'returned', returnedOn: '2026-12-09', returnedBy: 'Jane Smith',
    };
    await expect(readResponseForm(form, { ...tracker, forms: [logged] })).rejects.toThrow('This form (RF-1111-2222) was read in on 9 December 2026, as completed by Jane Smith: its answers are already in the tracker');
    // Not logged, but its answers are what the tracker holds already.
    Object.assign(rec!, { responseOutcome: 'Accepted', responseText: 'We agree.' });
    await expect(readResponseForm(form, tracker)).rejects.toThrow(/already in the tracker: it seems to have been read in before/);
  });

  it('refuses a truncated file and an empty one', async () => {
    const tracker = herefordshire();
    const form = await filledForm(tracker);
    await expect(readResponseForm(form.slice(0, Math.floor(form.length / 2)), tracker)).rejects.toThrow(/damaged or incomplete/);
    await expect(readResponseForm(form.slice(0, 40), tracker)).rejects.toThrow(/damaged or incomplete/);
    await expect(readResponseForm(new Uint8Array(), tracker)).rejects.toThrow(/This file is empty/);
    await expect(readResponseForm(new TextEncoder().encode('Outcome: accepted'), tracker)).rejects.toThrow(/not a response or update form/);
  });
});

describe('returned forms that lie about their size', () => {
  const GB = 1024 * 1024 * 1024;
  it('refuses a Word form whose document inflates to 2 GB with the size message, not "damaged"', async () => {
    await expect(readResponseForm(docxBomb(2 * GB), herefordshire())).rejects.toThrow(/far more than any real Word document or Excel workbook holds/);
  });
  it('refuses an Excel form whose shared strings inflate to 2 GB before exceljs opens it', async () => {
    await expect(readResponseForm(xlsxBomb(2 * GB), herefordshire())).rejects.toThrow(/far more than any real Word document or Excel workbook holds/);
  });
});
