// The families batch 11's one run showed (tests/fixtures/minutes/real/batch11), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';

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

  it('keeps resolutions that ask for work from being read as procedural', () => {
    const minutes = [
      'Corporate Scrutiny Committee', '', '5. Safer city strategy', '',
      'RESOLVED – That this item be deferred to the next meeting on 3 November, and that the strategy be developed into a three year plan', '',
      '6. Work programme', '', 'RESOLVED:', '', '(a) That the work programme be noted.', '',
      '(b) That a scoping paper be produced in line with the agreed procedure for the items suggested for the Work Programme.', '',
      '7. Task group report', '', 'RESOLVED:', '', 'The report of the Task Group be noted and accepted for consideration, with a view to the Cabinet’s response to the recommendations be reported to a future meeting.', '',
      '8. Language standards', '', 'RESOLVED:', '', '(a) That Cabinet be assured that progress has been made during the year;', '',
      '(b) That areas for improvement be noted and a mid-year report on progress is to be built into the Forward Work Programme.', '',
      '9. Childhood weight review', '', 'Resolved –  (a)That the current position be noted, and (b) that the background report be drafted and brought back to the panel.',
    ].join('\n');
    expect(texts(minutes).map((r) => [r.item, r.label, r.kind === 'procedural'])).toEqual([
      ['5', null, false],
      ['6', 'a', true],
      ['6', 'b', false],
      ['7', null, false],
      ['8', 'a', true],
      ['8', 'b', false],
      ['9', 'a', true],
      ['9', 'b', false],
    ]);
  });

  it.each([
    'It was stated that further training sessions on the new system would be arranged for members.',
    'The first meeting of the Group would be organised in the following week.',
    'The Chair indicated that the questioner would receive a written response.',
    'Arising from the discussions, asked that the hospital trust explain the waiting times at the next meeting.',
  ])('reads a decision told in the narrative forms batch 11 brought: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(true);
  });

  it.each(['The meeting had been held in the library.', 'Members asked whether a written response would be sent.', 'It was noted that the next meeting would be held on 12 March 2025.'])('finds no decision in the look-alike: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(false);
  });

  it('reads condolences passed on as procedural', () => {
    expect(texts(['Cabinet', '', '1. Announcements', '', 'RESOLVED: That the Cabinet’s condolences be passed on to the family of the former Leader.'].join('\n')).map((r) => r.kind)).toEqual(['procedural']);
  });
});

