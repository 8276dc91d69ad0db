// planMinutesImport: minutes matched against what the tracker already holds, so nothing is planned twice.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  emptyTracker,
  newId,
  newRecommendation,
  parseMinutes,
  planMinutesImport,
  readInterchange,
  type ParsedMinutes,
  type Tracker,
} from '../../../shared/index';

const seed004 = readFileSync(new URL('../../fixtures/004_96e372cf547dc9a6.txt', import.meta.url), 'utf8');
const appendix = JSON.parse(readFileSync(new URL('../../fixtures/herefordshire-cypsc-appendix-2023-2025.json', import.meta.url), 'utf8'));

const stamp = '2026-01-01T00:00:00.000Z';

/** What an import of every resolution of `minutes` into an empty tracker would hold (the officer's first import). */
function trackerOf(minutes: ParsedMinutes, committee = minutes.committee ?? 'Scrutiny Committee'): Tracker {
  const t = emptyTracker();
  const committeeId = newId();
  const meetingId = newId();
  t.committees.push({ id: committeeId, createdAt: stamp, updatedAt: stamp, name: committee, council: '' });
  t.meetings.push({ id: meetingId, createdAt: stamp, updatedAt: stamp, committeeId, date: minutes.meetingDate ?? '', venue: '' });
  minutes.items.forEach((item, position) => {
    const itemId = newId();
    t.items.push({ id: itemId, createdAt: stamp, updatedAt: stamp, meetingId, number: item.number ?? '', title: item.title ?? '', position });
    item.resolutions.forEach((r, i) =>
      t.recommendations.push(newRecommendation({ itemId, position: i, label: r.label ?? '', text: r.text, kind: r.kind }, minutes.meetingDate ?? '')),
    );
  });
  return t;
}

const statuses = (entries: ReturnType<typeof planMinutesImport>) => entries.map((e) => e.status);

// Minutes of the appendix's meeting of 23 January 2024 as the council printed them: titles in
// capitals with straight quotes, the budget recommendations labelled (a) to (g), which the Word
// appendix printed without labels.
const january2024: ParsedMinutes = {
  committee: 'Children & Young People Scrutiny Committee',
  meetingDate: '2024-01-23',
  items: [
    { number: '180', title: 'MINUTES', resolutions: [{ label: null, text: 'That the minutes of the meeting held on 14 November 2023 be confirmed as a correct record.', kind: 'procedural', addressee: null }] },
    {
      number: '181',
      title: "SAFEGUARDING CHILDREN'S PARTNERSHIP ANNUAL REPORT 2022/23",
      resolutions: [{ label: '1', text: 'That a workshop be held including all data analysts from across the partnership.', kind: 'recommendation', addressee: 'partner' }],
    },
    {
      number: '183',
      title: 'TASK AND FINISH GROUP - CHILDREN AND YOUNG PEOPLE DIRECTORATE BUDGET',
      resolutions: appendix.meetings
        .find((m: { date: string }) => m.date === '2024-01-23')
        .items[1].recommendations.map((r: { text: string }, i: number) => ({
          label: 'abcdefg'[i],
          // Straight quotes where the appendix has curly ones.
          text: r.text.replace(/[‘’]/g, "'"),
          kind: 'recommendation',
          addressee: 'executive',
        })),
    },
  ],
};

