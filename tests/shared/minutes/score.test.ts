// The corpus scorer (score.ts): how expected and proposed resolutions are paired decides every figure in the corpus README.
import { describe, expect, it } from 'vitest';
import type { ParsedMinutes } from '../../../shared/index';
import { sameCommittee } from './realCorpus';
import { score, type Expected } from './score';

const resolution = (text: string) => ({ label: null, text, kind: 'action' as const, addressee: null, preamble: '', found: 'after-marker' as const });
const parsed = (items: Array<[string, string[]]>): ParsedMinutes => ({ committee: null, meetingDate: null, items: items.map(([number, texts]) => ({ number, title: null, resolutions: texts.map(resolution) })) }) as unknown as ParsedMinutes;
const expected = (items: Array<[string, string[]]>): Expected => ({ committee: null, meetingDate: null, items: items.map(([number, texts]) => ({ number, title: null, resolutions: texts.map((text) => ({ label: null, text, kind: 'action' as const })) })) });

describe('score', () => {
  it('pairs the same words decided under two items item by item', () => {
    const same = 'instructed the Director of Education to monitor progress and report back';
    const s = score(parsed([['I', [same]], ['II', [same]]]), expected([['I', [same]], ['II', [same]]]));
    expect(s.recall).toBe(1);
    expect(s.items).toBe(1);
  });

  it('still counts a proposal under the wrong item as found, with its item wrong', () => {
    const s = score(parsed([['II', ['That a report on play areas be brought to the next meeting.']]]), expected([['I', ['That a report on play areas be brought to the next meeting.']]]));
    expect(s.recall).toBe(1);
    expect(s.items).toBe(0);
  });

  it('misses words below the similarity threshold', () => {
    const s = score(parsed([['1', ['That the report be approved.']]]), expected([['1', ['That officers write to the Minister about the bus subsidy and report back.']]]));
    expect(s.recall).toBe(0);
    expect(s.precision).toBe(0);
  });

  it('reads a label as printed ("(i)", "1.") as the same label as its value, and a different value as wrong', () => {
    const text = 'That a report on play areas be brought to the next meeting.';
    const withLabel = (label: string): Expected => ({ committee: null, meetingDate: null, items: [{ number: '1', title: null, resolutions: [{ label, text, kind: 'action' }] }] });
    const got = (label: string): ParsedMinutes => ({ committee: null, meetingDate: null, items: [{ number: '1', title: null, resolutions: [{ ...resolution(text), label }] }] }) as unknown as ParsedMinutes;
    expect(score(got('i'), withLabel('(i)')).labels).toBe(1);
    expect(score(got('1'), withLabel('1.')).labels).toBe(1);
    expect(score(got('2'), withLabel('1.')).labels).toBe(0);
  });
});

describe('sameCommittee', () => {
  it('reads a committee printed in capitals as the same name, and nothing else as the same', () => {
    expect(sameCommittee('Executive', 'EXECUTIVE')).toBe(true);
    expect(sameCommittee('Scrutiny Committee (Social Care and Health)', 'SCRUTINY COMMITTEE (SOCIAL CARE AND HEALTH)')).toBe(true);
    expect(sameCommittee('Cabinet', 'Council')).toBe(false);
    expect(sameCommittee(null, 'Cabinet')).toBe(false);
    expect(sameCommittee(null, null)).toBe(true);
  });
});
