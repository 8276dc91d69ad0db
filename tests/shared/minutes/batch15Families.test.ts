// The families batch 15's one run showed (tests/fixtures/minutes/real/batch15), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { PROCEDURAL } from '../../../shared/minutes/procedural';
import { found, lines } from './familyHelpers';

describe('batch 15 families', () => {
  it('joins a lead-in whose last words wrapped onto a short line, and reads its list; "d) Page 230" is a point, not a footer', () => {
    const minutes = lines('Content', 'Committee agreed to provide the following comments to the Community Planning', 'Partnership:', 'a) Consideration should be given to a full Place Plan for Kintore;',
      'b) The flow chart should be reviewed to show how Area Committees report;', 'c) The third bullet on page 231 should be amended;', 'd) Page 230', '– bullet 1 should be changed to say whom it covers;');
    expect(found(minutes).map((r) => r.label)).toEqual(['a', 'b', 'c', 'd']);
    expect(found(minutes)[3]?.text).toMatch(/^Page 230 .?\s?bullet 1/);
  });

  it('reads a lead-in that follows a first, unlabelled resolution as the head of its numbered list', () => {
    const minutes = lines('Decision:', '', 'Members requested that decision number 3 below be added – Cabinet was supportive of this.', '', 'That having due regard to the impact assessment it be agreed that:', '',
      '1. The Council inspect privately owned high risk tips;', '', '2. The bridges section keep records of the tips;', '', '3. The tip projects be added to the Capital Programme.');
    expect(found(minutes).map((r) => r.label)).toEqual([null, '1', '2', '3']);
  });

  it('reads a numbered list whose every point is printed "1." (its numbering lost on the web page) as one list', () => {
    const minutes = lines('Decisions:', 'RESOLVED that the Committee:', '1. Note the findings within Appendix A.', '1. Approve a public consultation to run for 6 weeks.', '1. Delegate authority to the Deputy Chief Executive to approve the draft scheme.', 'Publication date: 05/11/2018');
    expect(found(minutes).map((r) => [r.label, r.kind === 'procedural'])).toEqual([['1', true], ['1', false], ['1', false]]);
  });

  it('reads "The Committee noted … and further:" as the head of its lettered decisions, and discharging an item as procedural', () => {
    const minutes = lines('The Committee noted the items of outstanding business and further:', '(a) Agreed to discharge Item 1,', '(b) Instructed the Area Committee Officer to seek an update on Item 6.');
    expect(found(minutes).map((r) => [r.label, r.kind === 'procedural'])).toEqual([['a', true], ['b', false]]);
    expect(PROCEDURAL.some((re) => re.test('Agreed to discharge Item 1.'))).toBe(true);
  });

  it('passes over a long title under "Decision:" and a decision page\'s "Is Key Decision?: No" fields', () => {
    const titled = lines('Meeting: 18/03/2024 - Cabinet Scrutiny Committee (Item 3)', '', 'Decision:', '', 'Council Tax Premium on Long Term Empty Dwellings and Second Homes', '', 'Following scrutiny, the recommendation was supported to Cabinet.');
    expect(found(titled).map((r) => r.text)).toEqual(['Following scrutiny, the recommendation was supported to Cabinet.']);
    const fields = lines('Outcome: For Determination', 'Is Key Decision?: No', 'Is Callable In?: No', 'Date of Decision: July 10, 2025');
    expect(found(fields)).toEqual([]);
  });

  it('reads "The Cabinet resolved that:" as a marker, its numbered points the resolutions and their (i) to (iii) inside them', () => {
    const minutes = lines('29/01/2021 - Review of CCTV', '', 'The Cabinet reviewed the recommendations of the Overview and Scrutiny Committee.', '', 'The Cabinet resolved that:', '',
      '(1) the recommendations of the Committee be noted; and', '', '(2) prior to a final decision being taken, the further work set out below be undertaken and reported back to Cabinet:', '',
      '(i) a review of the locations for passive only cameras;', '', '(ii) a detailed financial analysis; and', '', '(iii) an evaluation of any savings.');
    expect(found(minutes).map((r) => r.label)).toEqual(['1', '2']);
  });

  it.each([
    ['Environment Overview & Scrutiny Committee - Expired 13/07/20', 'Environment Overview & Scrutiny Committee'],
    ['Standards Committee (this Committee has now been combined with the Audit Committee and no longer meets)', 'Standards Committee'],
  ])('reads the committee without ModernGov\'s note that it has gone: %s', (name, committee) => {
    const page = lines('Issue - meetings', '', 'Recycling centres', '', `Meeting: 13/07/2016 - ${name} (Item 12)`, '', 'RESOLVED: That a review of the centres be brought to the next meeting.');
    expect(parseMinutes(page).committee).toBe(committee);
  });
});
