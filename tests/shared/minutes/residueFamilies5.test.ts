// Families from the misses left on the whole corpus in the seventh session (7 December 2026), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { lines } from './familyHelpers';

const kindsOf = (minutes: string): string[] => parseMinutes(minutes).items.flatMap((i) => i.resolutions.map((r) => r.kind));

describe('residue families, seventh session: a body\'s own decision on a page that names no body', () => {
  it('reads "That the draft Strategy be approved", "That the Director be authorised to …" and "the fees be endorsed" as the deciding body\'s actions', () => {
    const minutes = lines('7.', '', 'Leisure Centre Refurbishment', '', 'Minutes:', '', 'RESOLVED that:', '',
      '(1) the draft Commercial Strategy be approved;', '(2) the Strategic Director – Place be authorised to agree the final terms of the lease; and',
      '(3) £40,000 be released from the Asset Management Plan budget for the works; and', '(4) the proposed fees and charges at Appendix 2 be endorsed.');
    expect(kindsOf(minutes)).toEqual(['action', 'action', 'action', 'action']);
  });

  it('keeps what is recommended to someone else a recommendation, and the minutes approved procedural', () => {
    const minutes = lines('8.', '', 'Member Code of Conduct', '', 'Minutes:', '', 'RECOMMENDED: That the revised Member Code of Conduct set out at Appendix 1 be adopted.', '',
      '9.', '', 'Minutes of the Previous Meeting', '', 'RESOLVED that the minutes of the meeting held on 3 May be approved as a correct record.', '',
      '10.', '', 'Parking Review', '', 'RESOLVED that the Cabinet be asked to ensure that the charges are approved before April.');
    expect(kindsOf(minutes)).toEqual(['recommendation', 'procedural', 'recommendation']);
  });

  it('reads the portfolio holder granting approval or agreeing, in any case, as the executive deciding', () => {
    const minutes = lines('4.', '', 'Residential Charge Points', '', 'Decision:', '', '1) The Portfolio Holder granted approval for Officers to design a pilot project.', '',
      '2) The portfolio holder agreed that the revised cemetery rules be approved.');
    expect(kindsOf(minutes)).toEqual(['action', 'action']);
  });

  it('reads "Cabinet delegated authority to …" as the executive deciding', () => {
    const minutes = lines('5.', '', 'Community Lottery', '', 'Decision:', '', 'Cabinet delegated authority to agree the scheme details to the Director of Resources.');
    expect(kindsOf(minutes)).toEqual(['action']);
  });
});

