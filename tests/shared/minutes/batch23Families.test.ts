// The families batch 23's one run showed (tests/fixtures/minutes/real/batch23), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';
import { found, lines } from './familyHelpers';

describe('batch 23 families: collector Y15 (English councils\' other committees)', () => {
  it('does not take "the recommendations listed within the exempt minute be approved" for the minutes approved', () => {
    expect(classifyText('That the recommendations listed within the exempt minute be approved.').kind).not.toBe('procedural');
  });

  it('reads "fares be not introduced" as a decision not to', () => {
    expect(classifyText('"time and distance" fares be not introduced; and').kind).not.toBe('procedural');
  });

  it('keeps "3. That, subject to …, informal interviews be arranged" in a list after the item\'s formal resolutions', () => {
    const minutes = lines('Independent Member', '', 'RESOLVED: That the Minutes of the Meeting held on 16 January 2012 be approved as a correct record.', '',
      'It was suggested that the parties be approached.', '', '1.  That the two interested parties be approached to ascertain their continued interest.', '',
      '2.  That a Sub Committee of two Members be formed.', '', '3.  That, subject to the two parties having a continued interest, informal interviews be arranged with the above Sub Committee before the end of March 2012.');
    expect(found(minutes).filter((r) => r.kind !== 'procedural').map((r) => r.label)).toEqual(['1', '2', '3']);
  });

  it('reads "RESOLVED: That the following be commended to the Borough Council Cabinet" as the lead-in of the next paragraph only', () => {
    const minutes = lines('JTB 13/017 Parking Action Plan', 'The report provided an update on parking management.', '', 'RESOLVED: That the following be commended to the Borough Council Cabinet', '',
      'That the contents of Phase 7 of the Parking Action Plan be endorsed.', 'JTB 13/018 Town Centre Transport Strategy - Update', 'The report provided an update.');
    expect(found(minutes).map((r) => r.text)).toEqual(['That the contents of Phase 7 of the Parking Action Plan be endorsed.']);
  });

  it('reads "the comments would be passed to the Council\'s CIL Advisory Board" as a promise', () => {
    expect(isNarrativeDecision('The Chairman advised that the comments would be passed to the Council’s CIL Advisory Board for consideration.')).toBe(true);
    expect(classifyText('Council note that a report will be presented to the Community Leadership and Libraries Committee.').kind).toBe('procedural');
  });
});
