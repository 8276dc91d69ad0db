// Statuses read from the appendix's response wording, as the council's appendix gives them.
import { describe, expect, it } from 'vitest';
import { statusFromResponse } from '../../../shared/index';
import example from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';

describe('statusFromResponse', () => {
  it('reads the appendix’s own words', () => {
    expect(statusFromResponse('This was not actioned. As the recommendation is now more than a year old it will not be pursued further.')).toBe('not-pursued');
    expect(statusFromResponse('This took place during 2024. Committee member received the opportunity to attend.')).toBe('completed');
    expect(statusFromResponse('Resolved')).toBe('completed');
    expect(statusFromResponse('Action. Resolved - added to list of potential items for inclusion in future meetings')).toBe('work-programme');
    expect(statusFromResponse('All funded project are underway with evaluation on outcomes')).toBe('in-progress');
  });

  it('leaves anything unclear open', () => {
    for (const text of ['', 'Noted', 'Accepted', 'No response received', 'There is no funding for this work', 'The committee has yet to undertake this work.'])
      expect(statusFromResponse(text), text).toBe('open');
  });

  it('gives the example tracker the statuses its appendix gives, not 49 open', () => {
    const counts: Record<string, number> = {};
    for (const m of example.meetings) for (const i of m.items) for (const r of i.recommendations) counts[statusFromResponse(r.response)] = (counts[statusFromResponse(r.response)] ?? 0) + 1;
    expect(counts['not-pursued']).toBe(1);
    expect(counts.completed).toBeGreaterThanOrEqual(5);
    expect(counts.open).toBeLessThan(49);
  });
});
