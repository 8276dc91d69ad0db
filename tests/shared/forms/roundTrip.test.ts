// Round trips of the two-way forms: built from the example tracker, filled in as a person would (typing in cells,
// extra paragraphs, tracked changes, rows moved, a reference deleted, re-saved in LibreOffice), read back: exactly
// the intended answers, and nothing else. Expected answers are written out here by hand, not taken from a reading.
import { describe, expect, it } from 'vitest';
import { buildResponseForm, readResponseForm, rowReference, type Recommendation, type Tracker } from '../../../shared/index';
import { herefordshire } from '../chasing/fixtures';
import { fillDocx, fillXlsx, hasLibreOffice, resaveWithLibreOffice, SKIP_LIBREOFFICE } from './fill';

const SETTINGS = { councilName: 'Herefordshire Council', officerName: 'Danial Webb', officerEmail: 'scrutiny@herefordshire.gov.uk', officerAddress: 'Plough Lane\nHereford HR4 0LE' };

/** The example with the recommendations of its 7 May 2024 meeting made outstanding again, for forms of several rows. */
function exampleWithOutstanding(): { tracker: Tracker; outstanding: Recommendation[]; more: Recommendation[] } {
  const tracker = herefordshire();
  const outstanding = tracker.recommendations.filter((r) => r.responseOutcome === '');
  const meeting = tracker.meetings.find((m) => m.date === '2024-05-07')!;
  const items = new Set(tracker.items.filter((i) => i.meetingId === meeting.id).map((i) => i.id));
  const more = tracker.recommendations.filter((r) => items.has(r.itemId) && r.responseOutcome !== '').slice(0, 3);
  for (const r of more) Object.assign(r, { responseOutcome: '', responseText: '', responseDate: '' });
  return { tracker, outstanding, more };
}

const maybeResave = (bytes: Uint8Array, ext: 'docx' | 'xlsx') => (hasLibreOffice ? resaveWithLibreOffice(bytes, ext) : bytes);

describe('response form round trip (.docx)', () => {
  it('reads back the answers typed into the example’s outstanding recommendation, with an extra paragraph, after a re-save in LibreOffice', async (ctx) => {
    const { tracker, outstanding } = exampleWithOutstanding();
    expect(outstanding).toHaveLength(1);
    const [rec] = outstanding as [Recommendation];
    const ref = rowReference(rec.id);
    const form = await buildResponseForm(tracker, [rec.id], { kind: 'response', format: 'docx', reference: 'RF-7K2M-9QXA', date: '2026-12-07', settings: SETTINGS, to: { name: 'Cllr Ivan Powell' } });
    const filled = await fillDocx(
      form,
      {
        [ref]: {
          outcome: 'Partially accepted',
          response: ['The council will appoint a member champion for children in care.', 'A wider role will be considered at the annual meeting.'],
          action: 'Report to Council in May 2027.',
          leadOfficer: 'Director of Children’s Services',
          targetDate: '31/3/27',
        },
      },
      { completedBy: 'Cllr Ivan Powell, Cabinet member for children and families', completedOn: '1 December 2026' },
    );
    if (!hasLibreOffice) ctx.annotate(SKIP_LIBREOFFICE);
    const reading = await readResponseForm(maybeResave(filled, 'docx'), tracker);
    expect(reading).toEqual({
      formReference: 'RF-7K2M-9QXA',
      kind: 'response',
      format: 'docx',
      completedBy: 'Cllr Ivan Powell, Cabinet member for children and families',
      completedOn: '2026-12-01',
      problems: [],
      rows: [
        {
          recommendationId: rec.id,
          reference: ref,
          text: expect.stringContaining('elected member'),
          outcome: 'Partially accepted',
          response: 'The council will appoint a member champion for children in care.\nA wider role will be considered at the annual meeting.',
          action: 'Report to Council in May 2027.',
          leadOfficer: 'Director of Children’s Services',
          targetDate: '2027-03-31',
          problems: [],
        },
      ],
    });
  }, 200_000);

  it('reads rows moved, a reference deleted, free typing and tracked changes, after a re-save in LibreOffice', async (ctx) => {
    const { tracker, outstanding, more } = exampleWithOutstanding();
    const chosen = new Set([...outstanding, ...more].map((r) => r.id));
    // The form lists them in the tracker's order.
    const recs = tracker.recommendations.filter((r) => chosen.has(r.id));
    expect(recs).toHaveLength(4);
    const [a, b, c, d] = recs.map((r) => rowReference(r.id)) as [string, string, string, string];
    const form = await buildResponseForm(tracker, recs.map((r) => r.id), { format: 'docx', reference: 'RF-AAAA-BBBB', date: '2026-12-07', settings: SETTINGS });
    const filled = await fillDocx(
      form,
      {
        [a]: { outcome: 'accepted in part', response: 'Agreed for children in care.' },
        [b]: { outcome: 'Agreed', response: 'Yes.', targetDate: 'by 30 June 2027 at the latest' },
        [c]: { outcome: 'Not accepted', response: ['Not affordable this year.', '', 'To be looked at again in 2027.'] },
        // d left blank: a row nobody answered.
      },
      { tracked: true, reverse: true, dropReference: c },
    );
    if (!hasLibreOffice) ctx.annotate(SKIP_LIBREOFFICE);
    const reading = await readResponseForm(maybeResave(filled, 'docx'), tracker);
    expect(reading.formReference).toBe('RF-AAAA-BBBB');
    const byId = new Map(reading.rows.map((r) => [r.recommendationId, r]));
    expect(reading.rows.map((r) => r.recommendationId)).toEqual([recs[3]!.id, recs[2]!.id, recs[1]!.id, recs[0]!.id]);
    expect(byId.get(recs[0]!.id)).toEqual({ recommendationId: recs[0]!.id, reference: a, text: expect.any(String), outcome: 'Partially accepted', response: 'Agreed for children in care.', problems: [] });
    expect(byId.get(recs[1]!.id)).toEqual({
      recommendationId: recs[1]!.id,
      reference: b,
      text: expect.any(String),
      outcome: 'Accepted',
      response: 'Yes.',
      targetDate: '2027-06-30',
      problems: ['The target date cell says “by 30 June 2027 at the latest”: 30 June 2027 was taken as the date.'],
    });
    expect(byId.get(recs[2]!.id)).toEqual({
      recommendationId: recs[2]!.id,
      reference: '',
      text: expect.any(String),
      outcome: 'Rejected',
      response: 'Not affordable this year.\nTo be looked at again in 2027.',
      problems: ['This row had lost its reference; it was matched by the recommendation’s words.'],
    });
    expect(byId.get(recs[3]!.id)).toEqual({ recommendationId: recs[3]!.id, reference: d, text: expect.any(String), problems: [] });
  }, 200_000);
});

