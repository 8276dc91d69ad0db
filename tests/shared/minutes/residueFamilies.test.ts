// Families from the misses left on the whole corpus (tests/fixtures/minutes/real, third session of 7 December), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';
import { PROCEDURAL } from '../../../shared/minutes/procedural';
import { headingShape } from '../../../shared/minutes/items';
import { found, lines } from './familyHelpers';

describe('families from the corpus residue', () => {
  it('reads a "That …" paragraph after a labelled list as the next resolution', () => {
    const minutes = lines('Cabinet', '', '12 Disposal of land at Mill Lane', '', 'RESOLVED:', '', 'That, having considered the objections, approval is given to proceed with:', '', '(a) The appropriation of the land at Mill Lane.', '',
      '(b) The disposal of the land at Mill Lane.', '', 'That the Head of Estates, in consultation with the Cabinet Member, will deal with all matters arising from this decision.');
    expect(found(minutes).map((r) => [r.label, r.text.slice(0, 24)])).toEqual([
      ['a', 'The appropriation of the'],
      ['b', 'The disposal of the land'],
      [null, 'That the Head of Estates'],
    ]);
  });

  it('takes "It was moved by …, seconded by … and agreed –" as the marker of what follows', () => {
    const minutes = lines('Council', '', 'It was moved by Councillor Ash and seconded by Councillor Birch -', '', '(1) Agree to the establishment of joint committees for clean air;', '', '(2) Agree to delegate the functions to those committees.', '',
      'It was moved by Councillor Ash, seconded by Councillor Birch and agreed –', '', 'That the minutes be noted.');
    expect(found(minutes).map((r) => [r.label, r.kind === 'procedural', r.text.slice(0, 24)])).toEqual([
      ['1', false, 'Agree to the establishme'],
      ['2', false, 'Agree to delegate the fu'],
      [null, true, 'That the minutes be note'],
    ]);
  });

  it('reads a petition referred to a director as a decision, but not one referred to in a report', () => {
    expect(isNarrativeDecision('A petition was received about crossing lights on Mill Road and was referred to the Director of Place.')).toBe(true);
    expect(isNarrativeDecision('The Policy and Resources Committee agreed the terms of a Motion proposed by Councillor Ash, seconded by Councillor Birch.')).toBe(true);
    expect(isNarrativeDecision('The petition referred to in the report had 300 signatures.')).toBe(false);
  });

  it("takes a decisions list's summary line as the decision when the entry says it was approved", () => {
    const minutes = lines('Decisions published', '', '22/01/2025 - Canal Bridge Change Request ref: 1024    Recommendations Approved', '', 'To approve the change request for Canal Bridge and further construction funding', '',
      'Decision Maker: Combined Authority Board', '', 'Decision published: 24/01/2025', '', '28/11/2024 - Youth Grant Application ref: 2072    For Determination', '', 'To award a youth grant of £2,500 to Mighty Girls CIC', '', 'Decision Maker: Leader of the Council');
    const r = found(minutes);
    expect(r.map((x) => x.text)).toEqual(['To approve the change request for Canal Bridge and further construction funding']);
    expect(parseMinutes(minutes).items[0]!.resolutions[0]).toMatchObject({ uncertain: true, found: 'summary' });
  });

  it.each(['To approve the calendar of meetings for the 2025/26 Municipal Year', 'To appoint Jane Walker as the interim Chief Finance Officer at a day rate of £900.'])('reads as procedural: %s', (text) => {
    expect(PROCEDURAL.some((re) => re.test(text))).toBe(true);
  });

  it('reads "B1"-numbered items and keeps "AGREED recommendations." whole', () => {
    const minutes = lines('Items', '', 'A3', '', 'Minutes of previous meeting pdf icon PDF 243 KB', '', 'Decision:', '', 'CONFIRMED as a correct record', '', 'B1', '', 'Budget monitoring 2023/24 pdf icon PDF 619 KB', '', 'Decision:', '', 'AGREED recommendations.', '',
      'B2', '', 'Flexible use of capital receipts pdf icon PDF 382 KB', '', 'Decision:', '', 'AGREED recommendations.');
    expect(found(minutes).filter((r) => r.kind !== 'procedural').map((r) => [r.item, r.text])).toEqual([
      ['B1', 'AGREED recommendations.'],
      ['B2', 'AGREED recommendations.'],
    ]);
  });

  it("reads a second list after the block's first resolution, under its own lead-in", () => {
    const minutes = lines('RESOLVED: The decision on car parking charges be freed for implementation.', 'In respect of the decision the Panel wish to make the following comments as learning points:',
      '(1) That future Cabinet reports set out the options considered.', '(2) The Panel request that the financial detail be included in the report to the Cabinet Committee.');
    expect(found(minutes).map((r) => [r.label, r.text.slice(0, 30)])).toEqual([
      [null, 'The decision on car parking ch'],
      ['1', 'That future Cabinet reports se'],
      ['2', 'The Panel request that the fin'],
    ]);
  });

  it('reads the resolution run onto its lead-in: "… endorsed the recommendation as detailed below: the land … be declared surplus"', () => {
    const minutes = lines('Members supported the proposal.', 'At the end of the debate Members endorsed the recommendation as detailed below:', 'the land adjacent to 140 Mill Road be declared surplus to Council requirements and disposed of at market value.');
    expect(found(minutes).map((r) => r.text)).toEqual(['The land adjacent to 140 Mill Road be declared surplus to Council requirements and disposed of at market value.']);
  });

  it('reads a lower-case "to instruct …" under an issue page\'s dated entry as its decision', () => {
    const minutes = lines('Issue - decisions', '', 'Format of Audit Reports', '', '15/05/2018 - Format of Audit Reports - IA/18/008', '', 'to instruct the Chief Internal Auditor to proceed with option 2 as presented in the report.');
    expect(found(minutes).map((r) => [r.kind === 'procedural', r.text])).toEqual([[false, 'To instruct the Chief Internal Auditor to proceed with option 2 as presented in the report.']]);
  });

  it('reads a labelled decision told in its own sentence, with no list around it', () => {
    const minutes = lines('Minutes pdf icon PDF 314 KB', '', 'The Committee confirmed the minutes of the meeting held on 14 February 2024 as a correct record.', '',
      'a) The Committee requested that a draft of the new Performance Framework is brought to the Committee before it goes to Cabinet.');
    expect(found(minutes).filter((r) => r.kind !== 'procedural').map((r) => [r.label, r.text.slice(0, 30)])).toEqual([['a', 'The Committee requested that a']]);
  });

  it('reads the Cabinet, or the Leader, asking that something be done', () => {
    const cabinet = lines('13 Task Group interim report', '', 'The Cabinet noted the interim report.', '', 'The Cabinet requested that the completed Task Group report be presented to a future Cabinet meeting.');
    expect(found(cabinet).filter((r) => r.kind !== 'procedural').map((r) => r.text)).toEqual(['The Cabinet requested that the completed Task Group report be presented to a future Cabinet meeting.']);
    expect(isNarrativeDecision('The Leader therefore asked that officers take appropriate action on how this funding might be reinstated this year.')).toBe(true);
    expect(isNarrativeDecision('The Leader asked whether the funding might be reinstated this year.')).toBe(false);
  });

  it('reads a topic put on the work plan as an action, after a dash too', () => {
    const minutes = lines('7 Forward Plan', '', 'The Committee considered the Forward Plan and highlighted the following items:', '',
      'Legal Services Review – the Committee agreed to add this to the Committee’s Work Plan to review the new service.', '',
      'Housing Repairs Contract – due at Cabinet in December. The Committee agreed that they would like to consider this next year and the Work Plan would be updated accordingly.');
    expect(found(minutes).map((r) => r.kind === 'procedural')).toEqual([false, false]);
  });

  it('reads "… discussed the work programme and agreed that …" and "Topic – it was agreed that …"', () => {
    const discussed = lines('6 Work programme', '', 'The committee discussed the work programme and agreed that a follow-up session on boiler replacements be held in March.');
    expect(found(discussed).map((r) => r.kind === 'procedural')).toEqual([false]);
    expect(isNarrativeDecision('Actions from meetings – it was agreed that it would be a good idea to report on actions taken after each meeting.')).toBe(true);
  });

  it('reads a financial year opening a title as part of it, not a minute number', () => {
    expect(headingShape('2019/20 Forward Plan')).toBeNull();
    expect(headingShape('45/24 Forward Plan')).toEqual(expect.objectContaining({ number: '45/24', title: 'Forward Plan' }));
  });

  it.each([
    'All Cabinet Members were present.',
    'Cabinet received oral questions in accordance with Executive Procedure Rule 8.',
    'The decision will be implemented after the three day call in period.',
    'Two written questions.',
    'To consider a proposal from the Market Traders Association about rents.',
    'That former Councillor Jane Ash be made an Honorary Alderman of the Borough.',
    'Cabinet agree the contents of the report in accordance with its responsibility for risk management.',
    'Agree to appoint the Executive Member for Environment to sit on both joint committees.',
    'That the minutes of the proceedings of the meeting held on 13 December 2023, having been printed and circulated amongst the members of the committee beforehand, be taken as read and correctly recorded.',
  ])('reads as no decision to follow: %s', (text) => {
    expect(PROCEDURAL.some((re) => re.test(text))).toBe(true);
  });

  it('does not take a heading in capitals under a marker ("TO THE COUNCIL") for a resolution, nor a proposal to consider for procedural', () => {
    const minutes = lines('14 Housing Strategy', '', 'RESOLVED', '', 'TO THE COUNCIL', '', 'That the Housing Strategy be adopted.');
    expect(found(minutes).map((r) => r.text)).toEqual(['That the Housing Strategy be adopted.']);
    expect(PROCEDURAL.some((re) => re.test('To consider the report and to approve the revised fees.'))).toBe(false);
  });

  it("passes over the committee's minute each recommendation came from", () => {
    const minutes = lines('Council', '', 'Minute 166 – Land Purchase Option Agreement', '', 'Councillor Boyce raised a query on this minute.', '', 'The Council considered the following recommendations set out in the Minutes:', '',
      'Minute 160 – A12 Widening Scheme – Response to the Highways Agency Public Consultation on the Preliminary Design of the Scheme', '', '(ii) that the Council ratifies the response to the consultation on the widening scheme.');
    expect(found(minutes).map((r) => [r.label, r.text.slice(0, 24)])).toEqual([['ii', 'That the Council ratifie']]);
  });

  it.each([
    ['agreed the measures outlined in Appendix 1 of the report to monitor the action taken to improve performance.', '4 Performance'],
    ['approve recommendation (a) outlined above;', '16 Budget'],
    ['the impact and mitigation of climate change is considered and incorporated into all policy and key decisions.', '3 Climate'],
    ['The provisions of the 2014 Act be noted and powers be delegated to the Head of Community Services.', '8 Anti-social behaviour'],
    ['That the resolutions as set out in the exempt minutes be agreed.', '101 Leisure contract'],
    ['the progress of the climate actions undertaken in 2021/22 be noted and the priority actions for 2022/23 be endorsed.', '11 Climate action plan'],
    ['in relation to item 31 on the planner (School Estate Plan) to instruct the Chief Officer to bring a report to the next meeting.', '5 Committee business planner'],
  ])('reads as a decision to follow, not procedural: %s', (text, heading) => {
    const minutes = lines(heading, '', 'RESOLVED:', '', text);
    expect(found(minutes).map((r) => r.kind === 'procedural')).toEqual([false]);
  });

  it('reads "Concluded that" as a marker, and "Agreed, in order to …, to recommend …"', () => {
    const concluded = lines('Children and Young People Select Committee', '', '5 Scrutiny review of school transport', '', 'Concluded that the Chairman offer her congratulations at Council this evening on behalf of the Committee.',
      'Concluded that Members inform the Scrutiny Officer of their preference for the next review before full Council.');
    expect(found(concluded).map((r) => [r.kind === 'procedural', r.text.slice(0, 30)])).toEqual([
      [true, 'That the Chairman offer her co'],
      [false, 'That Members inform the Scruti'],
    ]);
    const agreed = lines('GP services', '', 'Agreed, in order to assist the Council achieve its priority of improving health, to recommend the report to the Assembly for adoption.');
    expect(found(agreed).map((r) => r.kind)).toEqual(['recommendation']);
  });
});
