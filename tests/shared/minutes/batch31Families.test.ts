// The families batch 31's one run showed (tests/fixtures/minutes/real/batch31), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { found, lines } from './familyHelpers';

describe('batch 31 families', () => {
  it('reads "Approved the … Report." after "(1) Endorsed the actions …;" as the next point, its label lost', () => {
    const minutes = lines('Minutes:', '', 'RESOLVED: That Cabinet', '(1) Endorsed the actions taken to meet the Council’s duties as a flood authority;',
      'Approved the Annual Flood Report 2018-19.', 'Supporting documents:');
    expect(found(minutes).map((r) => [r.label, r.text])).toEqual([
      ['1', 'Endorsed the actions taken to meet the Council’s duties as a flood authority.'],
      [null, 'Approved the Annual Flood Report 2018-19.'],
    ]);
  });

  it('reads "The Executive Meeting considered … and has agreed that" as the lead-in of the dot bullets printed straight below it', () => {
    const minutes = lines('Issue - decisions', '', '12/06/2015 - Changes to the Constitution', '',
      'The Executive Meeting considered proposed changes to the Council’s Constitution, including the Financial Procedure Rules, and has agreed that',
      '·         the proposed changes to the Constitution set out in the schedule be endorsed and recommended to the Council Meeting;',
      '·         the proposed changes to the Financial Procedure Rules be endorsed and recommended to the Council Meeting for adoption.');
    expect(found(minutes).map((r) => r.text.slice(0, 40))).toEqual(['The proposed changes to the Constitution', 'The proposed changes to the Financial Pr']);
  });

  it('keeps what a labelled point\'s colon opens with the point, before the next label', () => {
    const minutes = lines('35', '', 'Electoral Review', '', 'Minutes:', '', 'RESOLVED:', '', '(i)  That Council resolves Option A:', '',
      'That the Council’s submission to the Boundary Commission recommends that the number of councillors stays at 48.', '',
      '(ii)  That Council keeps its cycle of elections by thirds.');
    expect(found(minutes).map((r) => [r.label, r.text.replace(/\s+/g, ' ')])).toEqual([
      ['i', 'That Council resolves Option A: That the Council’s submission to the Boundary Commission recommends that the number of councillors stays at 48.'],
      ['ii', 'That Council keeps its cycle of elections by thirds.'],
    ]);
  });

  it('reads a sentence flagged "(Action: Name)" at its end as an action, the flag dropped', () => {
    const minutes = lines('3.', '', 'Matters Arising', '', 'The following updates were given on the minutes of the last meeting:', '',
      '·         Reminders would be sent to schools that had not sent in their policies. (Action: Jo Bloggs)');
    const got = parseMinutes(minutes).items.flatMap((i) => i.resolutions);
    expect(got.map((r) => [r.kind, r.text])).toEqual([['action', 'Reminders would be sent to schools that had not sent in their policies.']]);
  });

  it('reads "That the Agenda as circulated be agreed." and a decisions list\'s "Report for note." as procedural', () => {
    const minutes = lines('1.', '', 'Agenda', '', 'RESOLVED: That the Agenda as circulated be agreed.', '', '2.', '', 'Neighbourhood Update', '', 'RESOLVED: Report for note.');
    expect(found(minutes).map((r) => r.kind)).toEqual(['procedural', 'procedural']);
  });

  it('keeps "The Committee then AGREED the recommendations contained within the report." whole', () => {
    const minutes = lines('3.', '', 'School Travel', '', 'The Committee discussed the report at length.', '', 'The Committee then AGREED the recommendations contained within the report.');
    expect(found(minutes).map((r) => r.text)).toEqual(['The Committee then AGREED the recommendations contained within the report.']);
  });

  it('reads an officer\'s decision page telling "The Director of … reviewed and approved …" as the decision', () => {
    const minutes = lines('Decision Maker: Director of Place', '', 'Decision status: Recommendations Approved', '',
      'Materials for the parking consultation were drafted between May and July. The Director of Place and Economy reviewed and approved the materials for the consultation in July.', '',
      'Publication date: 01/08/2025');
    expect(found(minutes).map((r) => r.text)).toEqual(['The Director of Place and Economy reviewed and approved the materials for the consultation in July.']);
  });

  it('does not read "The Director approved the minutes …" or a director who "approved of" something as a decision', () => {
    expect(found(lines('4.', '', 'Update', '', 'The Director of Finance approved the minutes of the working group before they were published.'))).toEqual([]);
    expect(found(lines('4.', '', 'Update', '', 'Members heard that the Director of Finance approved of the new layout of the budget book.'))).toEqual([]);
  });

  it('ends a labelled point where "It was agreed that …" is printed straight below it', () => {
    const minutes = lines('5', '', 'Schemes Awaiting Funding', '', 'Minutes: The officer presented the report. It was agreed that the following schemes would be funded:',
      'i) Mill Lane – dropped kerbs - £6,000', 'ii) Church Road – bollards - £12,500', 'It was agreed that the remaining funding for the year would be spent on footway repairs.');
    expect(found(minutes).map((r) => [r.label, r.text])).toEqual([
      ['i', 'Mill Lane – dropped kerbs - £6,000'],
      ['ii', 'Church Road – bollards - £12,500'],
      [null, 'It was agreed that the remaining funding for the year would be spent on footway repairs.'],
    ]);
  });

  it('ends a promise where the news told after it begins: "… would email Members the link and advised that …"', () => {
    const minutes = lines('EC.004', '', 'Public Questions', '', 'The Chair invited Councillor Lee to speak on the clean air consultation. Councillor Lee would email Members the consultation link and advised that the Environmental Health team supported the proposals.');
    expect(found(minutes).map((r) => r.text)).toEqual(['Councillor Lee would email Members the consultation link.']);
  });

  it('ends a told decision before "Councillors were encouraged to …"', () => {
    const minutes = lines('6', '', 'Highway Schemes', '', 'Minutes: The officer presented the report. It was agreed that the following schemes would be funded:',
      'i) Mill Lane – dropped kerbs - £6,000', 'It was agreed that all remaining funding would be spent on footway repairs. Councillors were encouraged to tell officers of repairs needed.');
    expect(found(minutes).map((r) => r.text)).toEqual(['Mill Lane – dropped kerbs - £6,000', 'It was agreed that all remaining funding would be spent on footway repairs.']);
  });
});
