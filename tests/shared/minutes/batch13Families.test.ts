// The families batch 13's one run showed (tests/fixtures/minutes/real/batch13), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';

const texts = (minutes: string) => parseMinutes(minutes).items.flatMap((i) => i.resolutions.map((r) => ({ kind: r.kind, text: r.text })));

describe('batch 13 families', () => {
  it('keeps requests for an update told beside a formal noting', () => {
    const minutes = [
      'Service Delivery Committee', '', '9. Leisure update', '', 'Officers advised that the car park works had been delayed by the weather. Members requested an update on the works.', '',
      'It was also requested by Members that a profit-share update be brought to the next meeting.', '', 'RESOLVED that the contents of the report be noted.',
    ].join('\n');
    expect(texts(minutes).map((r) => [r.kind === 'procedural', r.text.slice(0, 28)])).toEqual([
      [true, 'That the contents of the rep'],
      [false, 'Members requested an update '],
      [false, 'It was also requested by Mem'],
    ]);
  });

  it.each([
    'The Chair requested that there was an update on temporary accommodation at the next meeting.',
    'The Chair requested information on damp and mould in the council’s properties.',
    'Members requested updates on two previous actions that had not been completed.',
    'He advised Members that he will keep them updated on the negotiations.',
  ])('reads a decision told in the narrative forms batch 13 brought: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(true);
  });

  it.each(['The Chair requested that she be allowed to leave early.', 'Officers would keep the matter under review as usual.'])('finds no decision in the look-alike: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(false);
  });
});
