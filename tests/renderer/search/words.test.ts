// The index's fast word splitter gives exactly indexWords' words, for plain ASCII text and for anything else.
import { describe, expect, it } from 'vitest';
import { indexWords } from '../../../shared/index';
import { searchWords } from '../../../renderer/search/words';

const texts = [
  'The executive to review safeguarding in schools.',
  'That the Cabinet Member for Children and Families (Cllr A. Smith) reports back by 31/03/2025; see item 7b.',
  'A1 and B2 routes: an “improvement plan” for the café’s well-being — naïve résumé, ÉCOLE, straße.',
  'snake_case, kebab-case, e-mail, CO2, 2nd, x, I, to, THE, And',
  '',
  '   ',
  'ends with a word',
  'Tabs\tand\nnew\r\nlines',
];

describe('searchWords', () => {
  it('gives indexWords’ words for every kind of text', () => {
    for (const text of texts) {
      const r = { text, responseText: '', action: '', notes: '' };
      expect(new Set(searchWords(r)), text).toEqual(new Set(indexWords(text)));
    }
  });

  it('joins the text, response, action and notes as indexWords does', () => {
    const r = { text: texts[0]!, responseText: texts[1]!, action: texts[2]!, notes: texts[3]! };
    expect(new Set(searchWords(r))).toEqual(new Set(indexWords(r.text, r.responseText, r.action, r.notes)));
    expect(searchWords(r).length).toBe(new Set(searchWords(r)).size);
  });

  it('agrees on random ASCII text, punctuation and stopwords included', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_/()[]\'"!?&%\t\n';
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = Math.floor(rand() * 120);
      for (let i = 0; i < length; i++) text += rand() < 0.1 ? ' the ' : alphabet[Math.floor(rand() * alphabet.length)];
      expect(new Set(searchWords({ text, responseText: '', action: '', notes: '' })), JSON.stringify(text)).toEqual(new Set(indexWords(text)));
    }
  });
});
