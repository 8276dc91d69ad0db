// Families from the misses left on the whole corpus (1,056 sets) in the fifth session, each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { classifyText } from '../../../shared/minutes/classify';
import { found, lines } from './familyHelpers';

describe('residue families, fifth session', () => {
  it('splits "1. … ; and, 2. …" run onto the marker\'s line (a combined authority\'s board)', () => {
    const minutes = lines('7. Revised Budget 2023/24', '', 'RESOLVED that the Board: 1. Adopted the revised budget estimates; and, 2. Approved the grant to the constituent councils.');
    expect(found(minutes).map((r) => [r.label, r.text])).toEqual([
      ['1', 'Adopted the revised budget estimates.'],
      ['2', 'Approved the grant to the constituent councils.'],
    ]);
  });

  it('reads "RECOMMENDED to Council that" as the lead-in of the numbered points below it, each for the Council', () => {
    const minutes = lines('16.', '', 'Future Waste Services', '', 'After considering the advice of the Portfolio Holders the Cabinet:', '', 'RECOMMENDED to Council that', '',
      '1.    The capital budget changes set out in Part II of the report are made;', '', '2.    A framework contract is used for the purchase of wheelie bins;', '',
      '3.    The authority delegated to the Director of Resources be extended to cover the purchase of caddies.');
    const got = parseMinutes(minutes).items.flatMap((i) => i.resolutions);
    expect(got.map((r) => r.label)).toEqual(['1', '2', '3']);
    expect(got.every((r) => r.kind === 'recommendation' && r.addressee === 'council')).toBe(true);
  });

  it('reads a web page\'s item number alone on its line above a long title with its file note as a heading, so the same verdict under two items stays two', () => {
    const verdict = 'Following scrutiny, members supported the recommendation outlined in the draft Cabinet report';
    const minutes = lines('3.', '', 'Minutes of Previous Meeting PDF 138 KB', '', 'Decision:', '', 'The minutes of the meeting held on 5 December were approved.', '', '4a', '',
      'Strategic Schools Improvement Programme Proposal to reorganise Additional Learning Needs Provision at Cwmtawe School - Results of Consultation and permission to advertise Notice for Objections pdf icon PDF 213 KB',
      '', 'Decision:', '', verdict, '', '4b', '', 'Aberavon Seafront Masterplan pdf icon PDF 212 KB', '', 'Decision:', '', verdict);
    expect(found(minutes).filter((r) => r.text === verdict).map((r) => r.item)).toEqual(['4a', '4b']);
  });

  it('reads a pre-decision scrutiny page: each verdict beside the "That …" list, amendments under "subject to the following amendments.", and a lead-in\'s lone point', () => {
    const minutes = lines('Agenda item', '', 'Pre-Decision Scrutiny', '', 'Community Grant: 14 High Street', '', 'Following scrutiny, members were supportive of the recommendations to be considered by Cabinet Board.', '',
      'Parking Review Options Report', '', 'Following discussion, the following amendments were put forward by the scrutiny committee.', '',
      'That recommendations 31-35 of the report be approved subject to the following amendments.', '', 'Option 6 - that the charging hours be amended to 9am to 6pm', '', 'Option 7 that the charging hours be 9am - 6pm', '',
      'That an additional recommendation be added:', '', 'That a full consultation is undertaken on these proposals with the community before any changes', '',
      'Following scrutiny, the recommendation was supported to the Cabinet Board with the amendments.');
    const got = found(minutes).map((r) => r.text);
    expect(got).toHaveLength(4);
    expect(got).toContain('Following scrutiny, members were supportive of the recommendations to be considered by Cabinet Board.');
    expect(got).toContain('Following scrutiny, the recommendation was supported to the Cabinet Board with the amendments.');
    expect(got.find((t) => t.startsWith('That recommendations 31-35'))).toContain('Option 7 that the charging hours');
    expect(got).toContain('That a full consultation is undertaken on these proposals with the community before any changes');
  });

  it('passes over the points an officer "highlighted" after a decision page\'s "Decisions:" label, and keeps what was RECOMMENDED', () => {
    const minutes = lines('Decision details', 'Gambling Act Statement of Licensing Principles', 'Decision Maker: Council', 'Decisions:',
      'The Committee considered a report by the Lead Officer (circulated previously) regarding the Review of the Statement.', 'The Lead Officer highlighted the following:',
      '· Following an eight-week consultation the Licensing Committee had considered the responses received.', '· The consultation responses could be seen at section 4.6 of the report.',
      'RECOMMENDED:', '(a) That council adopt a no-casino resolution; and', '(b) That the revised Statement of Licensing Principles be adopted.', 'Report author: A Person', 'Publication date: 20/11/2024');
    expect(found(minutes).map((r) => r.label)).toEqual(['a', 'b']);
  });

  it('reads corrections to the previous minute ("to amend Item 9 to read, …") as procedural, and a policy\'s paragraph amended as a decision', () => {
    const minutes = lines('3 Minute of Previous Board Meeting - 19 November 2019', '', 'Decision:', '', 'The Board resolved :-', '',
      '(i)            to amend Item 3 at 3 (iii) to include \u2018and report to the Board in June.\u2019', '', '(ii)          to amend Item 9 to read, \u2019The Board heard that the February meeting would be a normal business meeting.\u2019', '',
      '(iii)         that a track changes document capturing the amendments be made publicly available; and', '', '(iv)          to otherwise approve the minute as a true record of the meeting.');
    expect(found(minutes).map((r) => r.kind === 'procedural')).toEqual([true, true, false, true]);
    expect(classifyText('To amend paragraph 4 of the Allocations Policy to read as set out in the appendix.').kind).not.toBe('procedural');
  });

  it('reads a named matter put off for more work ("consideration of Councillor Smith\'s motion be deferred for further reports") as no procedural deferral', () => {
    expect(classifyText('That consideration of Councillor Smith\u2019s motion be deferred for further reports to be carried out and considered by the Cabinet.').kind).not.toBe('procedural');
    expect(classifyText('That consideration of this item be deferred to the next meeting.').kind).toBe('procedural');
    expect(classifyText('That the item be deferred to a later meeting.').kind).toBe('procedural');
  });

  it('reads a proposal "agreed by Cabinet" and "… seconded and Cabinet agreed the adoption of the Policy" as decisions told in the minutes', () => {
    const minutes = lines('Meeting: 17/11/2016 - Cabinet (Item 377)', '', '377 Combined Safeguarding Policy PDF 232 KB', '', 'Minutes:', '',
      'Cabinet acknowledged the contributions made by the Overview and Scrutiny Panel. A further suggestion that grooming ought to be included in the list of signs of abuse was agreed by Cabinet.', '',
      'Councillor Smith proposed, Councillor Jones seconded and Cabinet agreed the adoption of the Safeguarding Policy.');
    const got = found(minutes).map((r) => r.text);
    expect(got).toContain('A further suggestion that grooming ought to be included in the list of signs of abuse was agreed by Cabinet.');
    expect(got.some((t) => t.includes('Cabinet agreed the adoption of the Safeguarding Policy'))).toBe(true);
  });

  it('reads Scotland\'s "the Trustees determined to …" as a body deciding', () => {
    const minutes = lines('3.', '', 'FUND BALANCE', '', 'Minutes:', '', 'Having been advised of the sums available from the Fund, the Trustees determined to place a moratorium on dispersals until the Fund is reviewed.');
    expect(found(minutes).map((r) => r.text)).toEqual(['Having been advised of the sums available from the Fund, the Trustees determined to place a moratorium on dispersals until the Fund is reviewed.']);
  });

  it('reads a follow-up promised at the meeting as an action, and a letter to the Cabinet Member still as a recommendation', () => {
    expect(classifyText('Councillor Osborne raised a query about the A358 project and it was confirmed that a response would be chased up.')).toEqual({ kind: 'action', addressee: 'officers' });
    expect(classifyText('The Chair agreed to write to the Cabinet Member for Housing setting out the Committee\u2019s concerns.').kind).toBe('recommendation');
  });

  it('reads a decision worded as the body\'s own act on a page that names no body as an action, and a recommendation to Council still as one', () => {
    expect(classifyText('Approved the recommendations of the Overview and Scrutiny Committee on the leisure review.').kind).toBe('action');
    expect(classifyText('To delegate authority to the Director of Place to agree the final terms of the lease.').kind).toBe('action');
    expect(classifyText('To recommend to Council the adoption of the Empty Homes policy.').kind).toBe('recommendation');
    expect(classifyText('That Cabinet agreed to extend the contract for a further year.').kind).toBe('action');
    expect(classifyText('The Portfolio Holder for Housing approved the revised allocations scheme.').kind).toBe('action');
    expect(classifyText('That the Cabinet be asked to make sure the approved budget for play areas is spent this year.').kind).toBe('recommendation');
    // A scrutiny committee's own page keeps its reading: what it resolves, it recommends.
    expect(classifyText('That the process for responding to recommendations be reviewed.', null, 'Overview and Scrutiny Committee').kind).toBe('recommendation');
  });
});
