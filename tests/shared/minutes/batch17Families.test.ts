// The families batch 17's one run showed (tests/fixtures/minutes/real/batch17), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';
import { found, lines } from './familyHelpers';

describe('batch 17 families', () => {
  it.each([
    // Pre-decision scrutiny: "outlined" describes the recommendation, it reports nothing.
    'Following scrutiny, members supported the recommendation outlined in the draft Cabinet report',
    // "Minute 41" names the Executive's minute; these are no minutes being approved.
    'The Recommendation from the Executive meeting held on 19 September 2019 (Minute 41) concerning the Capital Strategy be adopted.',
    'THAT the recommendation of the Cabinet as set out in Minute 116 be ADOPTED.',
  ])('reads as a decision owed a response or to carry out, not procedural: %s', (text) => {
    expect(classifyText(text).kind).not.toBe('procedural');
  });

  it('reads "The Leader MOVED, seconded by Councillor X:" as the marker of the motion below it, without the title or the mover', () => {
    const minutes = lines('To receive the reports and recommendations of the meetings as follows:', '(1) Cabinet', '- 5 January 2017', 'The Leader presented the report of the Cabinet held on 5 January.', '(1) Building Control Partnership (Minute 116)',
      'The Leader MOVED, seconded by Councillor R Smith:', 'THAT the recommendation of the Cabinet as set out in Minute 116 be ADOPTED.', 'Upon a vote being taken, the MOTION was declared to have been CARRIED.', 'Supporting documents:');
    expect(found(minutes).map((r) => r.text)).toContain('THAT the recommendation of the Cabinet as set out in Minute 116 be ADOPTED.');
  });

  it('reads a decision page\'s "1.2 Delegated authority to …" as a decision beside "1.1 Approved …"', () => {
    const minutes = lines('07/10/2020 - New Leisure Centre Preferred Site', 'The Cabinet', '1.1 Approved the selection of Station Park as the preferred site for the new leisure centre.',
      '1.2 Delegated authority to the Cabinet Member for Major Projects, with the Head of Operations, to commence site investigations.');
    expect(found(minutes).map((r) => r.text.slice(0, 20))).toEqual(['Approved the selecti', 'Delegated authority ']);
  });

  it('reads a matter arising sent to a future meeting as business, and "ACTION:- All Board members" as who acts on it', () => {
    const minutes = lines('Minutes of the previous meeting', '', 'Resolved:-  That the minutes of the meeting held on 10th July be approved as a correct record.', '', 'Matters arising: the Show', '',
      'Resolved:-  That partners discuss the marquee within their own organisations and further discussion take place at a future Board meeting.', '', 'ACTION:-  All Board members', '');
    const got = found(minutes);
    expect(got.map((r) => r.kind === 'procedural')).toEqual([true, false]);
    expect(got.map((r) => r.text)).not.toContain('- All Board members');
  });

  it('keeps bullets of options under "That a consultation be undertaken on the following options:" as one decision, after an urgent item taken', () => {
    const minutes = ['12/09/2019 - Urgent Items', 'The Chairman agreed to the addition of the following item of urgent business to the agenda for the meeting of Cabinet on 11 September 2019:',
      'Recommendations of the Overview and Scrutiny Committee: Council Tax Support Update', 'Following the Task and Finish Panel\'s work, the recommendations of the Committee were considered.', 'That a consultation be undertaken on the following options:',
      '·  A fixed deduction of £4 per week for non-dependant adults', '·  Eligibility is limited to claimants with less than £6,000 in savings', '·  Removal of the Second Adult Rebate from the scheme'].join('\n\n');
    const decisions = found(minutes).filter((r) => r.kind !== 'procedural');
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.text).toMatch(/^That a consultation be undertaken on the following options:/);
    expect(decisions[0]!.text).toContain('Second Adult Rebate');
  });

  it('reads "… be noted and the Officer responses … be supported" as asking something, and a group\'s members named as procedural', () => {
    expect(classifyText('The responses to the consultation be noted and the Officer responses and proposed changes to the Conservation Area Appraisal be supported.').kind).not.toBe('procedural');
    expect(classifyText('That the Colosseum Task Group comprises Councillors Hart, Lee, Patel and Smith').kind).toBe('procedural');
  });

  it.each([
    'They agreed that the pandemic should be a standing item on the agenda.',
    'The Committee suggested that the Chair write to all schools to highlight the presentation.',
    'Members approved the wording included in the agenda.',
  ])('reads a decision told in the discussion: %s', (sentence) => {
    const minutes = lines('6 Work programme', 'The Chair introduced the item.', sentence);
    expect(found(minutes).map((r) => r.text)).toEqual([sentence]);
  });

  it('keeps a view agreed after a decision ("… agreed that it was important …") out of the decision before it', () => {
    const minutes = lines('6 Covid-19 update', 'The Committee discussed the agenda for the next meeting and agreed to wait for the update from officers. They agreed that the pandemic should be a standing item. The Committee agreed that it was important not to lose sight of future plans.');
    const got = found(minutes).map((r) => r.text);
    expect(got).toContain('They agreed that the pandemic should be a standing item.');
  });

  it('reads a promise in a numbered matters-arising point ("(i) … The Commission was advised that a further response would be emailed out to them")', () => {
    const minutes = lines('28.', '', 'Minutes of the Previous Meeting', '', 'Minutes:', '', 'Matters arising from the previous minutes:', '',
      '(i)            The query on page 2 about a section 106 agreement had not been answered and the Commission wanted a further response. The Commission was advised that a further response would be emailed out to them following the meeting.', '',
      'The minutes of the meeting held on 1st July 2019 were then approved.');
    expect(found(minutes).filter((r) => r.kind !== 'procedural').map((r) => r.text)).toEqual(['The Commission was advised that a further response would be emailed out to them following the meeting.']);
  });

  it.each([
    'Having taken account of the submissions, the Chief Executive Officer agreed to use his emergency delegated powers to approve the revised Speed Limit Policy.',
    'It was noted that there were only two items scheduled for the June meeting - members were therefore asked to suggest to officers any items they wished to see discussed.',
  ])('reads a decision told in the discussion: %s', (sentence) => {
    const minutes = lines('5 Speed limits', 'The report was introduced by the Director.', sentence);
    expect(found(minutes).map((r) => r.text)).toEqual([sentence]);
  });

  it.each([
    'Congratulated the task and finish group on a high quality report and thanked the group for the time given to produce it.',
    'Following comments made by Members, the Chair said that she would write to the Head of the school to praise the presentation given by the pupils and thank them.',
  ])('reads thanks and praise as procedural: %s', (text) => {
    expect(classifyText(text).kind).toBe('procedural');
  });

  it('still reads thanks joined to a request as something to do', () => {
    expect(classifyText('Thanked the group for its report and asked officers to bring an action plan to the next meeting.').kind).not.toBe('procedural');
    expect(classifyText('The Chair would write to the Minister to thank her and to request a meeting on the funding gap.').kind).not.toBe('procedural');
  });

  it('takes the item\'s number from a page\'s "• Meeting of … (Item 4.)" line', () => {
    const minutes = lines('Meeting documents', '', 'Scrutiny for Policies, Children and Families Committee', 'Monday, 5th September, 2022 1.00 pm', '',
      '  • Meeting of Scrutiny for Policies, Children and Families Committee, Monday 5th September 2022 1.00 pm (Item 4.)', '', 'To receive an update on the work programme.', '',
      'It was agreed that: -', '', '·         The School Transport Policy item be brought to the next meeting of this Committee.');
    expect(found(minutes).map((r) => r.item)).toEqual(['4']);
  });
});
