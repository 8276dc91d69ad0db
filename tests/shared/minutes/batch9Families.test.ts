// The families batch 9's one run showed (tests/fixtures/minutes/real/batch9), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { isNarrativeDecision, sentencesOf } from '../../../shared/minutes/narrative';

const texts = (minutes: string) => parseMinutes(minutes).items.flatMap((i) => i.resolutions.map((r) => ({ label: r.label, kind: r.kind, addressee: r.addressee, text: r.text })));

describe('batch 9 families', () => {
  it('reads "RESOLVED – That Full Council be recommended" with no colon as the lead-in of the numbered list below', () => {
    const page = [
      'Decision details', '', 'Review of the constitution', '', 'Decision Maker: Cabinet', '', 'Decision:', '',
      'RESOLVED – That Full Council be recommended', '', '1. That the results of the members’ survey be noted.', '',
      '2. That the committee structure set out in section 4 of the report be approved.', '',
      'Decided at meeting: 08/02/2024 - Cabinet',
    ].join('\n');
    expect(texts(page).map((r) => [r.label, r.kind, r.addressee])).toEqual([
      ['1', 'procedural', 'council'],
      ['2', 'recommendation', 'council'],
    ]);
  });

  it('takes "the draft annual report be approved." standing in lower case as the resolution whose marker was lost, not the requests told above it', () => {
    const minutes = [
      'The minutes were presented. It was requested that a typing error in minute 64 be corrected.', '',
      'The draft Annual Report was presented. During discussion, it was requested that a section on progress be added to the report.', '',
      'the draft Overview and Scrutiny Annual Report 2025-26 be approved.',
    ].join('\n');
    expect(texts(minutes).map((r) => r.text)).toEqual(['The draft Overview and Scrutiny Annual Report 2025-26 be approved.']);
  });

  it('reads the rows of a ModernGov table whose numbers were lost, each titled by the text before its file links', () => {
    const page = [
      'Venue: Council Chamber', 'No. | Item |',
      'Notification of Substitute Members, if any. Additional documents: Minutes: There were none. |',
      'To Approve the Minutes of the Previous Meeting. PDF 447 KB Additional documents: Minutes: DECIDED – That the minutes of the meeting held on 7 March 2022 be APPROVED as a correct record.',
      'To Note the Minutes of the Crime Panel. PDF 153 KB Additional documents: Minutes: DECIDED – That the minutes of the Crime Panel be NOTED.',
      'Work Programme Report To consider the work programme for the year. PDF 90 KB Presented By: Chair Additional documents: Minutes: The Vice-Chair had drafted a paper on defibrillators and wished it to be included.',
      '1) That the Work Programme be agreed, subject to an item on defibrillators being added. 2) For the Panel to receive climate digests before meetings. |',
    ].join('\n');
    const parsed = parseMinutes(page);
    expect(parsed.items.map((i) => [i.title, i.resolutions.map((r) => r.kind)])).toEqual([
      ['Notification of Substitute Members, if any', []],
      ['To Approve the Minutes of the Previous Meeting', ['procedural']],
      ['To Note the Minutes of the Crime Panel', ['procedural']],
      ['Work Programme Report', ['action', 'action']],
    ]);
  });

  it('keeps an "ACTION:" line under the minutes item as an action, and varying "the order of the business" as procedural', () => {
    const minutes = [
      '4. MINUTES OF THE PREVIOUS MEETING', '', 'Members noted that the officer had circulated a guide to public questions.', '',
      'ACTION: The Scrutiny Officer to research how other panels take public questions and report to a future meeting.', '',
      'RESOLVED: that the minutes of the meeting held on 23 March 2022 be approved.', '',
      '5. VARIATION OF BUSINESS', '', 'The Panel agreed to vary the order of the business on the agenda so as to take item 7 first.',
    ].join('\n');
    expect(texts(minutes).map((r) => r.kind)).toEqual(['action', 'procedural', 'procedural']);
  });

  it('keeps a row whose title was lost as an item, and takes its closing "1) That …; 2) For …" list over the request told above it', () => {
    const page = [
      'No. | Item |', 'To approve the Minutes of the Previous Meeting. PDF 381 KB Additional documents: Minutes: RESOLVED: That the minutes be approved. |',
      'Additional documents: Minutes: In answer to a question on bins, the Portfolio Holder explained who qualified for larger bins.',
      'A request was made for the Panel to receive an update on the market and it was agreed that this would be added to another panel’s work programme.',
      '1) That the Work Programme be agreed; 2) For an Information Digest to be provided to members on bin sizes. |',
    ].join('\n');
    const parsed = parseMinutes(page);
    expect(parsed.items.map((i) => [i.title, i.resolutions.map((r) => r.text.slice(0, 20))])).toEqual([
      ['To approve the Minutes of the Previous Meeting', ['That the minutes be ']],
      [null, ['That the Work Progra', 'For an Information D']],
    ]);
  });

  it('splits "73/13 MINUTES RESOLVED that …" and "74/13 TITLE – PARISH OF X Members were informed …" into heading and words', () => {
    const minutes = [
      'MINUTES of a meeting of the PLANNING COMMITTEE held on 9 December 2013 at County Hall.', '',
      '72/13 DECLARATIONS OF INTEREST RESOLVED to note the following declarations of interest:-', '', 'Councillor Lee declared a personal interest in item 10.', '',
      '73/13 MINUTES RESOLVED that the minutes of the meeting held on 21 October 2013 be confirmed as a correct record.', '',
      '74/13 PROPOSAL TO DIVERT A FOOTPATH – FOOTPATH NO 4 (PART) – PARISH OF ASHBY Members were informed that the landowner had withdrawn.', '',
      'RESOLVED to approve that the Public Path Order made to divert Footpath No. 4 be formally rescinded.',
    ].join('\n');
    const parsed = parseMinutes(minutes);
    expect(parsed.items.map((i) => [i.number, i.title, i.resolutions.map((r) => r.kind)])).toEqual([
      ['72/13', 'DECLARATIONS OF INTEREST', ['procedural']],
      ['73/13', 'MINUTES', ['procedural']],
      // (A planning committee deciding for itself: an action, not a recommendation owed a response.)
      ['74/13', 'PROPOSAL TO DIVERT A FOOTPATH – FOOTPATH NO 4 (PART) – PARISH OF ASHBY', ['action']],
    ]);
  });

  it('reads "be noted and … be approved", "be noted and submitted to Cabinet" and "the points highlighted by … are used" as asking for something', () => {
    const minutes = [
      'Cabinet', '', '5. School buildings', '', 'RESOLVED:', '', 'That the contents of the report be noted and the programme submission to Welsh Government be approved.', '',
      '6. Council plan', '', 'RESOLVED that the report be noted and submitted to the next Cabinet for approval.', '',
      '7. Transport policy', '', 'RESOLVED:', '', 'That the points highlighted by the People Scrutiny Committee are used to shape future consultations.',
    ].join('\n');
    expect(texts(minutes).map((r) => r.kind)).not.toContain('procedural');
  });

  it('reads "2. To approve its publication" after "1. To approve the Strategy." as the list\'s next point, not a heading', () => {
    const page = [
      'Decision details', '', 'Decision Maker: Cabinet', '', 'The Director advised the Cabinet of its duty to publish a play strategy.', '',
      '1.    To approve the Local Play Strategy for 2024.', '', '2.    To approve the publication of the Local Play Strategy 2024', '', 'Publication date: 18/06/2024',
    ].join('\n');
    const parsed = parseMinutes(page);
    expect(parsed.items.map((i) => [i.number, i.resolutions.map((r) => r.label)])).toEqual([[null, ['1', '2']]]);
  });

  it('takes a "That …" paragraph closing the story as the decision, and reads "Recommended That …" as a marker', () => {
    const issue = [
      'Agenda item', '', 'A Member asked about the vacancies on the Committee. The Litigation Manager explained that he was exploring whether an employee could sit on it, and it was agreed that he would report back.', '',
      'That the filling of the vacant positions be pursued as a priority.', '', 'Supporting documents:',
    ].join('\n');
    expect(texts(issue).map((r) => r.text)).toEqual(['That the filling of the vacant positions be pursued as a priority.']);
    const committee = ['Minutes:', 'The Head of Leisure presented the report seeking approval of a wayleave.', 'The Committee', 'Recommended That Members approve a wayleave to the electricity company over the leased land at Urney.', 'Supporting documents:'].join('\n');
    expect(texts(committee).map((r) => [r.kind, r.text.slice(0, 24)])).toEqual([['recommendation', 'That Members approve a w']]);
  });

  it.each([
    'An update would be given at the next Progress Group meeting.',
    'The Leader advised that he would respond formally, as soon as he could.',
    'In line with the petition scheme, the petition was referred to Cabinet for a report back to Council.',
    'Volunteers were requested to put themselves forward for each of the working groups.',
    'Proposals on the advisory forums would be brought to the next Board Meeting in October.',
    'The Chairman noted that the Panel would be kept up to date about the select committee’s findings.',
    'Those minutes would be included on the agenda of the Council meeting in October.',
    'Members endorsed the officer recommendations.',
  ])('reads a decision told in the narrative forms batch 9 brought: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(true);
  });

  it.each([
    'Members were invited to attend the memorial service at the parish church.',
    'At the end of the debate Members endorsed the recommendation as detailed below:',
    'Members asked whether an update would be given at the next meeting.',
  ])('finds no decision in the look-alike: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(false);
  });

  it('splits sentences before a label and drops it', () => {
    expect(sentencesOf('This would be available for Members to see. c) Paragraph 12: proposals would be brought to the next meeting.')).toEqual([
      'This would be available for Members to see.',
      'Paragraph 12: proposals would be brought to the next meeting.',
    ]);
  });

  it('titles a ModernGov row from the line above its "Minutes:" label, even run on after the last row\'s words', () => {
    const page = [
      'No. | Item |', 'Apologies for Absence Minutes: Apologies were received from Councillor Ames. |',
      'Matters arising Minutes: It was explained that the contact list had been sent round.',
      'The Chair said that the presentation still had not been sent.',
      'Questions from the public To receive any questions. Minutes: None. |',
      'Police update To receive an update from the district commander. Minutes: Members discussed the figures. The details would be provided to committee members. |',
    ].join('\n');
    const parsed = parseMinutes(page);
    expect(parsed.items.map((i) => [i.title, i.resolutions.length])).toEqual([
      ['Apologies for Absence', 0],
      ['Matters arising', 0],
      ['Questions from the public', 0],
      ['Police update', 1],
    ]);
  });

  it('judges a promise joined on with "and" apart from a possibility beside it', () => {
    expect(isNarrativeDecision('Now that the Council has changed, this could now be set up and a report will be brought back to the next meeting.')).toBe(true);
    expect(isNarrativeDecision('If the grant was confirmed, officers would arrange a further round of bids.')).toBe(false);
  });

  it('drops the note "The decision and reasons are set out in an exempt minute." from the decision', () => {
    const minutes = ['Lead Member for Economy', '', '10. Grant agreements', '', '10.2     The Lead Member RESOLVED to approve the report’s recommendations, for the reasons set out in the report.  The decision and reasons are set out in an exempt minute.'].join('\n');
    expect(texts(minutes).map((r) => r.text)).toEqual(['To approve the report’s recommendations, for the reasons set out in the report.']);
  });
});

