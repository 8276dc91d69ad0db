// Old unanswered recommendations: which are offered for closing, and the field changes that close them with the council's wording.
import { describe, expect, it } from 'vitest';
import { closeAllAsNotPursued, closeAsNotPursued, DEFAULT_CHASING_SETTINGS, staleWithoutResponse } from '../../../shared/index';
import { herefordshire, rec, TODAY } from './fixtures';

const S = DEFAULT_CHASING_SETTINGS;
const WORDING = 'As the recommendation is now more than a year old it will not be pursued further.';

describe('staleWithoutResponse', () => {
  it('offers recommendations owing a response with none recorded, received more than 12 months ago, oldest first', () => {
    const recs = [
      rec({ id: 'year-and-a-day', receivedDate: '2025-11-21' }),
      rec({ id: 'exactly-a-year', receivedDate: '2025-11-22' }),
      rec({ id: 'old', receivedDate: '2024-03-01' }),
      rec({ id: 'no-response', receivedDate: '2025-01-01', responseOutcome: 'No response received' }),
      rec({ id: 'answered', receivedDate: '2024-01-01', responseOutcome: 'Accepted' }),
      rec({ id: 'closed', receivedDate: '2024-01-01', status: 'not-pursued', responseOutcome: 'No response received' }),
      rec({ id: 'completed', receivedDate: '2024-01-01', status: 'completed' }),
      rec({ id: 'committee', receivedDate: '2024-01-01', addressee: 'committee' }),
      rec({ id: 'not-sent', receivedDate: '' }),
    ];
    expect(staleWithoutResponse(recs, TODAY, S).map((r) => r.id)).toEqual(['old', 'no-response', 'year-and-a-day']);
    expect(staleWithoutResponse(recs, TODAY, { ...S, notPursuedAfterMonths: 24 }).map((r) => r.id)).toEqual(['old']);
  });
  it('counts a year from 29 February as ending on 28 February', () => {
    const leap = [rec({ id: 'leap', receivedDate: '2024-02-29' })];
    expect(staleWithoutResponse(leap, '2025-02-28', S)).toHaveLength(0);
    expect(staleWithoutResponse(leap, '2025-03-01', S)).toHaveLength(1);
  });
  it('finds the one unanswered Herefordshire recommendation', () => {
    const stale = staleWithoutResponse(herefordshire().recommendations, TODAY, S);
    expect(stale.map((r) => [r.receivedDate, r.label])).toEqual([['2024-05-07', '7']]);
  });
});

describe('closeAsNotPursued', () => {
  it('sets the status and outcome and writes the wording into an empty response', () => {
    expect(closeAsNotPursued(rec(), WORDING)).toEqual({ status: 'not-pursued', responseOutcome: 'No response received', responseText: WORDING });
  });
  it('adds the wording on a new line after what is there, keeping a recorded outcome', () => {
    const r = rec({ responseOutcome: 'Unclear', responseText: 'This was not actioned.  ' });
    expect(closeAsNotPursued(r, WORDING)).toEqual({ status: 'not-pursued', responseText: `This was not actioned.\n${WORDING}` });
  });
  it('changes nothing the second time', () => {
    const once = { ...rec(), ...closeAsNotPursued(rec(), WORDING) };
    expect(closeAsNotPursued(once, WORDING)).toEqual({});
  });
  it('refuses empty wording', () => {
    expect(() => closeAsNotPursued(rec(), '  ')).toThrow('The wording for closing a recommendation as not pursued is empty.');
  });
  it('closes several in one step, by id', () => {
    const a = rec({ id: 'a' });
    const b = rec({ id: 'b', status: 'not-pursued', responseOutcome: 'No response received', responseText: WORDING });
    expect(closeAllAsNotPursued([a, b], WORDING)).toEqual([{ id: 'a', changes: { status: 'not-pursued', responseOutcome: 'No response received', responseText: WORDING } }]);
  });
});
