// Families from the misses left on the whole corpus in the seventh session (7 December 2026), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { lines } from './familyHelpers';

const kindsOf = (minutes: string): string[] => parseMinutes(minutes).items.flatMap((i) => i.resolutions.map((r) => r.kind));

describe('residue families, seventh session: a body\'s own decision on a page that names no body', () => {
  it('reads "That the draft Strategy be approved" and "That the Director be authorised to …" as the deciding body\'s actions', () => {
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
});
