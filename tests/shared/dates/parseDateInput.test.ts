// Reading dates as officers type them: day first whatever the locale, real dates only, the weekday checked.
import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../../shared/index';
import { readDateInput } from '../../../shared/dates/parseDateInput';

describe('parseDateInput', () => {
  it('reads every shape the API names as 12 September 2024, day first', () => {
    for (const text of [
      '12/9/24',
      '12/09/2024',
      '12.09.2024',
      '12-09-2024',
      '12 Sept 2024',
      '12 September 2024',
      'Thursday 12 September 2024',
      '2024-09-12',
    ])
      expect(parseDateInput(text), text).toBe('2024-09-12');
  });

  it('reads the other ways the same date gets typed', () => {
    for (const text of [
      '12092024',
      '120924',
      '12 09 2024',
      '12.9.24',
      ' 12 / 09 / 2024 ',
      '12th September 2024',
      '12 sep 2024',
      '12 SEPT. 2024',
      '12-Sep-2024',
      '12-Sep-24',
      'September 12, 2024',
      'Thu 12 Sep 2024',
      'Thursday, 12 September 2024',
      'thurs 12 september 24',
      '2024-9-12',
    ])
      expect(parseDateInput(text), text).toBe('2024-09-12');
  });

  it('never reads the month first, whatever the locale', () => {
    expect(parseDateInput('09/12/2024')).toBe('2024-12-09');
    expect(parseDateInput('1/2/25')).toBe('2025-02-01');
    // 12/31/2024 is how an American would write New Year's Eve: refused, not swapped.
    expect(parseDateInput('12/31/2024')).toBeNull();
  });

  it('reads two-digit years as 20yy', () => {
    expect(parseDateInput('01/01/00')).toBe('2000-01-01');
    expect(parseDateInput('31/12/99')).toBe('2099-12-31');
    expect(parseDateInput('5 May 25')).toBe('2025-05-05');
  });

  it('refuses dates that do not exist', () => {
    for (const text of ['31/02/2024', '30/02/2024', '29/02/2023', '31/04/2024', '00/01/2024', '32/01/2024', '12/13/2024', '12/00/2024', '31 June 2024', '2024-02-30'])
      expect(parseDateInput(text), text).toBeNull();
    expect(parseDateInput('29/02/2024')).toBe('2024-02-29');
    expect(parseDateInput('29/02/2000')).toBe('2000-02-29');
    expect(parseDateInput('29/02/2100')).toBeNull();
  });

  it('refuses text that is not a date', () => {
    for (const text of ['', '   ', 'hello', '12', '12/09', '12/09/202', '12/09/20245', '12/09-2024', '12 Septembre 2024', '12 Ju 2024', 'Someday 12 September 2024', '2024/09/12', '1234567', '12 September', 'September 2024', '12/9/24 extra'])
      expect(parseDateInput(text), JSON.stringify(text)).toBeNull();
  });

  it('refuses a weekday that disagrees with the date, and says which day it is', () => {
    expect(parseDateInput('Friday 12 September 2024')).toBeNull();
    const reading = readDateInput('Friday 12 September 2024');
    expect(reading).toEqual({ ok: false, reason: 'weekday', message: 'That date is a Thursday, not a Friday. Check the day and the date.' });
  });

  it('explains each refusal in plain English', () => {
    expect(readDateInput('')).toMatchObject({ ok: false, reason: 'empty' });
    expect(readDateInput('hello')).toMatchObject({ ok: false, reason: 'unreadable', message: expect.stringContaining('day first') });
    expect(readDateInput('31/02/2024')).toEqual({ ok: false, reason: 'no-such-date', message: 'There is no 31 February 2024. Enter a real date, day first.' });
    expect(readDateInput('12/13/2024')).toMatchObject({ ok: false, reason: 'no-such-date', message: expect.stringContaining('no month 13') });
  });

  it('agrees with the ISO reader on every day of 2023 and 2024 written dd/mm/yyyy', () => {
    const start = new Date(2023, 0, 1);
    for (let i = 0; i < 731; i++) {
      const d = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
      const dd = String(d.getDate()).padStart(2, '0');
      const mm = String(d.getMonth() + 1).padStart(2, '0');
      const iso = `${d.getFullYear()}-${mm}-${dd}`;
      expect(parseDateInput(`${dd}/${mm}/${d.getFullYear()}`)).toBe(iso);
      expect(parseDateInput(`${d.getDate()}.${d.getMonth() + 1}.${String(d.getFullYear()).slice(2)}`)).toBe(iso);
    }
  });
});

describe('the date field reads a date back', () => {
  it('in words with its weekday, and as dd/mm/yyyy to edit', async () => {
    const { formatWeekdayDate, formatInputDate } = await import('../../../shared/index');
    expect(formatWeekdayDate('2024-09-12')).toBe('Thursday 12 September 2024');
    expect(formatWeekdayDate('2024-02-30')).toBe('');
    expect(formatInputDate('2024-09-12')).toBe('12/09/2024');
    expect(parseDateInput(formatInputDate('2023-01-05'))).toBe('2023-01-05');
  });
});
