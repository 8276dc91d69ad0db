// readInterchange: the example trackers read whole, outcomes normalised, bad files refused with a place.
import { describe, expect, it } from 'vitest';
import appendix from '../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import schedule from '../fixtures/herefordshire-cypsc-schedule-2019-2021.json';
import tracker2021 from '../fixtures/herefordshire-cypsc-tracker-2021.json';
import { readInterchange } from '../../shared/index';

function countRecs(json: { meetings: { items: { recommendations: unknown[] }[] }[] }): number {
  return json.meetings.reduce((n, m) => n + m.items.reduce((k, i) => k + i.recommendations.length, 0), 0);
}

describe('readInterchange', () => {
  it('reads the Herefordshire appendix: one committee, every meeting, item and recommendation', () => {
    const t = readInterchange(appendix);
    expect(t.committees.map((c) => c.name)).toEqual(['Children and Young People Scrutiny Committee']);
    expect(t.committees[0]?.council).toBe('Herefordshire Council');
    // 10 printed date blocks, two of them 30 July 2024: one meeting that day, so 9 meetings.
    expect(t.meetings.map((m) => m.date)).toEqual([
      '2023-09-26', '2023-11-14', '2024-01-23', '2024-03-12', '2024-05-07', '2024-06-13', '2024-07-30', '2024-11-26', '2025-01-21',
    ]);
    const july = t.meetings.find((m) => m.date === '2024-07-30')!;
    expect(t.items.filter((i) => i.meetingId === july.id).sort((a, b) => a.position - b.position).map((i) => i.title)).toEqual([
      "Children's Services Complaints", "Families' Commission Update", 'Quality Assurance', 'Improvement Plan',
    ]);
    expect(t.recommendations).toHaveLength(countRecs(appendix));
    const ids = new Set([...t.committees, ...t.meetings, ...t.items, ...t.recommendations].map((r) => r.id));
    expect(ids.size).toBe(t.committees.length + t.meetings.length + t.items.length + t.recommendations.length);
  });

  it('normalises outcome wording and keeps the response, label and note', () => {
    const t = readInterchange(appendix);
    const outcomes = new Set(t.recommendations.map((r) => r.responseOutcome));
    expect(outcomes.has('Partially accepted')).toBe(true);
    expect([...outcomes].every((o) => ['', 'Accepted', 'Partially accepted', 'Rejected', 'Noted', 'Unclear', 'No response received'].includes(o))).toBe(true);
    const first = t.recommendations[0]!;
    expect(first.label).toBe('1');
    expect(first.text).toMatch(/^The council will make full use of school information/);
    expect(first.responseOutcome).toBe('Accepted');
    expect(first.responseText).toBe('Noted');
    expect(first.receivedDate).toBe('2023-09-26');
    const noted = t.recommendations.find((r) => r.notes.includes('Local Transport Plan'));
    expect(noted).toBeDefined();
  });

  it('reads the schedule (actions and statuses) and the 2021 tracker', () => {
    const s = readInterchange(schedule);
    expect(s.recommendations).toHaveLength(countRecs(schedule));
    expect(s.recommendations[0]?.action).toBe('Circulated on 3 October 2019');
    expect(s.recommendations[0]?.status).toBe('completed');
    expect(s.recommendations[1]?.status).toBe('open');
    const r = readInterchange(tracker2021);
    expect(r.recommendations).toHaveLength(countRecs(tracker2021));
  });

  it('says what is wrong and where', () => {
    const broken = structuredClone(appendix) as { meetings: { items: { recommendations: Record<string, unknown>[] }[] }[] };
    delete broken.meetings[2]!.items[0]!.recommendations[0]!.text;
    expect(() => readInterchange(broken)).toThrow('meetings[2].items[0].recommendations[0].text is missing');
    expect(() => readInterchange(null)).toThrow(/not a tracker/);
    expect(() => readInterchange({ committee: 'X', meetings: [{ date: '2023-02-30', items: [] }] })).toThrow(
      'meetings[0].date should be a date written YYYY-MM-DD',
    );
    expect(() =>
      readInterchange({ committee: 'X', meetings: [{ date: '2023-02-03', items: [{ title: 'T', recommendations: [{ label: '1', text: 'Do it', response_outcome: 'Maybe' }] }] }] }),
    ).toThrow(/recommendations\[0\]\.response_outcome "Maybe" is not an outcome/);
  });
});
