// The families batch 30's one run showed (tests/fixtures/minutes/real/batch30), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';
import { found, lines } from './familyHelpers';

describe('batch 30 families', () => {
  it('reads "Decision:" then "The recommendations, as set out in the report, were agreed." as the decision, printed twice once', () => {
    const minutes = lines('Agenda item', '', 'Leisure Operator Procurement', '', 'Decision:', '', 'The recommendations, as set out in the report, were agreed.', '', 'Minutes:', '',
      'The Committee considered a report on the procurement of a leisure operator.', '', 'The recommendations, as set out in the report, were agreed.', '', 'Supporting documents:');
    expect(found(minutes).map((r) => r.text)).toEqual(['The recommendations, as set out in the report, were agreed.']);
  });

  it('still passes over the story after "Decision:" ("The recommendations were discussed at length.")', () => {
    const minutes = lines('Agenda item', '', 'Leisure Operator Procurement', '', 'Decision:', '', 'The recommendations were discussed at length.', '', 'RESOLVED: That the preferred bidder be appointed.');
    expect(found(minutes).map((r) => r.text)).toEqual(['That the preferred bidder be appointed.']);
  });

  it('reads "The Chairman asked Democratic Services to contact … and arrange a meeting" as a task handed on', () => {
    expect(isNarrativeDecision('The Chairman asked Democratic Services to contact committee members and arrange a meeting on one of the suggested dates.')).toBe(true);
    expect(isNarrativeDecision('The Chairman asked Democratic Services about the dates of the meetings.')).toBe(false);
  });
});

