// The families batch 16's one run showed (tests/fixtures/minutes/real/batch16), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';
import { PROCEDURAL } from '../../../shared/minutes/procedural';
import { found, lines } from './familyHelpers';

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

  it.each([
    'The Executive agreed unanimously to the recommendations made by the Overview and Scrutiny Committee.',
    'The Committee acceded to a request from the Harbour Commission to attend a future meeting.',
    'An invitation would be sent to Network Rail asking if they could attend a future meeting.',
    'The Chairman asked Councillor Waters to investigate this further and to bring the issue back to the committee.',
  ])('reads the decision or promise in: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(true);
  });

  it.each(['To continue the item to a future meeting of the Common Good Fund.', 'To accept the contents of the report.'])('reads as procedural: %s', (text) => {
    expect(PROCEDURAL.some((re) => re.test(text))).toBe(true);
  });

  it('reads "The Executive Councillor resolved to:" as a marker', () => {
    const minutes = lines('Decision of Executive Councillor for Housing:', '', 'The Executive Councillor resolved to:', '', 'Approve the Council’s Housing Strategy for 2012-15.', '', 'Reason for the Decision:', '', 'As per the officer report');
    expect(found(minutes).map((r) => [r.kind === 'procedural', r.text])).toEqual([[false, 'Approve the Council’s Housing Strategy for 2012-15.']]);
  });

  it('keeps the topics named under "… on the following detailed issues:" inside the one resolution', () => {
    const minutes = lines('Minutes:', 'RESOLVED that the Working Group prepares further information for scrutiny by the Committee on the following detailed issues:', '• Prioritisation of enforcement cases',
      '• Protocols for Member involvement in enforcement processes', '• Arrangements for the closing of enforcement cases');
    const r = found(minutes);
    expect(r).toHaveLength(1);
    expect(r[0]?.text).toMatch(/^That the Working Group prepares further information[^]*closing of enforcement cases/);
  });

  it('says a decision told in the discussion was found there, not after a "Resolved" line', () => {
    const minutes = lines('6 Rail services', '', 'Members discussed delays on the line. It was agreed that an invitation be sent to Network Rail to attend the next meeting.');
    expect(parseMinutes(minutes).items.flatMap((i) => i.resolutions).map((r) => [r.found, r.uncertain])).toEqual([['narrative', true]]);
    expect(parseMinutes(lines('6 Rail services', '', 'RESOLVED: That Network Rail be invited to the next meeting.')).items[0]!.resolutions[0]!.found).toBe('after-marker');
    expect(parseMinutes(lines('6 Rail services', '', 'The Panel recommended that the Cabinet press for more frequent trains.')).items[0]!.resolutions[0]!.found).toBe('narrative');
  });
});
