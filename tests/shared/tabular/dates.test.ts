// Dates as councils type them, read into ISO dates; nothing that is not a real date gets through.
import { describe, expect, it } from 'vitest';
import { findCouncilDate, parseCouncilDate } from '../../../shared/tabular/index';

describe('parseCouncilDate', () => {
  it.each([
    ['26 September 2023', '2023-09-26'],
    ['Tuesday 26 September 2023', '2023-09-26'],
    ['Tue, 26th Sept 2023', '2023-09-26'],
    ['26-Sep-2023', '2023-09-26'],
    ['September 26, 2023', '2023-09-26'],
    ['26/09/2023', '2023-09-26'],
    ['26/09/23', '2023-09-26'],
    ['26.09.2023', '2023-09-26'],
    ['2023-09-26', '2023-09-26'],
    ['2023-09-26T00:00:00.000Z', '2023-09-26'],
    ['26/09/2023 10:00', '2023-09-26'],
    ['45195', '2023-09-26'],
    ['45195.5', '2023-09-26'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseCouncilDate(text)).toBe(iso);
  });

  it('reads day and month the other way round when told the sheet is American', () => {
    expect(parseCouncilDate('09/26/2023', 'mdy')).toBe('2023-09-26');
    expect(parseCouncilDate('09/26/2023')).toBeNull();
  });

  it.each(['', '31/02/2023', '7', '2019 / 2020', 'September 2023', 'Cabinet 26 September 2023', 'soon', '99999'])('refuses "%s"', (text) => {
    expect(parseCouncilDate(text)).toBeNull();
  });
});

describe('findCouncilDate', () => {
  it('finds the first date written in a longer text and says where it is', () => {
    expect(findCouncilDate('Cabinet, 26 September 2023 (deferred to 3/10/2023)')).toEqual({ iso: '2023-09-26', start: 9, end: 26 });
    expect(findCouncilDate('Meeting of 03/10/2023')?.iso).toBe('2023-10-03');
    expect(findCouncilDate('no date here')).toBeNull();
  });
});
