// The families batch 33's one run showed (tests/fixtures/minutes/real/batch33), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { found, lines } from './familyHelpers';

describe('batch 33 families', () => {
  it('reads every point of a list whose points are all numbered "1." and whose "RESOLVED" was lost', () => {
    const minutes = lines('14.', '', 'Town Centre Fund', '', 'The Portfolio Holder gave an update on the fund and sought endorsement of the next steps.',
      '  1. Cabinet approved a budget of £80,000 for the feasibility study.', '  1. Authority was given to appoint consultants to prepare the business case.',
      '  1. Cabinet endorsed the outline scope of the projects.');
    expect(found(minutes).map((r) => r.text.slice(0, 24))).toEqual(['Cabinet approved a budge', 'Authority was given to a', 'Cabinet endorsed the out']);
  });

  it('reads follow-ups promised in new words: "would be followed up", a report "presented to Overview and Scrutiny", "agreed to pursue the issue"', () => {
    const minutes = lines('3.', '', 'Public Questions', '', 'A resident asked about fly-tipping in the lanes. The Director stated that the matter would be taken seriously and would be followed up.', '',
      '4.', '', 'Key Decisions', '', 'Following a question from Councillor Ash, the Leader confirmed that a report on parking would be presented to Overview and Scrutiny in March.', '',
      '5.', '', 'Matters Arising', '', 'The Chief Officer agreed to pursue the issue raised by Councillor Lane.');
    expect(found(minutes).map((r) => r.item)).toEqual(['3', '4', '5']);
  });

  it('does not read a report already presented, or a matter that "was followed up", as a promise', () => {
    const minutes = lines('6.', '', 'Update', '', 'The report had been presented to Overview and Scrutiny in March. The matter was followed up by the police.');
    expect(found(minutes)).toEqual([]);
  });

  it('keeps the points under "That the following … be approved, as detailed within the report;" with that point, whatever stop it ends on', () => {
    const minutes = lines('Agenda item', '', 'Council Tax Reduction Scheme', '', '1. That consultation on the proposed scheme for next year be approved.',
      '2. That the following specific changes, be approved, as detailed within the circulated report;', 'a. that the backdating period be left at three months;',
      'b. that a full disregard for war pensions be applied for all claimants.', 'Reason for Decisions:', 'To comply with the regulations.');
    expect(found(minutes).map((r) => r.label)).toEqual(['1', '2']);
  });
});
