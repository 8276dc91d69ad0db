// The families batch 11's one run showed (tests/fixtures/minutes/real/batch11), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';

const texts = (minutes: string) => parseMinutes(minutes).items.flatMap((i) => i.resolutions.map((r) => ({ item: i.number, label: r.label, kind: r.kind, text: r.text })));

describe('batch 11 families', () => {
  it('reads a decision page\'s bullets told in the past tense ("· Agreed removal of …", "· Delegated the authority …") one by one, verbs kept', () => {
    const page = [
      'Decision details', 'Library opening hours', 'Decision Maker: Cabinet', 'To consider proposals for library hours following consultation.',
      '· Agreed reduction of opening hours at 4 of the 12 branch libraries', '· Agreed to extend the self-service pilot to two more branches',
      '· Delegated the authority to carry out the above to the Service Director in consultation with the Cabinet Member',
      'Decided at meeting: 04/12/2024 - Cabinet',
    ].join('\n');
    expect(texts(page).map((r) => r.text.slice(0, 22))).toEqual(['Agreed reduction of op', 'Agreed to extend the s', 'Delegated the authorit']);
  });
});
