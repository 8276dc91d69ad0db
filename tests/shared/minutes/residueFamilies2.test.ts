// Families from the misses left on the whole corpus in the fourth session of 7 December (924 sets), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';
import { found, lines } from './familyHelpers';

describe('families from the corpus residue, fourth session', () => {
  it('keeps a numbered point\'s decimal sub-points ("2.1", "2.2" …) with it, blank lines between them', () => {
    const minutes = lines(
      'Decision:', '', 'RESOLVED THAT', '', ' ', '',
      '1.    the recommendations of the Parks Task Group be endorsed and the responses at Appendix 2 be agreed;', '', ' ', '',
      '2.    That, in respect of the responses at Appendix 2:', '', ' ', '',
      '2.1  a delivery plan is brought to Cabinet in the summer, setting out costs and a timetable.', '',
      '2.2  work can begin before the delivery plan where a recommendation fits current budgets;', '',
      '2.3  work can begin before the delivery plan on the play area champion; and', '',
      '2.4  work can begin before the delivery plan on the friends group – terms of reference at Appendix 3.', '',
      'Report author: A Officer',
    );
    const got = found(minutes);
    expect(got.map((r) => r.label)).toEqual(['1', '2']);
    expect(got[1]!.text).toMatch(/^That, in respect of the responses at Appendix 2:/);
    for (const point of ['2.2', '2.3', '2.4']) expect(got[1]!.text).toContain(point);
  });

  it.each([
    // Advisers taken on for a piece of work are no appointment to a post.
    'That property advisers be appointed to undertake a review of the Council’s land holdings and make recommendations for disposal.',
    // Noting joined to an authority to go ahead.
    'That the progress on the revised Parking Strategy, as detailed in the report now submitted, be noted, and authorisation be given for the Strategy to go forward to public consultation.',
    // "presented to the Executive" describes the Order; "is extended" decides.
    'that the Public Spaces Protection Order presented to the Executive on 4 March 2023 is extended for a period of three years;',
    // The minutes approved, and something more to be done.
    'that the minutes of the meeting held on 12 March 2019 be confirmed as a correct record subject to a fuller account of the debate on the hospital model and that a joint press release on this be published.',
    'THAT the minutes of the meeting held on 3rd June, 2015 be approved as a correct record, it being noted that the Committee’s comments on the Corporate Plan be referred to the Scrutiny Committee (Finance) for information.',
  ])('reads as a decision with something to do, not procedural: %s', (text) => {
    expect(classifyText(text).kind).not.toBe('procedural');
  });

  it('reads the minutes item\'s decision as one to follow up when a clause asks for more than approving the minutes', () => {
    const minutes = lines(
      '1  MINUTES',
      'RESOLVED: that the minutes of the meeting held on 12 March 2019 be confirmed as a correct record subject to a fuller account of the debate on the hospital model and that a joint press release on this be published.',
      '2  MINUTES OF THE SUB-GROUP',
      'RESOLVED: that the minutes of the sub-group held on 1 March 2019 be confirmed as a correct record.',
    );
    expect(found(minutes).map((r) => r.kind === 'procedural')).toEqual([false, true]);
  });

  it.each([
    'That Councillor Jones be appointed to the Fostering Panel.',
    'That the minutes of the meeting held on 12 March 2019 be confirmed as a correct record.',
    'That the report be noted.',
  ])('still reads as procedural: %s', (text) => {
    expect(classifyText(text).kind).toBe('procedural');
  });

  it('drops a decisions list\'s "…  view the full decision text for item 4." link from the decision it cuts short', () => {
    const minutes = lines('4.  Manifesto Pledges', '', 'Cabinet:', '', '(1)          noted the milestones set out in Appendix 1;', '', '(2)          agreed the measures in Appendix 2 to monitor progress; and', '', '(3)          agreed that Cabinet receive a further  ...  view the full decision text for item 4.');
    const got = found(minutes);
    expect(got.map((r) => r.label)).toEqual(['1', '2', '3']);
    expect(got[2]!.text).not.toMatch(/view the full/i);
    expect(got[2]!.text).toMatch(/^Agreed that Cabinet receive a further/);
  });

  it('keeps a labelled point whose next sentence, printed straight on, ends "…, and" — and reads the point after it', () => {
    const minutes = lines('Outstanding business', 'The Committee:-', '(a)', 'Agreed to discharge Item 1,', '(b)', 'Instructed the Area Officer to', 'write to the Director about Item 3, as no information had been received.',
      'A report should come to the next meeting on 26 September,', 'even if only an interim report to explain the delay, and', '(c)', 'Instructed the Area Officer to', 'seek an update on Items 6 (1) and (2).', 'Supporting Documents');
    const got = found(minutes);
    expect(got.map((r) => r.label)).toEqual(['a', 'b', 'c']);
    expect(got[1]!.text).toContain('A report should come to the next meeting');
    expect(got[2]!.text).toMatch(/^Instructed the Area Officer to seek an update/);
  });

  it('reads the executive member\'s approval told after the committee\'s vote as a decision of its own', () => {
    const minutes = lines('Meeting: 25/03/2024 - Resources Scrutiny Committee (Item 26)', '', '26 Land at Station Road', '',
      'The Committee voted 6-0-2 to endorse the recommendations.', '', 'The Executive Councillor approved the recommendations.');
    expect(found(minutes).map((r) => r.text)).toEqual(['The Committee voted 6-0-2 to endorse the recommendations.', 'The Executive Councillor approved the recommendations.']);
  });

  it('reads "That the following decisions of the Cabinet be noted:" above the decisions quoted as noting', () => {
    expect(classifyText('That the following decisions of the Cabinet be noted: “1. That the refreshed outcomes and roadmap milestones be endorsed. 2. That the Director be authorised to publish them.”').kind).toBe('procedural');
    expect(classifyText('That the following decisions be noted and that the Director be asked to report back in March.').kind).not.toBe('procedural');
  });

  it('carries a resolution broken off on a name across a blank line, though the next line opens in capitals', () => {
    const minutes = lines('Regional Fostering', '', '', 'RESOLVED that the proposals made by the Overview & Scrutiny Business', '', 'Panel regarding Regional Fostering be accepted.', '', '', 'The delegation for this decision is in the Scheme of Delegation.');
    expect(found(minutes).map((r) => r.text)).toEqual(['That the proposals made by the Overview & Scrutiny Business Panel regarding Regional Fostering be accepted.']);
  });

  it('reads a lower-case line that says "agreed" mid-sentence as the sentence carried on, and a lead-in that decides before its points', () => {
    const minutes = lines('Resolved –', '', '1. The Committee agreed the findings and recommendations contained within', 'report and also agreed the following additional recommendations:', '',
      '- This Committee requests that the Leader write to venues across the District about fireworks at hired events;', '',
      '- This Committee requests that the Executive asks officers to take legal action where there is evidence of misuse.');
    const got = found(minutes);
    expect(got.map((r) => r.text.slice(0, 40))).toEqual(['The Committee agreed the findings and re', 'This Committee requests that the Leader ', 'This Committee requests that the Executi']);
    expect(got[0]!.text).toContain('report and also agreed the following additional recommendations');
  });

  it('reads a decision register\'s "Content: (a) That …; (b) That …" as the decision, its members chosen procedural', () => {
    const minutes = lines('Decision', 'School Transport Policy – Task & Finish Group', 'Decision Maker: Education Overview & Scrutiny Committee', 'Outcome: For Determination', 'Date of Decision: July 10, 2025',
      'Purpose: To consider setting up a Task & Finish Group.', 'Content: (a) That the Committee support the setting up of a Task & Finish Group to review the transport policy; (b) That Councillors Ann Lee and Bob Hart be nominated to sit on the Task & Finish Group; and (c) That the Member who had moved the original Notice of Motion to Council in December be invited to sit on the Task & Finish Group.',
      'Related Meeting');
    expect(found(minutes).map((r) => [r.label, r.kind === 'procedural'])).toEqual([['a', false], ['b', true], ['c', true]]);
    expect(found(lines('Decision Maker: Cabinet', 'Content: The report sets out the options for the service.'))).toEqual([]);
  });

  it('reads a numbered list of "The Committee agreed to …" after a formal resolution, an appointment among them procedural', () => {
    const minutes = lines('MINUTES', 'The Committee approved the Minutes of 13 November as a correct record.', 'The Committee resolved to exclude the public for the following item of business on the grounds that it involved exempt information.',
      'Copies of applications previously submitted', 'The Committee interviewed four candidates for the two places as independent members.', '1.                  The Committee agreed to appoint Mr A Brown and Ms C Green to be the independent members of the Committee.',
      '2.                  The Committee agreed to recommend the Council that the appointments should run to the next ordinary election of councillors.');
    const got = found(minutes).filter((r) => r.kind !== 'procedural');
    expect(got.map((r) => r.text)).toEqual(['The Committee agreed to recommend the Council that the appointments should run to the next ordinary election of councillors.']);
  });

  it('keeps numbered topics with no verb under a lead-in that does the deciding as one resolution', () => {
    const minutes = lines('Business Plans', '', 'RESOLVED that three informal member groups be established to review the following business plans during the autumn and then report back to the Committee:-', '', '',
      '1.                  Highway Services', '', '2.                  Libraries and Archives', '', '3.                  Community Safety', '');
    const got = found(minutes);
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toMatch(/^That three informal member groups be established/);
    expect(got[0]!.text).toContain('Community Safety');
  });

  it('reads "- Recommendation 11 be deleted" as a point about a recommendation, not a label that opens a new list', () => {
    const minutes = lines('RESOLVED:', '', ' ', '', 'That, subject to the following, the final scrutiny report be referred to the cabinet for consideration:', '', ' ', '', '-  Recommendation 11 be deleted', '', ' ', '',
      '-  Add new recommendation, “That the cabinet refers the recommendations to the planning committee.”', '', 'Supporting documents:');
    const got = found(minutes);
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toContain('Recommendation 11 be deleted');
    expect(got[0]!.kind).toBe('recommendation');
  });

  it('reads each dated entry\'s list on an issue page, a lone "(i)" after another list\'s "(iii)" no sub-list', () => {
    const minutes = lines('Issue - decisions', '', 'Committee Planner', '', '09/08/2023 - Committee Planner', '', '(i)       to note the reasons for deferral of item 15;', '',
      '(ii)      to request that the Chief Officer – Place circulate an update to members on item 11; and', '', '(iii)      to otherwise note the Planner.', '',
      '07/11/2022 - Committee Planner', '', '(i)       to remove item 47 from the planner;', '', '(ii)       to transfer item 56 to the Council Planner;', '', '(iii)      to retain item 54 on the planner;', '',
      '(iv)      to request that the Chief Officer – Governance arrange a briefing session for all members; and', '', '(v)      to otherwise note the content of the Committee Planner.', '');
    expect(found(minutes).filter((r) => r.kind !== 'procedural').map((r) => r.text.slice(0, 40))).toEqual(['To request that the Chief Officer – Plac', 'To request that the Chief Officer – Gove']);
  });

  it('reads "The Council:" as the marker above a motion\'s numbered points', () => {
    const minutes = lines('RESOLVED:', 'This Council notes the problems residents have met in seeking urgent care.', 'The Council:', '(1) urges the Government to take steps to ensure that standards are maintained; and',
      '(2) commits itself, through its Overview and Scrutiny function, to monitoring the quality of local urgent care.', 'Publication date: 09/07/2013');
    expect(found(minutes).map((r) => [r.label, r.kind === 'procedural'])).toEqual([[null, true], ['1', false], ['2', false]]);
  });

  it('reads "(i)" first under a lead-in as a roman numeral, so "(ii)" and "(iii)" are its next points, not its sub-points', () => {
    const minutes = lines('Decision:', 'The Combined Authority:', '(i)             endorsed the draft Air Quality Plan set out within Appendix Two;',
      '(ii)            reiterated its support for urgent, collective action to tackle poor air quality across the region,', '(iii)          asked that a final version of the Plan come back before the end of the financial year.', 'Lead officer: A Officer');
    expect(found(minutes).map((r) => r.label)).toEqual(['i', 'ii', 'iii']);
  });

  it('takes the decision from a narrative sentence at ", and it was agreed that …", not the discussion joined on before it', () => {
    const minutes = lines('4 Role of the Panel', 'A discussion around the role and work of the Panel highlighted the need for a communications strategy, and it was agreed that public relations would be added to the agenda of the next formal meeting.');
    expect(found(minutes).map((r) => r.text)).toEqual(['It was agreed that public relations would be added to the agenda of the next formal meeting.']);
  });
});
