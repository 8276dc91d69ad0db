// Search words and outcome wording: what the index stores and how councils' words are read.
import { describe, expect, it } from 'vitest';
import { indexWords, normaliseOutcome, normaliseStatus, queryPrefixes } from '../../shared/index';

describe('indexWords', () => {
  it('keeps distinct lower-case words, drops stopwords and single letters, folds accents', () => {
    expect(indexWords('The Council’s café review of the review, 2024-25')).toEqual(['council', 'cafe', 'review', '2024', '25']);
  });
});

describe('queryPrefixes', () => {
  it('treats each typed word as a prefix and drops prefixes another word covers', () => {
    expect(queryPrefixes('Safeg the')).toEqual(['safeg']);
    expect(queryPrefixes('saf safeguarding')).toEqual(['safeguarding']);
    expect(queryPrefixes('')).toEqual([]);
  });
});

describe('normaliseOutcome and normaliseStatus', () => {
  it('reads the family of wordings councils use', () => {
    expect(normaliseOutcome('Partly Accepted')).toBe('Partially accepted');
    expect(normaliseOutcome('accepted in principle')).toBe('Partially accepted');
    expect(normaliseOutcome(' REJECTED ')).toBe('Rejected');
    expect(normaliseOutcome('No response received')).toBe('No response received');
    expect(normaliseOutcome(null)).toBe('');
    expect(normaliseOutcome('Perhaps')).toBeNull();
    expect(normaliseStatus('Completed')).toBe('completed');
    expect(normaliseStatus('Added to work programme')).toBe('work-programme');
    expect(normaliseStatus(null)).toBe('open');
    expect(normaliseStatus('Sort of')).toBeNull();
  });
});
