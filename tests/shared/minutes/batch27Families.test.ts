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
  });
});
