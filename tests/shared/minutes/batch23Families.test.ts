// The families batch 23's one run showed (tests/fixtures/minutes/real/batch23), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';
import { parseMinutes } from '../../../shared/index';
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

describe('batch 23 families: collector Z15 (unitaries, Scotland, combined authorities)', () => {
  it('keeps a decision told after an exclusion of the public, the exempt item\'s heading lost', () => {
    const minutes = lines('4. Declarations of Interest', 'There were no Declarations of Interest.', 'The Committee resolved in terms of Section 50A(4) of the Local Government (Scotland) Act 1973, to exclude the public for the following item of business.',
      'Campbeltown Berthing Facility', 'The Committee considered a report outlining the progress of the project.', 'Members agreed to refer to Council approval of the recommendations detailed at paragraph 3.1 of the report.');
    expect(found(minutes).filter((r) => r.kind !== 'procedural').map((r) => r.text.slice(0, 30))).toEqual(['Members agreed to refer to Cou']);
  });

  it('reads "The Chair agreed for the appropriate officer to respond …" and "The Area Committee has given approval to …" as decisions told', () => {
    expect(isNarrativeDecision('The Chair agreed for the appropriate officer to respond to Councillor Kelly on the matter.')).toBe(true);
    expect(isNarrativeDecision('The Area Committee has given approval to the legal advertising of the traffic regulation order.')).toBe(true);
  });

  it('reads York\'s "Advice of the Advisory Panel" and its "… so that;" list, then "Decision of the Executive Member", and never names the committee after the advice', () => {
    const minutes = lines('Issue - decisions', 'Proposed Diversion of Public Footpath', '18/07/2006 - Proposed Diversion of Public Footpath', 'Advice of the Advisory Panel',
      'That the Executive Member for City Strategy be advised to approve Option A so that;', '(i)                 The Director be authorised to instruct the Head of Legal Services to make a Diversion Order.',
      '(ii)               If no objections are received, the Head of Legal Services be authorised to confirm the Order.', 'Decision of the Executive Member', 'RESOLVED: That the advice of the Advisory Panel be accepted and endorsed.',
      'REASON:  To meet the criteria of the legislation.');
    const got = parseMinutes(minutes);
    expect(got.committee).toBeNull();
    expect(got.items.flatMap((i) => i.resolutions).map((r) => r.label)).toEqual(['i', 'ii', null]);
  });
});
