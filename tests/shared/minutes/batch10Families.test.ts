// The families batch 10's one run showed (tests/fixtures/minutes/real/batch10), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';

const texts = (minutes: string) => parseMinutes(minutes).items.flatMap((i) => i.resolutions.map((r) => ({ item: i.number, label: r.label, kind: r.kind, text: r.text })));

describe('batch 10 families', () => {
  it('reads "that the panel be kept informed" as an action, and "104  (12, 13)  TITLE – …" as a heading', () => {
    const minutes = [
      'HEALTH SCRUTINY PANEL', '', '103  PUBLIC REQUESTS TO SPEAK – There were no requests received.', '',
      '104  (12, 13)  CONSIDERATION OF REPORTS ON GP ACCESS – The Chairman welcomed the research officer to the meeting.', '',
      'Resolved – (a) That the research officer be thanked for her presentation, and (b) that the panel be kept informed of further progress.',
    ].join('\n');
    expect(texts(minutes).map((r) => [r.item, r.label, r.kind])).toEqual([
      ['104', 'a', 'procedural'],
      ['104', 'b', 'action'],
    ]);
  });

  it('reads "1. That" broken from its words at the line\'s end as a list point, and takes no committee from a wrapped line', () => {
    const minutes = [
      'Decision of the Portfolio', 'Holder for Leisure Services', '1. That', 'officers be instructed to negotiate with the leisure contractors as set',
      'out in the recommendations of the report of Cabinet', '2. That', 'the performance of the contracts continue to be monitored.',
    ].join('\n');
    const parsed = parseMinutes(minutes);
    expect(parsed.committee).toBeNull();
    expect(parsed.items.flatMap((i) => i.resolutions.map((r) => [r.label, r.text.slice(0, 25)]))).toEqual([
      ['1', 'That officers be instruct'],
      ['2', 'That the performance of t'],
    ]);
  });

  it('takes a closing list of resolutions with no marker over the narrative above it, thanks passed on as procedural', () => {
    const minutes = [
      '168. Flooding review', '', 'Members raised concerns about the blocked brook behind the allotments.', '',
      'The Chair suggested that the Committee should review the ditches once the joint exercise ended. Members asked officers to thank Councillor Lee for his work.', '',
      '1)   Officers pass on the Committee’s thanks to Councillor Lee for his work on the joint exercise;', '',
      '2)   Officers provide further information about the condition of the ditches;', '',
      '3)   the report be noted and the proposed action detailed in the preamble above agreed.',
    ].join('\n');
    expect(texts(minutes).map((r) => [r.label, r.kind])).toEqual([
      ['1', 'procedural'],
      ['2', 'action'],
      ['3', expect.not.stringMatching(/procedural/)],
    ]);
  });

  it('passes over what decides nothing: a recommendation\'s title, a reason, an implementation note, a story told after "Decisions:"', () => {
    const minutes = [
      'Overview and Scrutiny Committee', '', '12. Referral from the sub-committee', '',
      'RECOMMENDATION I - Empty Homes in the Town Centre', '',
      'The Committee considered Recommendation 1 of the sub-committee.', '',
      'RESOLVED: That the sub-committee’s recommendation on empty homes be referred to Cabinet.', '',
      '13. Damp and mould review', '', 'RESOLVED: That the response to the review be agreed.', '', 'Reason for decision – as specified in the report.', '',
      '14. School reorganisation', '', 'RESOLVED: That the statutory notice be published.', '',
      'The decision will be implemented immediately as agreed with the Chair of Scrutiny.',
    ].join('\n');
    // (The implementation note may be kept as procedural business, never as something owed.)
    expect(texts(minutes).filter((r) => r.kind !== 'procedural').map((r) => r.text.slice(0, 30))).toEqual(['That the sub-committee’s recom', 'That the response to the revie', 'That the statutory notice be p']);
    const page = [
      'Decision details', '', 'Annual scrutiny report', '', 'Decisions:', '', 'Members considered a report on progress with the annual report.', '',
      'The report highlighted that several contributions were still outstanding.', '', 'Members were informed of the proposed format.', '',
      'RESOLVED:', '', 'That the report be noted and that approval of the final text be delegated to the Chair.',
    ].join('\n');
    expect(texts(page).map((r) => r.text.slice(0, 30))).toEqual(['That the report be noted and t']);
  });

  it('reads "(a )" as a label, and "Agreed the minutes …" and "Agree to appoint members to the working group" as procedural', () => {
    const minutes = [
      'Cabinet', '', '7. Annual report', '', 'RESOLVED:', '', '(a ) Cabinet approve the annual report for publication.', '', '(b ) Cabinet ask officers to circulate it to partners.', '',
      '8. Minutes', '', 'Agreed the minutes of the meetings held on 18 October and 15 November.', '',
      '9. Car parks', '', 'RESOLVED:', '', 'Agree to appoint members to the working group as set out below:', 'Councillors Ames, Bell and Cole.',
    ].join('\n');
    expect(texts(minutes).map((r) => [r.label, r.kind])).toEqual([
      ['a', 'action'],
      ['b', 'action'],
      [null, 'procedural'],
      [null, 'procedural'],
    ]);
  });

  it.each([
    'Mr Leonard advised that officers would now prepare a business case for the roof repairs.',
    'The Committee authorised the attendance of one member at the national conference.',
    'Members noted the report and agreed to form a sub group to look at the parks budget.',
    'The Chair reported that he intended to bring a draft of the annual report to the next meeting.',
    'In addition to the items on this agenda, it was her intention that GP access would come to the July meeting.',
  ])('reads a decision told in the narrative forms batch 10 brought: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(true);
  });

  it.each(['Members noted the report and thanked the officers.', 'It was her intention to attend the conference herself.'])('finds no decision in the look-alike: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(false);
  });
});

