// The statutory clock and council dates: month ends, leap years, weeks and days, no time-zone drift.
import { describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate, isIsoDate, responseDueDate } from '../../shared/index';

describe('responseDueDate', () => {
  it('adds two calendar months by default (s9FE)', () => {
    expect(responseDueDate('2023-09-26')).toBe('2023-11-26');
    expect(responseDueDate('2024-11-26')).toBe('2025-01-26');
  });
  it('clamps to the end of a shorter month, leap years included', () => {
    expect(responseDueDate('2023-12-31')).toBe('2024-02-29');
    expect(responseDueDate('2024-12-31')).toBe('2025-02-28');
    expect(responseDueDate('2025-08-31')).toBe('2025-10-31');
    expect(responseDueDate('2025-07-31')).toBe('2025-09-30');
  });
  it('counts weeks or days where a council uses them, across clock changes', () => {
    expect(responseDueDate('2025-03-20', { weeks: 8 })).toBe('2025-05-15');
    expect(responseDueDate('2025-10-20', { days: 14 })).toBe('2025-11-03');
    expect(responseDueDate('2025-03-29', { days: 1 })).toBe('2025-03-30');
  });
  it('refuses a date that does not exist', () => {
    expect(() => responseDueDate('2025-02-29')).toThrow('"2025-02-29" is not a date written YYYY-MM-DD');
  });
});

describe('dates as councils write them', () => {
  it('writes long dates without a leading zero and footers as dd/mm/yy', () => {
    expect(formatLongDate('2023-09-26')).toBe('26 September 2023');
    expect(formatLongDate('2025-07-02')).toBe('2 July 2025');
    expect(formatLongDate('')).toBe('');
    expect(formatShortDate('2025-07-17')).toBe('17/07/25');
  });
  it('knows a real calendar date from a look-alike', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('26/09/2023')).toBe(false);
    expect(isIsoDate('2023-9-26')).toBe(false);
  });
});
