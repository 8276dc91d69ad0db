// Families from the misses left on the whole corpus in the eighth session (7–8 December 2026), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { found, lines } from './familyHelpers';

// A PDF whose text came with a blank line after every printed line: one blank carries a wrapped line on, two part paragraphs.
const doubleSpaced = (...printed: string[]): string => printed.map((l) => (l === '' ? '\n' : `${l}\n`)).join('\n');

describe('residue families, eighth session: a PDF with a blank line after every line', () => {
  it('joins a wrapped line that opens in capitals when the whole page is double-spaced', () => {
    const minutes = doubleSpaced('Agenda item', '', 'Waiting restrictions review for the northern wards of the borough', '',
      'The Area Committee agreed:', '',
      '(i) the proposed changes to waiting restrictions in Little', 'Wickham as set out in the report and shown on the plans in',
      'annexes A to C.', '',
      '(ii) the area committee allocated funding as set out in section 4 of this', 'report to carry out the changes in the current year.', '',
      '(iii) the intention of the county council to make an order under the', 'relevant parts of the Road Traffic Regulation Act 1984 to impose the',
      'restrictions is advertised and that if no objections are maintained, the', 'order is made.', '',
      '(iv) any objections left unresolved are dealt with under the county', 'council’s scheme of delegation by the parking team manager.');
    const got = found(minutes);
    expect(got.map((r) => r.label)).toEqual(['i', 'ii', 'iii', 'iv']);
    expect(got[0]!.text).toMatch(/Little Wickham as set out in the report and shown on the plans in annexes A to C\.$/);
    expect(got[2]!.text).toMatch(/Road Traffic Regulation Act 1984 to impose the restrictions is advertised/);
  });

  it('does not carry a line on past one blank on a page that is not double-spaced', () => {
    const minutes = lines('4.', '', 'Play Areas', '', 'RESOLVED that:', '', '(i) the plans for play areas in the north of the borough be approved in principle', '',
      'Councillor Smith thanked the officers for the consultation with the residents of the borough.');
    expect(found(minutes).map((r) => r.text)).toEqual(['The plans for play areas in the north of the borough be approved in principle']);
  });

  it('reads a body named with its area in brackets as the deciding body: "The Local Committee (Little Wickham) agreed:"', () => {
    const minutes = lines('6.', '', 'Highways Schemes', '', 'The Local Committee (Little Wickham) agreed:', '',
      '(i) the list of highway schemes for next year set out in Annex 1; and', '(ii) that the Area Highways Manager reports progress to each meeting.');
    const got = parseMinutes(minutes).items.flatMap((i) => i.resolutions);
    expect(got.map((r) => [r.label, r.found, r.uncertain ?? false])).toEqual([['i', 'after-marker', false], ['ii', 'after-marker', false]]);
  });
});

describe('residue families, eighth session: a resolution broken off on a name after its label', () => {
  it('carries "RESOLVED: 1. That Council adopts the Council Tax" on past a blank into "Reduction Scheme Regulations …"', () => {
    const minutes = lines('Agenda item', '', 'Council Tax Reduction Scheme', '', 'Minutes:', '', 'RESOLVED: 1. That Council adopts the Council Tax', '',
      'Reduction Scheme Regulations 2013 as amended in 2016 for the coming year.', '', '', '2. that the discretionary elements of the scheme be left unchanged.');
    expect(found(minutes).map((r) => [r.label, r.text])).toEqual([
      ['1', 'That Council adopts the Council Tax Reduction Scheme Regulations 2013 as amended in 2016 for the coming year.'],
      ['2', 'That the discretionary elements of the scheme be left unchanged.'],
    ]);
  });
});

describe('residue families, eighth session: a point whose number was lost', () => {
  it('reads "Agree that …" after "1. Approve …" under "The Cabinet RESOLVED to:" as the next point', () => {
    const minutes = lines('Decision:', '', 'The Cabinet RESOLVED to:', '1. Approve the Play Areas Capital Programme as set out in the report.',
      'Agree that the allocations form part of a two-year programme and delegate authority to the Director of Place to vary them.', 'Publication date: 04/03/2024');
    expect(found(minutes).map((r) => [r.label, r.text.slice(0, 30)])).toEqual([['1', 'Approve the Play Areas Capital'], [null, 'Agree that the allocations for']]);
  });

  it('does not take a sentence of reasons after the list as a point', () => {
    const minutes = lines('Decision:', '', 'The Cabinet RESOLVED to:', '1. Approve the Play Areas Capital Programme as set out in the report.',
      'The programme will improve play areas in every ward.', 'Publication date: 04/03/2024');
    expect(found(minutes).map((r) => r.label)).toEqual(['1']);
  });
});

