// The families batch 27's one run showed (tests/fixtures/minutes/real/batch27), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';
import { found, lines } from './familyHelpers';

describe('batch 27 families', () => {
  it('reads the numbered undertakings under a bare "Notes:" heading', () => {
    const minutes = lines('Agenda item', '', 'Executive Reports', '', 'Minutes:', '', 'The Leader presented reports on work in the portfolios.', '', 'Notes:', '',
      '1.   Councillor Campbell agreed to provide a response to Councillor Mrs Callow on the tram stop.', '',
      '2.   Councillor Mrs Wright agreed to provide a written response on how many households used the service.', '', 'Supporting documents:');
    expect(found(minutes).map((r) => [r.label, r.kind])).toEqual([['1', 'action'], ['2', 'action']]);
  });

  it('reads the chair\'s request that someone be invited, and an area committee\'s grant told in the past tense, as decisions', () => {
    expect(found(lines('Supplementary Items', '', 'The Chair requested that the Hospice be invited to attend future meetings of the board, this was agreed without contest.')).map((r) => r.kind)).toEqual(['action']);
    const grant = lines('Issue - decisions', '', 'Area Flexibility Funding', '', '09/03/2018 - Area Flexibility Funding - Friends of the Park', '',
      'The Area Committee approved a grant of £1000.00 to the Friends of the Park for the centenary project.');
    expect(found(grant).map((r) => r.kind)).toEqual(['action']);
  });

  it('reads a response "promised" and an update "given to this committee" as undertakings, and a response received as none', () => {
    expect(isNarrativeDecision('A response was promised once these details were established.')).toBe(true);
    expect(isNarrativeDecision('The petition was acknowledged and an update would be given to this committee in due course.')).toBe(true);
    expect(isNarrativeDecision('A response was received from the Minister.')).toBe(false);
    expect(isNarrativeDecision('The Chair replied that the events were not organised by the Council. A response was promised once these details were established.')).toBe(true);
  });

  it('reads "RESOLVED to (1) approve …;" with (2) to (4) below as four points, and a seat filled by nomination as procedural', () => {
    const minutes = lines('Joint Waste Committee', 'Minutes: 10.1 The Lead Member considered a report.', 'DECISIONS', '10.2 RESOLVED to (1) approve the changes to the Constitution at Appendix 1;',
      '(2) approve the formation of the new Committee at Appendix 2;', '(3) agree that the existing member and substitute be nominated as member and substitute for the new Committee; and',
      '(4) authorise the Assistant Chief Executive to make minor amendments to the Constitution.', 'Reasons', '10.3 To enable a clear distinction between the contracts.');
    expect(found(minutes).map((r) => [r.label, r.kind])).toEqual([['1', 'action'], ['2', 'action'], ['3', 'procedural'], ['4', 'action']]);
  });

  it('reads what "Council considered … and resolved to" do, without the story before it', () => {
    const minutes = lines('52 Money Laundering Policy', 'Minutes:', 'Council considered the Anti-Money Laundering Policy, as recommended by the Audit Committee on 24 March 2022 and resolved to approve the revised Anti-Money Laundering Policy.');
    expect(found(minutes).map((r) => r.text)).toEqual(['To approve the revised Anti-Money Laundering Policy.']);
  });

  it('drops "to approve the recommendations" told again after the decision\'s points, and keeps it where it is the only decision', () => {
    const both = lines('11 Housing Allocation Policy', 'Decision:', 'The Committee resolved:-', '(i) to approve the refreshed Housing Allocations Policy; and', '(ii) to instruct the Chief Officer to implement it.',
      'Minutes:', 'The Committee had before it a report by the Chief Officer.', 'The Committee resolved:-', 'to approve the recommendations.');
    expect(found(both).map((r) => r.label)).toEqual(['i', 'ii']);
    const alone = lines('12 Parking Charges', 'Minutes:', 'The Committee had before it a report by the Chief Officer.', 'The Committee resolved:-', 'to approve the recommendations.');
    expect(found(alone).map((r) => r.text)).toEqual(['To approve the recommendations.']);
    const listed = lines('13 Budget Report', 'RESOLVED:', '(a) That the report be noted; and', '(b) To approve the recommendations.');
    expect(found(listed).map((r) => r.label)).toEqual(['a', 'b']);
    const retold = lines('7 Strategic Vision', 'Decision:', 'The Committee resolved :-', '(i) to note the information in Appendix A; and', '(ii) to support the wider distribution of the Vision.',
      'Minutes:', 'The Committee heard a presentation.', 'The Committee resolved :-', '(i) to approve the recommendation; and', '(ii) to support the wider distribution of the Vision.');
    expect(found(retold).map((r) => r.label)).toEqual(['i', 'ii']);
  });
});

