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
