// writeInterchange: a tracker written as interchange JSON and read back holds the same records, for
// one committee (the examples' shape) and for several (the committees form readInterchange also reads).
import { describe, expect, it } from 'vitest';
import appendix from '../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import schedule from '../fixtures/herefordshire-cypsc-schedule-2019-2021.json';
import tracker2021 from '../fixtures/herefordshire-cypsc-tracker-2021.json';
import { readInterchange } from '../../shared/interchange/readInterchange';
import { writeInterchange } from '../../shared/interchange/writeInterchange';
import type { Tracker } from '../../shared/model/types';

/** Everything but ids and time stamps, in order, so two trackers can be compared. */
function contents(t: Tracker) {
  return t.committees.map((c) => ({
    name: c.name,
    council: c.council,
    meetings: t.meetings
      .filter((m) => m.committeeId === c.id)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((m) => ({
        date: m.date,
        venue: m.venue,
        items: t.items
          .filter((i) => i.meetingId === m.id)
          .sort((a, b) => a.position - b.position)
          .map((i) => ({
            number: i.number,
            title: i.title,
            recs: t.recommendations
              .filter((r) => r.itemId === i.id)
              .sort((a, b) => a.position - b.position)
              .map(({ id: _i, createdAt: _c, updatedAt: _u, itemId: _t, ...r }) => ({
                ...r,
                updates: t.progressUpdates.filter((u) => u.recommendationId === _i).map((u) => [u.date, u.text]),
              })),
          })),
      })),
  }));
}

describe('writeInterchange', () => {
  it.each([
    ['the appendix', appendix],
    ['the schedule', schedule],
    ['the 2021 tracker', tracker2021],
  ])('writes %s in the examples\' shape, and reads back the same records', (_name, json) => {
    const original = readInterchange(json);
    const written = writeInterchange(original);
    expect('committee' in written && written.committee).toBe('Children and Young People Scrutiny Committee');
    const again = readInterchange(JSON.parse(JSON.stringify(written)));
    expect(again.meetings).toHaveLength(original.meetings.length);
    expect(again.items).toHaveLength(original.items.length);
    expect(again.recommendations).toHaveLength(original.recommendations.length);
    expect(contents(again)).toEqual(contents(original));
  });

  it('keeps the fields the examples do not have: officers, dates, RAG, kind, addressee and progress updates', () => {
    const t = readInterchange(schedule);
    const r = t.recommendations[3]!;
    Object.assign(r, {
      kind: 'action',
      addressee: 'partner',
      addresseeName: 'Wye Valley NHS Trust',
      leadOfficer: 'Director of Children’s Services',
      directorate: 'Children and Young People',
      receivedDate: '',
      responseDate: '2019-09-01',
      respondedBy: 'Cllr Smith',
      rag: 'amber',
      targetDate: '2020-03-31',
      status: 'work-programme',
    });
    t.progressUpdates.push({ id: 'u1', createdAt: '', updatedAt: '', recommendationId: r.id, date: '2019-10-01', text: 'Letter chased.' });
    const again = readInterchange(JSON.parse(JSON.stringify(writeInterchange(t))));
    expect(contents(again)).toEqual(contents(t));
  });

  it('writes several committees as { committees: [...] } and reads them back, an undated meeting included', () => {
    const a = readInterchange(appendix);
    const b = readInterchange({ committee: 'Adults and Wellbeing Scrutiny Committee', meetings: [{ date: null, items: [{ title: 'Carers', recommendations: [{ label: 'a', text: 'That carers are asked.' }] }] }] });
    const both: Tracker = {
      committees: [...a.committees, ...b.committees],
      meetings: [...a.meetings, ...b.meetings],
      items: [...a.items, ...b.items],
      recommendations: [...a.recommendations, ...b.recommendations],
      progressUpdates: [],
    };
    const written = writeInterchange(both, 'Herefordshire scrutiny');
    expect('committees' in written && written.committees.map((c) => c.committee)).toEqual([
      'Children and Young People Scrutiny Committee',
      'Adults and Wellbeing Scrutiny Committee',
    ]);
    const again = readInterchange(JSON.parse(JSON.stringify(written)));
    expect(contents(again)).toEqual(contents(both));
    expect(again.meetings.filter((m) => m.date === '')).toHaveLength(1);
  });

  it('says where a several-committee file is wrong', () => {
    expect(() => readInterchange({ committees: [] })).toThrow('committees is empty');
    expect(() => readInterchange({ committees: [{ committee: 'X', meetings: [{ date: '2023-02-30', items: [] }] }] })).toThrow(
      'committees[0].meetings[0].date should be a date written YYYY-MM-DD',
    );
    expect(() =>
      readInterchange({ committees: [{ committee: 'X', meetings: [] }, { committee: 'Y', meetings: [{ date: '2023-02-03', items: [{ title: 'T', recommendations: [{ label: '1', text: 'Do it', status: 'Paused' }] }] }] }] }),
    ).toThrow(/^committees\[1\]\.meetings\[0\]\.items\[0\]\.recommendations\[0\]\.status "Paused" is not a status/);
    expect(() => readInterchange({ committee: 'X', meetings: [{ date: '2023-02-03', items: [{ title: 'T', recommendations: [{ text: 'Do it', rag: 'purple' }] }] }] })).toThrow(
      /recommendations\[0\]\.rag should be one of "red", "amber", "green", "blue"/,
    );
  });
});
