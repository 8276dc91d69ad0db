// splitEntries and shareResponses: one cell of several recommendations, and the responses shared out among them.
import { describe, expect, it } from 'vitest';
import { shareResponses, splitEntries, splitLabel } from '../../../shared/trackerDocx/index';

const paras = (...texts: Array<string | [string, number]>) =>
  texts.map((t) => (typeof t === 'string' ? { text: t, heading: false, gapAfter: null } : { text: t[0], heading: false, gapAfter: t[1] }));

describe('splitEntries', () => {
  it('parts entries at blank paragraphs', () => {
    expect(splitEntries(paras('', 'One.', 'Still one.', '', '', 'Two.', ''))).toEqual([
      { label: '', text: 'One.\nStill one.' },
      { label: '', text: 'Two.' },
    ]);
  });

  it('parts entries at their labels, the unlabelled lines staying with the one above', () => {
    expect(splitEntries(paras('1) Defers the decision to enable:', 'A consultation;', '2) Recommends a review.'))).toEqual([
      { label: '1', text: 'Defers the decision to enable:\nA consultation;' },
      { label: '2', text: 'Recommends a review.' },
    ]);
  });

  it('parts entries where the space after a paragraph is wider than inside one', () => {
    expect(splitEntries(paras('First:', ['its point.', 160], 'Second.', ['Third.', 160], 'Fourth.'))).toEqual([
      { label: '', text: 'First:\nits point.' },
      { label: '', text: 'Second.\nThird.' },
      { label: '', text: 'Fourth.' },
    ]);
  });

  it('otherwise takes a paragraph each, keeping a lead-in with its list', () => {
    expect(splitEntries(paras('A survey is undertaken;', 'A briefing note is circulated;', 'The committee recommends:', 'more consultation;', 'evidence on staff; and', 'A further point.', 'An update.'))).toEqual([
      { label: '', text: 'A survey is undertaken;' },
      { label: '', text: 'A briefing note is circulated;' },
      { label: '', text: 'The committee recommends:\nmore consultation;\nevidence on staff; and\nA further point.' },
      { label: '', text: 'An update.' },
    ]);
    expect(splitEntries(paras('', ''))).toEqual([]);
  });

  it('reads the labels councils print, and not words that only look like them', () => {
    expect(splitLabel('(ii) Text')).toEqual({ label: 'ii', text: 'Text' });
    expect(splitLabel('3. Text')).toEqual({ label: '3', text: 'Text' });
    expect(splitLabel('b) Text')).toEqual({ label: 'b', text: 'Text' });
    expect(splitLabel('A briefing note')).toEqual({ label: '', text: 'A briefing note' });
    expect(splitLabel('e.g. this')).toEqual({ label: '', text: 'e.g. this' });
  });
});

describe('shareResponses', () => {
  const recs = (...labels: string[]) => labels.map((label, i) => ({ label, text: `Rec ${i}` }));
  it('matches by label, pairs one for each, and repeats one for the whole item', () => {
    expect(shareResponses(recs('1', '2'), [{ label: '2', text: 'B' }, { label: '1', text: 'A' }]).texts).toEqual(['A', 'B']);
    expect(shareResponses(recs('', ''), [{ label: '', text: 'A' }, { label: '', text: 'B' }]).texts).toEqual(['A', 'B']);
    expect(shareResponses(recs('', '', ''), [{ label: '', text: 'All' }]).texts).toEqual(['All', 'All', 'All']);
    expect(shareResponses(recs('', ''), [])).toEqual({ texts: ['', ''], problem: null });
  });

  it('keeps the whole response on each when it cannot tell which part answers which, and says so', () => {
    const shared = shareResponses(recs('', '', ''), [{ label: '', text: 'A' }, { label: '', text: 'B' }]);
    expect(shared.texts).toEqual(['A\nB', 'A\nB', 'A\nB']);
    expect(shared.problem).toMatch(/2 parts for 3 recommendations/);
  });
});
