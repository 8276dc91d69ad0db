// Families from the misses left on the whole corpus (1,056 sets) in the fifth session, each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { found, lines } from './familyHelpers';

describe('residue families, fifth session', () => {
  it('splits "1. … ; and, 2. …" run onto the marker\'s line (a combined authority\'s board)', () => {
    const minutes = lines('7. Revised Budget 2023/24', '', 'RESOLVED that the Board: 1. Adopted the revised budget estimates; and, 2. Approved the grant to the constituent councils.');
    expect(found(minutes).map((r) => [r.label, r.text])).toEqual([
      ['1', 'Adopted the revised budget estimates.'],
      ['2', 'Approved the grant to the constituent councils.'],
    ]);
  });
});