describe('planMinutesImport', () => {
  it('plans everything as new where the tracker has no meeting of that committee on that date', () => {
    const parsed = parseMinutes(seed004);
    const plan = planMinutesImport(emptyTracker(), parsed);
    expect(plan).toHaveLength(parsed.items.flatMap((i) => i.resolutions).length);
    expect(new Set(statuses(plan))).toEqual(new Set(['new']));
    expect(plan.every((e) => e.existingId === undefined && e.itemId === undefined)).toBe(true);
    // One entry per resolution, in document order, with its item.
    expect(plan.map((e) => e.resolution.text)).toEqual(parsed.items.flatMap((i) => i.resolutions.map((r) => r.text)));
    expect(plan.find((e) => e.resolution.text.startsWith('For full Council'))?.item).toEqual({ number: '7', title: "HEREFORDSHIRE CHILDREN'S SERVICES AND PARTNERSHIP IMPROVEMENT PLAN" });
  });

  it('plans the same minutes twice as all the same, each pointing at its own record', () => {
    const parsed = parseMinutes(seed004);
    const tracker = trackerOf(parsed);
    const plan = planMinutesImport(tracker, parsed);
    expect(new Set(statuses(plan))).toEqual(new Set(['same']));
    expect(plan.map((e) => e.existingId)).toEqual(tracker.recommendations.map((r) => r.id));
    expect(plan.every((e) => e.meetingId === tracker.meetings[0]!.id)).toBe(true);
    expect(plan.map((e) => e.itemId)).toEqual(tracker.recommendations.map((r) => r.itemId));
  });

  it('after the officer corrects imported recommendations, the same minutes are different or the same, never new', () => {
    const parsed = parseMinutes(seed004);
    const tracker = trackerOf(parsed);
    const recs = tracker.recommendations;
    const labelled = recs.find((r) => r.label !== '' && r.kind === 'recommendation')!;
    const unlabelled = recs.find((r) => r.label === '')!;
    // A rewording under its label, a completed sentence without one, and a corrected label.
    labelled.text = 'Entirely reworded by the officer after the meeting, at the chair’s request.';
    unlabelled.text = `${unlabelled.text.replace(/\.$/, '')}, as the chair asked at the meeting and the clerk confirmed.`;
    recs[recs.length - 1]!.label = recs[recs.length - 1]!.label === '9' ? '8' : '9';
    const plan = planMinutesImport(tracker, parsed);
    expect(statuses(plan)).not.toContain('new');
    const byId = new Map(plan.map((e) => [e.existingId, e]));
    expect(byId.get(labelled.id)).toMatchObject({ status: 'differs', differences: [{ field: 'text', tracker: labelled.text }] });
    expect(byId.get(unlabelled.id)?.status).toBe('differs');
    expect(new Set(plan.map((e) => e.existingId)).size).toBe(plan.length);
  });

  it('plans no new copies of a meeting already held from last year’s Word appendix', () => {
    const tracker = readInterchange(appendix);
    const plan = planMinutesImport(tracker, january2024);
    expect(statuses(plan)).toEqual(['new', 'same', 'same', 'same', 'same', 'same', 'same', 'same', 'same']);
    const meeting = tracker.meetings.find((m) => m.date === '2024-01-23')!;
    const items = tracker.items.filter((i) => i.meetingId === meeting.id).sort((a, b) => a.position - b.position);
    // The procedural minute is new, but goes to the meeting already there.
    expect(plan[0]).toMatchObject({ status: 'new', meetingId: meeting.id });
    expect(plan[0]?.itemId).toBeUndefined();
    expect(plan[1]?.itemId).toBe(items[0]!.id);
    expect(plan.slice(2).every((e) => e.itemId === items[1]!.id)).toBe(true);
    expect(new Set(plan.slice(1).map((e) => e.existingId)).size).toBe(8);
  });

  it('matches items by number or title and recommendations by label and wording', () => {
    const tracker = trackerOf({
      committee: 'Adults Scrutiny',
      meetingDate: '2025-03-12',
      items: [
        { number: '7', title: 'Care Fees’ Review', resolutions: [{ label: '1', text: 'Publish the fees.', kind: 'recommendation', addressee: null }] },
        { number: '', title: 'Libraries', resolutions: [{ label: '', text: 'Keep the branch libraries open until the review ends.', kind: 'recommendation', addressee: null }] },
      ],
    });
    const plan = planMinutesImport(tracker, {
      committee: 'The Adults Scrutiny',
      meetingDate: '2025-03-12',
      items: [
        // The same number, another title: the same item.
        { number: '7.', title: 'ADULT SOCIAL CARE', resolutions: [
          { label: '(1)', text: 'Publish the fees, with last year’s for comparison.', kind: 'recommendation', addressee: null },
          { label: '2', text: 'Write to the minister.', kind: 'recommendation', addressee: null },
        ] },
        // No number, the title with other case and punctuation.
        { number: null, title: 'LIBRARIES.', resolutions: [{ label: 'a', text: 'keep the branch  libraries open until the review ends.', kind: 'recommendation', addressee: null }] },
      ],
    });
    const [care, libraries] = tracker.items;
    expect(plan.map((e) => [e.status, e.itemId])).toEqual([
      ['differs', care!.id],
      ['new', care!.id],
      ['same', libraries!.id],
    ]);
    expect(plan[0]?.differences).toEqual([{ field: 'text', tracker: 'Publish the fees.', minutes: 'Publish the fees, with last year’s for comparison.' }]);
  });

  it('says a label differs only where both sides print one', () => {
    const minutes: ParsedMinutes = {
      committee: 'Scrutiny', meetingDate: '2025-01-01',
      items: [{ number: '3', title: 'Roads', resolutions: [{ label: 'b', text: 'Fill the potholes.', kind: 'recommendation', addressee: null }] }],
    };
    const tracker = trackerOf(minutes);
    tracker.recommendations[0]!.label = '2';
    expect(planMinutesImport(tracker, minutes)[0]).toMatchObject({ status: 'differs', differences: [{ field: 'label', tracker: '2', minutes: 'b' }] });
    tracker.recommendations[0]!.label = '';
    expect(planMinutesImport(tracker, minutes)[0]?.status).toBe('same');
  });

  it('finds a recommendation the officer moved to another item, and the same decision printed twice', () => {
    const minutes: ParsedMinutes = {
      committee: 'Scrutiny', meetingDate: '2025-01-01',
      items: [
        { number: '3', title: 'Roads', resolutions: [{ label: null, text: 'Fill the potholes on the A49 before winter.', kind: 'recommendation', addressee: null }] },
        { number: '4', title: 'Buses', resolutions: [{ label: null, text: 'Restore the Sunday service.', kind: 'recommendation', addressee: null }] },
      ],
    };
    const tracker = trackerOf(minutes);
    tracker.recommendations[1]!.itemId = tracker.items[0]!.id;
    const twice: ParsedMinutes = { ...minutes, items: [...minutes.items, { number: null, title: 'Decision', resolutions: [{ label: null, text: 'Restore the Sunday  service.', kind: 'recommendation', addressee: null }] }] };
    const plan = planMinutesImport(tracker, twice);
    expect(statuses(plan)).toEqual(['same', 'same', 'same']);
    expect(plan[1]?.existingId).toBe(tracker.recommendations[1]!.id);
    expect(plan[2]?.existingId).toBe(tracker.recommendations[1]!.id);
  });

  it('keeps committees and dates apart, and follows the target over what the minutes print', () => {
    const minutes: ParsedMinutes = {
      committee: 'Scrutiny', meetingDate: '2025-01-01',
      items: [{ number: '3', title: 'Roads', resolutions: [{ label: null, text: 'Fill the potholes.', kind: 'recommendation', addressee: null }] }],
    };
    const tracker = trackerOf(minutes);
    const other = { ...minutes, committee: 'Audit Committee' };
    expect(planMinutesImport(tracker, other)[0]?.status).toBe('new');
    expect(planMinutesImport(tracker, { ...minutes, meetingDate: '2025-01-02' })[0]?.status).toBe('new');
    expect(planMinutesImport(tracker, other, { committee: tracker.committees[0]!.id })[0]?.status).toBe('same');
    expect(planMinutesImport(tracker, other, { committee: 'scrutiny' })[0]?.status).toBe('same');
    expect(planMinutesImport(tracker, minutes, { meetingDate: '2025-02-02' })[0]?.status).toBe('new');
    expect(planMinutesImport(tracker, { ...minutes, meetingDate: null })[0]?.status).toBe('new');
  });
});
