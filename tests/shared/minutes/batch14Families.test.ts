// The families batch 14's one run showed (tests/fixtures/minutes/real/batch14), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';
import { PROCEDURAL, onlyNotes } from '../../../shared/minutes/procedural';
import { found, lines } from './familyHelpers';

describe('batch 14 families', () => {
  it('reads "RESOLVED to recommend to Full Council that …" as the resolution, and its "Reason:" as no decision', () => {
    const minutes = lines('Issue - decisions', '', '06/11/2019 - Public Space Protection Orders', '', 'RESOLVED to recommend to Full Council that the proposed order on dog control be made.', '', 'Reason: To address concerns raised by residents.');
    expect(found(minutes).map((r) => [r.kind, r.text])).toEqual([['recommendation', 'To recommend to Full Council that the proposed order on dog control be made.']]);
  });

  it('reads a numbered decision list run into a web table cell after "Decision"', () => {
    const cell = lines('BEST VALUE REPORT PDF 71 KB', 'Minutes: The Council considered a report on the Commission’s findings together with the draft action plan. Decision 1. The Council welcomes the findings. 2. Agreed to accept the recommendations and the development of an action plan. 3. Agreed the draft action plan in appendix 2. |');
    expect(found(cell).map((r) => r.label)).toEqual(['1', '2', '3']);
    // A table's header "No Item Decisions" above its rows is no such label.
    expect(found(lines('No Item Decisions 1. The Mayor’s Business Received', '2. Apologies Councillor Baird')).map((r) => r.text)).not.toContain('The Mayor’s Business Received');
  });

  it('reads a vote with its count as formal, and the executive member approving the recommendations', () => {
    expect(found(lines('Meeting: 25/03/2024 - Scrutiny Committee (Item 26)', '', 'The Committee voted 5-1-2 to endorse the recommendations.')).map((r) => r.kind === 'procedural')).toEqual([false]);
    expect(isNarrativeDecision('The Executive Councillor approved the recommendations.')).toBe(true);
  });

  it.each([
    'The Committee considered emerging issues affecting the recycling service and agreed a delegated authority for the procurement of a new contract.',
    'There were no additional items of business, however the Chair confirmed that a report on school transport would be considered at a future meeting.',
    'The Chief Executive reported that the Head of People had clarified this with staff but would ensure that the response was shared with Members.',
  ])('reads the decision or promise in: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(true);
    expect(found(lines('Minutes of the Panel', '', sentence)).map((r) => r.kind === 'procedural')).toEqual([false]);
  });

  it('takes a lone labelled "That …" whose marker was lost over the narrative around it, as an action', () => {
    const minutes = lines('52 Scrutiny Work Programme 2024-25 PDF 382 KB', 'Additional documents:', '(1) That subject to the following addition, the Scrutiny Work Programme 2024-25 be agreed. - Housing Action Plan to be submitted to a future meeting of the Committee.', '',
      'Officers would liaise with Planning regarding the scheduling of the item.');
    expect(found(minutes).map((r) => [r.label, r.kind])).toEqual([['1', 'action']]);
  });

  it('drops "As detailed in the recommendation." where the item prints the resolution, and keeps it alone', () => {
    const both = lines('144 Digital Strategy PDF 99 KB', '', 'Decision:', '', 'As detailed in the recommendation.', '', 'Minutes:', '', 'Councillor Mullin introduced the report.', '', 'RESOLVED:', '', 'That the proposed digital strategy be adopted.');
    expect(found(both).map((r) => r.text)).toEqual(['That the proposed digital strategy be adopted.']);
    const alone = lines('128 Public Conveniences PDF 80 KB', '', 'Decision:', '', 'As detailed in the recommendation.');
    expect(found(alone).map((r) => r.text)).toEqual(['As detailed in the recommendation.']);
  });

  it('parts agenda text from a "Minutes:" label run onto its line', () => {
    const minutes = lines('That the responses to actions be noted.', 'To note the current Key Decision Plan (enclosed). Minutes: Consideration was given to the Key Decision Plan.', 'That the Key Decision Plan be noted.');
    expect(found(minutes).map((r) => r.text)).not.toContain('To note the current Key Decision Plan (enclosed). Minutes: Consideration was given to the Key Decision Plan.');
  });

  it('reads numbered lead-ins each over lettered points as resolutions per point, noted points procedural, and no lead-in as a heading', () => {
    const minutes = lines('Review of licensing', '', 'RESOLVED', '', '1. That the Committee note:', '', 'a) The results of the evidence gathered to date.', '', 'b) The role that licensing could play in enforcement.', '',
      '2. That the Committee authorise the Director:', '', 'a) To carry out a public consultation on a licensing scheme.', '', 'b) To bring a further report to a future meeting.');
    const parsed = parseMinutes(minutes);
    expect(parsed.items.map((i) => i.number)).toEqual([null]);
    expect(found(minutes).map((r) => [r.label, r.kind === 'procedural'])).toEqual([['a', true], ['b', true], ['a', false], ['b', false]]);
    // One lead-in among plain points keeps its list whole.
    const mixed = lines('RESOLVED', '', '1. That the report be noted.', '', '2. That the Cabinet be recommended:', '', '(a) to fund the scheme;', '', '(b) to review it in a year.');
    expect(found(mixed).map((r) => r.label)).toEqual(['1', '2']);
  });

  it('reads acknowledging information and an officer authorised to vary the work programme as procedural', () => {
    expect(onlyNotes('To acknowledge the updated information as contained in the report.')).toBe(true);
    expect(PROCEDURAL.some((re) => re.test('That the Facilitator, in consultation with the Chair, be authorised to vary the Forward Work Programme between meetings.'))).toBe(true);
  });
});