describe('response form round trip (.xlsx)', () => {
  it('reads back a workbook filled in with exceljs, rows moved and one reference deleted', async () => {
    const { tracker, outstanding, more } = exampleWithOutstanding();
    const chosen = new Set([...outstanding, ...more.slice(0, 2)].map((r) => r.id));
    const recs = tracker.recommendations.filter((r) => chosen.has(r.id));
    const [a, b, c] = recs.map((r) => rowReference(r.id)) as [string, string, string];
    const form = await buildResponseForm(tracker, recs.map((r) => r.id), { format: 'xlsx', reference: 'RF-CCCC-DDDD', date: '2026-12-07', settings: SETTINGS });
    const filled = await fillXlsx(
      form,
      {
        [a]: { outcome: 'Noted', response: ['Noted by the cabinet member.', 'No action needed.'] },
        [b]: { outcome: 'Accepted', action: 'Training for governors', leadOfficer: 'Head of Education', targetDate: '2027-01-31' },
        [c]: { outcome: 'Rejected', response: 'Outside the council’s powers.' },
      },
      { reverse: true, dropReference: b, completedBy: 'Jane Smith, Cabinet office', completedOn: '02/12/2026' },
    );
    const reading = await readResponseForm(filled, tracker);
    expect(reading).toMatchObject({ formReference: 'RF-CCCC-DDDD', kind: 'response', format: 'xlsx', completedBy: 'Jane Smith, Cabinet office', completedOn: '2026-12-02', problems: [] });
    expect(reading.rows.map((r) => r.recommendationId)).toEqual([recs[2]!.id, recs[1]!.id, recs[0]!.id]);
    expect(reading.rows[2]).toEqual({ recommendationId: recs[0]!.id, reference: a, text: expect.any(String), outcome: 'Noted', response: 'Noted by the cabinet member.\nNo action needed.', problems: [] });
    expect(reading.rows[1]).toEqual({
      recommendationId: recs[1]!.id,
      reference: '',
      text: expect.any(String),
      outcome: 'Accepted',
      action: 'Training for governors',
      leadOfficer: 'Head of Education',
      targetDate: '2027-01-31',
      problems: ['This row had lost its reference; it was matched by the recommendation’s words.'],
    });
    expect(reading.rows[0]).toEqual({ recommendationId: recs[2]!.id, reference: c, text: expect.any(String), outcome: 'Rejected', response: 'Outside the council’s powers.', problems: [] });
  });
});

describe('update form round trip', () => {
  for (const format of ['docx', 'xlsx'] as const) {
    it(`reads progress, RAG, a revised date with its reason and "implemented" (.${format})`, async () => {
      const tracker = herefordshire();
      const accepted = tracker.recommendations.filter((r) => r.responseOutcome === 'Accepted').slice(0, 2);
      const [a, b] = accepted.map((r) => rowReference(r.id)) as [string, string];
      const form = await buildResponseForm(tracker, accepted.map((r) => r.id), { kind: 'update', format, reference: 'UF-EEEE-FFFF', date: '2026-12-07', settings: SETTINGS });
      const answers = {
        [a]: { progress: ['Two training sessions held.', 'A third is booked for January.'], rag: 'Amber', revisedTargetDate: '28 February 2027', revisedTargetReason: 'Trainer unavailable in December.', implemented: 'No' },
        [b]: { progress: 'Done: the new policy was published in November.', rag: 'green', implemented: 'Yes' },
      };
      const filled = format === 'docx' ? await fillDocx(form, answers, { kind: 'update' }) : await fillXlsx(form, answers, { kind: 'update' });
      const reading = await readResponseForm(filled, tracker);
      expect(reading).toMatchObject({ formReference: 'UF-EEEE-FFFF', kind: 'update', format, problems: [] });
      expect(reading.rows).toEqual([
        {
          recommendationId: accepted[0]!.id,
          reference: a,
          text: expect.any(String),
          progress: 'Two training sessions held.\nA third is booked for January.',
          rag: 'amber',
          targetDate: '2027-02-28',
          revisedTargetDate: '2027-02-28',
          revisedTargetReason: 'Trainer unavailable in December.',
          implemented: false,
          problems: [],
        },
        { recommendationId: accepted[1]!.id, reference: b, text: expect.any(String), progress: 'Done: the new policy was published in November.', rag: 'green', implemented: true, problems: [] },
      ]);
    });
  }
});
