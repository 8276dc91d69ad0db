// Monthly progress columns headed by a month without a day ("Progress update March 2026"): each
// update is dated the first of that month, so the older one stays older, not dated the day of import.
import { describe, expect, it } from 'vitest';
import { findMonthOfHeading } from '../../../shared/tabular/dates';
import { rowsToTracker } from '../../../shared/index';

describe('a month named in a heading', () => {
  it('is read as the first of that month, and only with a year', () => {
    expect(findMonthOfHeading('Progress update January 2026')).toBe('2026-01-01');
    expect(findMonthOfHeading('Update Sept. 2024')).toBe('2024-09-01');
    expect(findMonthOfHeading('Position at Mar, 2025')).toBe('2025-03-01');
    expect(findMonthOfHeading('Progress update')).toBeNull();
    expect(findMonthOfHeading('Update March')).toBeNull();
  });

  it('dates each monthly update column, in order; a column with its own dates still wins', () => {
    const headers = ['Recommendation', 'Progress update January 2026', 'Progress update March 2026'];
    const rows = [['Clear the gullies twice a year.', 'Contract varied.', 'Spring round booked.']];
    const { tracker } = rowsToTracker(rows, ['text', 'progressUpdate', 'progressUpdate'], { headers, committeeName: 'C', today: '2026-12-07' });
    expect(tracker.progressUpdates.map((u) => [u.date, u.text])).toEqual([
      ['2026-01-01', 'Contract varied.'],
      ['2026-03-01', 'Spring round booked.'],
    ]);
    const dated = rowsToTracker([[...rows[0]!, '15/04/2026']], ['text', 'progressUpdate', 'progressUpdate', 'progressDate'], {
      headers: [...headers, 'Date of update'],
      committeeName: 'C',
      today: '2026-12-07',
    }).tracker;
    expect(dated.progressUpdates.map((u) => u.date)).toEqual(['2026-04-15', '2026-04-15']);
  });
});