describe('residue families, eighth session: an action noted in the discussion', () => {
  it('reads "Sam Patel to contact the district council …" and "Clerk to write to …" in an item with no marker', () => {
    const minutes = lines('3.', '', 'Membership', '', 'Councillor Grey said that she could no longer attend daytime meetings. Sam Patel to contact the district council for a replacement member.', '',
      '4.', '', 'Flood Defences', '', 'Members discussed the delays to the scheme. Clerk to write to the Environment Agency asking for a timetable.');
    expect(found(minutes).map((r) => [r.item, r.text])).toEqual([
      ['3', 'Sam Patel to contact the district council for a replacement member.'],
      ['4', 'Clerk to write to the Environment Agency asking for a timetable.'],
    ]);
  });

  it('does not read a plan told, or an agenda line, as an action', () => {
    const minutes = lines('5.', '', 'Finance', '', 'Plans to circulate the budget book earlier were reported by the Treasurer.', '',
      '6.', '', 'Panel Updates', '', 'Lead Members to update the Committee on the progress of their Panels (10 minutes)');
    expect(found(minutes)).toEqual([]);
  });
});

describe('residue families, eighth session: a forum\'s "Outcome" and information promised', () => {
  it('reads "Outcome" alone above "The Forum –" and its numbered points, a promise of information noted as an action', () => {
    const minutes = lines('4.', '', 'Ferry Timetables', '', 'Members discussed the winter timetable at length.', '', 'Outcome', '', 'The Forum –', '',
      '1. Noted the update.', '', '2. Noted that confirmation would be provided from the ferry operator on when the timetable would revert to normal.');
    const got = parseMinutes(minutes).items.flatMap((i) => i.resolutions);
    expect(got.map((r) => [r.label, r.kind])).toEqual([['1', 'procedural'], ['2', 'action']]);
  });

  it('keeps a condition a condition: "when the works were finished, a report would be provided to members" is no promise now', () => {
    const minutes = lines('5.', '', 'Highways', '', 'Outcome', '', 'The Forum –', '', '1. Noted that when the works were finished a report would be provided to members.');
    expect(parseMinutes(minutes).items.flatMap((i) => i.resolutions).map((r) => r.kind)).toEqual(['procedural']);
  });
});

describe('residue families, eighth session: told decisions in new wording', () => {
  it('reads "Council agreed to the experiment.", "… would update SMT on this matter." and "Following a discussion it was agreed to …"', () => {
    const minutes = lines('44.', '', 'Announcements', '', 'The Lord Mayor proposed that questions be taken in a new order this evening. Council agreed to the experiment.', '',
      '45.', '', 'Staff Survey', '', 'Staff side raised the timing of the survey. The Workforce Development Manager would update SMT on this matter.', '',
      '46.', '', 'Board Membership', '', 'Following a discussion it was agreed to seek two nominations from the foster carers’ association.');
    expect(found(minutes).map((r) => r.item)).toEqual(['44', '45', '46']);
  });

  it('does not read an officer who "would update the plan" as a promise to the committee', () => {
    expect(found(lines('7.', '', 'Plan', '', 'The officer explained that she would update the plan once the census figures were out.'))).toEqual([]);
  });
});

describe('residue families, eighth session: kinds under a body\'s own "agreed:"', () => {
  it('reads the labelled points under "The Local Committee (Little Wickham) agreed:" as the committee\'s own actions', () => {
    const minutes = lines('6.', '', 'Parking Review', '', 'The Local Committee (Little Wickham) agreed:', '',
      '(i) the proposed amendments to parking restrictions set out in the annexes;', '(ii) that the Cabinet be asked to fund the second phase of the review.');
    expect(parseMinutes(minutes).items.flatMap((i) => i.resolutions).map((r) => [r.kind, r.addressee])).toEqual([['action', 'committee'], ['recommendation', 'executive']]);
  });
});
