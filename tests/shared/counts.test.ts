// Counts as councils write them: thousands separators and the right noun.
import { describe, expect, it } from 'vitest';
import { countOf, formatCount } from '../../shared/index';

describe('counts in words', () => {
  it('writes thousands separators and the right noun', () => {
    expect(formatCount(50000)).toBe('50,000');
    expect(formatCount(999)).toBe('999');
    expect(countOf(1, 'recommendation')).toBe('1 recommendation');
    expect(countOf(12000, 'recommendation')).toBe('12,000 recommendations');
    expect(countOf(2, 'agenda item')).toBe('2 agenda items');
    expect(countOf(3, 'deletion in the bin', 'deletions in the bin')).toBe('3 deletions in the bin');
  });
});
