// The review screen's working copy: built from seed 004, edited, and imported without duplicates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { draftFromParsed, draftProblems, mergeWithPrevious, splitProposal, updateProposal } from '../../../renderer/features/minutes/draft';
import { locateInSource } from '../../../renderer/features/minutes/locate';

const seed004 = readFileSync(new URL('../../fixtures/004_96e372cf547dc9a6.txt', import.meta.url), 'utf8');

function draft004() {
  return draftFromParsed(parseMinutes(seed004), seed004);
}

describe('draftFromParsed', () => {
  it('keeps items with resolutions, ticks all but procedural ones and finds their source lines', () => {
    const d = draft004();
    expect(d.committeeName).toBe('Children and Young People Scrutiny Committee');
    expect(d.meetingDate).toBe('2025-07-22');
    expect(d.receivedDate).toBe('2025-07-22');
    const rec2 = d.proposals.find((p) => p.text.startsWith('For full Council to debate'))!;
    expect(rec2).toMatchObject({ label: '2', include: true, kind: 'recommendation', addressee: 'council' });
    expect(d.items.find((i) => i.key === rec2.itemKey)?.number).toBe('7');
    const lines = seed004.split('\n');
    expect(rec2.from).toBeGreaterThanOrEqual(0);
    expect(lines[rec2.from]).toContain('For full Council to debate');
    const minutes = d.proposals.find((p) => p.text.includes('be confirmed as a correct record'))!;
    expect(minutes).toMatchObject({ kind: 'procedural', include: false });
  });
});

describe('editing the draft', () => {
  it('merges a proposal into the one above in the same item, and splits it again', () => {
    const d = draft004();
    const item7 = d.proposals.filter((p) => p.text.startsWith('For the executive') || p.text.startsWith('For full Council'));
    const merged = mergeWithPrevious(d, item7[1]!.key);
    expect(merged.proposals).toHaveLength(d.proposals.length - 1);
    const one = merged.proposals.find((p) => p.key === item7[0]!.key)!;
    expect(one.text).toBe(`${item7[0]!.text}\n${item7[1]!.text}`);
    const split = splitProposal(merged, one.key);
    expect(split.proposals.map((p) => p.text)).toEqual(d.proposals.map((p) => p.text));
    // The first proposal of an item never merges into another item.
    expect(mergeWithPrevious(d, item7[0]!.key)).toBe(d);
  });

  it('names what stops an import', () => {
    let d = draft004();
    d = { ...d, committeeName: ' ', meetingDate: '' };
    for (const p of d.proposals) d = updateProposal(d, p.key, { include: false });
    expect(draftProblems(d)).toEqual(['Choose or name the committee.', 'Enter the meeting date.', 'Tick at least one resolution to import.']);
  });
});

describe('locateInSource', () => {
  it('finds words that run over a line break, and says when they are not there', () => {
    const lines = ['RESOLVED: That', '(a) the committee asks the executive to', 'publish the figures monthly.', ''];
    expect(locateInSource(lines, 'The committee asks the executive to publish the figures monthly.')).toEqual({ from: 1, to: 2 });
    expect(locateInSource(lines, 'Something else entirely')).toEqual({ from: -1, to: -1 });
  });
});
