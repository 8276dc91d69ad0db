// The families batch 16's one run showed (tests/fixtures/minutes/real/batch16), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';

const found = (minutes: string) => parseMinutes(minutes).items.flatMap((i) => i.resolutions.map((r) => ({ item: i.number, label: r.label, kind: r.kind, text: r.text })));
const lines = (...l: string[]) => l.join('\n');

describe('batch 16 families', () => {
  it('reads items numbered in roman numerals before a title in capitals (Dundee)', () => {
    const minutes = lines('At a MEETING of the SCRUTINY COMMITTEE held at Dundee on 14th February, 2018.', 'I DECLARATION OF INTEREST', 'No declarations of interest were made.',
      'II INSPECTION OF OUR LADYS PRIMARY SCHOOL', 'There was submitted a report on the findings of the inspection.', 'The Committee:', '(i) noted the contents of the report; and', '(ii) instructed the Chief Education Officer to monitor progress.',
      'III INSPECTION OF MORGAN ACADEMY', 'There was submitted a report on the findings of the inspection.', 'The Committee:', '(i) noted the contents of the report; and', '(ii) instructed the Chief Education Officer to report back in a year.');
    const parsed = parseMinutes(minutes);
    expect(parsed.items.map((i) => i.number)).toEqual(['I', 'II', 'III']);
    expect(found(minutes).filter((r) => r.kind !== 'procedural').map((r) => r.item)).toEqual(['II', 'III']);
  });

  it('splits a list that goes on from an earlier decision\'s, "(f) that …, (g) that … and (h) that …"', () => {
    const minutes = lines('Decision', 'OUTCOME OF THE SCRUTINY COMMITTEE REVIEW OF THE CABINET DECISION ON PUBLIC CONVENIENCES', 'Outcome: Recommendations Approved', 'Content:',
      'RESOLVED that Cabinet agrees to add 3 further recommendations to its decision of 29 April: (f) that officers continue discussions with the town councils; (g) that the funding forms part of the budget process, and (h) that the conveniences remain open until the discussions are concluded.');
    expect(found(minutes).map((r) => [r.label, r.text.slice(0, 20)])).toEqual([
      ['f', 'That officers contin'],
      ['g', 'That the funding for'],
      ['h', 'That the convenience'],
    ]);
  });
});
