// Reading and writing calendar dates: real dates only, no time zone shift, the council's own forms.
import { format, isValid, parse } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate, isIsoDate, parseIsoDate, toIsoDate } from '../../../shared/dates/format';

describe('parseIsoDate', () => {
  it('reads real calendar dates as local midnight', () => {
    const d = parseIsoDate('2023-09-26')!;
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2023, 8, 26, 0, 0]);
    expect(parseIsoDate('2024-02-29')!.getDate()).toBe(29);
    expect(parseIsoDate('0024-01-05')!.getFullYear()).toBe(24);
  });

  it('refuses days that do not exist and anything not written YYYY-MM-DD', () => {
    for (const bad of ['2023-02-29', '2023-02-30', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '2023-1-5', '26/09/2023', '', ' 2023-09-26', '2023-09-26T00:00'])
      expect(parseIsoDate(bad), bad).toBeNull();
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('agrees with date-fns on every day of 1999 to 2001 and on the days after each month end', () => {
    // The hand-written reader replaced date-fns' parse for speed; the two must never disagree.
    const reference = (iso: string) => {
      const date = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
      return isValid(date) && format(date, 'yyyy-MM-dd') === iso;
    };
    for (let y = 1999; y <= 2001; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= 32; d++) {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(parseIsoDate(iso) !== null, iso).toBe(reference(iso));
        }
  });
});

describe('writing dates', () => {
  it('writes ISO, long and short forms without moving the day', () => {
    expect(toIsoDate(new Date(2025, 6, 17, 23, 59))).toBe('2025-07-17');
    expect(toIsoDate(parseIsoDate('0999-12-31')!)).toBe('0999-12-31');
    expect(formatLongDate('2023-09-26')).toBe('26 September 2023');
    expect(formatLongDate('')).toBe('');
    expect(formatLongDate('not a date')).toBe('not a date');
    expect(formatShortDate('2025-07-17')).toBe('17/07/25');
  });
});
