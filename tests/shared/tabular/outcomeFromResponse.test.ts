// A response column that opens with its outcome, in a tracker with no outcome column of its own
// (Maidstone's SCRAIP, the common layout): the outcome is taken from those first words, and only then.
import { describe, expect, it } from 'vitest';
import { rowsToTracker } from '../../../shared/index';

const outcomes = (responses: string[], mapping: Array<'text' | 'responseText' | 'responseOutcome'> = ['text', 'responseText']) =>
  rowsToTracker(
    responses.map((r, i) => (mapping.length === 2 ? [`Recommendation ${i}`, r] : [`Recommendation ${i}`, r, 'Rejected'])),
    mapping,
    { committeeName: 'C', today: '2026-12-07' },
  ).tracker.recommendations.map((r) => r.responseOutcome);

describe('the outcome a response opens with', () => {
  it('is read where a mark follows the opening words', () => {
    expect(outcomes(['Accepted.', 'Agreed in part: the word "direction" will be used.', 'Not agreed: quarterly reporting is enough.', 'Partially accepted – sandbags for the most at risk.', 'Noted, with thanks.'])).toEqual([
      'Accepted',
      'Partially accepted',
      'Rejected',
      'Partially accepted',
      'Noted',
    ]);
  });

  it('is not guessed from a sentence, from a blank response, or over an outcome column', () => {
    expect(outcomes(['No further action will be taken until the review.', 'The Cabinet accepted most of it.', ''])).toEqual(['', '', '']);
    expect(outcomes(['Accepted.'], ['text', 'responseText', 'responseOutcome'])).toEqual(['Rejected']);
  });
});
