// Never losing text silently: lines inside a resolution block that no proposal holds are found, and
// the review's gestures (make a resolution of lines, add lines to one, split at each label) work.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedMinutes } from '../../../shared/index';
import { unclaimedRuns } from '../../../renderer/features/minutes/coverage';
import { addFromLines, appendLines, draftFromParsed, labelledBreaks, splitAtLabels } from '../../../renderer/features/minutes/draft';
import { inlineParts, joinLines, lineLabel } from '../../../renderer/features/minutes/lineLabels';
import { wordDiff } from '../../../renderer/features/minutes/wordDiff';

const source = readFileSync(new URL('../../fixtures/minutes-dash-labels.txt', import.meta.url), 'utf8');
const lines = source.split('\n');
const at = (start: string) => lines.findIndex((l) => l.startsWith(start));

// What the parser once made of these minutes: (a) cut off at the page break, (b) to (g) lost.
const cutOff: ParsedMinutes = {
  committee: 'Children and Young People Scrutiny Committee',
  meetingDate: '2024-01-23',
  items: [
    { number: '180', title: 'MINUTES', resolutions: [{ label: null, text: 'That the minutes of the meeting held on 14 November 2023 be confirmed as a correct record and be signed by the chairperson.', kind: 'procedural', addressee: 'committee' }] },
    { number: '181', title: "SAFEGUARDING CHILDREN'S PARTNERSHIP ANNUAL REPORT 2022/23", resolutions: [{ label: null, text: 'That a workshop be held including all data analysts from across the partnership.', kind: 'recommendation', addressee: 'partner' }] },
    {
      number: '183',
      title: 'TASK AND FINISH GROUP - CHILDREN AND YOUNG PEOPLE DIRECTORATE BUDGET',
      statedCount: { count: 7, text: 'seven recommendations (a-g)' },
      resolutions: [{ label: 'a', text: "Financial performance data to form part of the 'measures that matter' and performance dashboard data, and should be reported back to staff teams so that they are aware of the financial", kind: 'recommendation', addressee: null, found: 'after-marker' }],
    },
    { number: '184', title: 'WORK PROGRAMME', resolutions: [{ label: null, text: 'That the work programme be noted.', kind: 'procedural', addressee: 'committee' }] },
  ],
};

describe('unclaimedRuns', () => {
  it('marks the rest of a recommendation cut at a page break and every labelled point no proposal holds, and nothing else', () => {
    const draft = draftFromParsed(cutOff, source);
    const item183 = draft.items.find((i) => i.number === '183')!;
    expect(item183.line).toBe(at('183.'));
    expect(item183.statedCount?.count).toBe(7);
    const runs = unclaimedRuns(lines, draft);
    expect(runs.map((r) => [r.from, r.label])).toEqual([
      [at('consequences'), ''],
      [at('- b.'), 'b'],
      [at('- c.'), 'c'],
      [at('- d.'), 'd'],
      [at('- e.'), 'e'],
      [at('- f.'), 'f'],
      [at('- g.'), 'g'],
    ]);
    expect(runs.every((r) => r.itemKey === item183.key)).toBe(true);
    // Page furniture and the stem are not text of a resolution.
    expect(runs.some((r) => /Page 7|23 January 2024|recommended to the executive/.test(r.text))).toBe(false);
    expect(runs[1]?.text).toBe('Children and Young People Scrutiny Committee to examine how SEND Transport demand and costs are managed, including a review of operations in other rural local authorities.');
  });

  it('finds nothing unclaimed when every resolution is whole', () => {
    const whole = structuredClone(cutOff);
    const item = whole.items[2]!;
    item.resolutions = lines
      .filter((l) => l.startsWith('- '))
      .map((l) => ({ label: lineLabel(l)!.label, text: lineLabel(l)!.rest, kind: 'recommendation' as const, addressee: null }));
    item.resolutions[0]!.text += ' consequences of the service performance alongside other measures.';
    expect(unclaimedRuns(lines, draftFromParsed(whole, source))).toEqual([]);
  });

  it('makes one click of each: a passage into a resolution, the cut-off rest onto (a)', () => {
    let draft = draftFromParsed(cutOff, source);
    const runs = unclaimedRuns(lines, draft);
    const a = draft.proposals.find((p) => p.label === 'a')!;
    draft = appendLines(draft, a.key, lines, runs[0]!.from, runs[0]!.to);
    expect(draft.proposals.find((p) => p.key === a.key)?.text).toMatch(/aware of the financial consequences of the service performance alongside other measures\.$/);
    for (const run of unclaimedRuns(lines, draft)) draft = addFromLines(draft, lines, run.from, run.to);
    const item = draft.proposals.filter((p) => p.itemKey === a.itemKey);
    expect(item.map((p) => p.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(item[1]).toMatchObject({ found: 'added', include: true, kind: 'recommendation' });
    expect(unclaimedRuns(lines, draft)).toEqual([]);
  });
});

describe('the review gestures', () => {
  it('splits a proposal at each label, dash or bullet before it', () => {
    let draft = draftFromParsed(cutOff, source);
    const a = draft.proposals.find((p) => p.label === 'a')!;
    draft = { ...draft, proposals: draft.proposals.map((p) => (p.key === a.key ? { ...p, text: 'First point\ncontinued.\n- b. Second point.\n• (c) Third point.' } : p)) };
    expect(labelledBreaks(draft.proposals.find((p) => p.key === a.key)!.text)).toBe(2);
    const split = splitAtLabels(draft, a.key).proposals.filter((p) => p.itemKey === a.itemKey);
    expect(split.map((p) => [p.label, p.text])).toEqual([
      ['a', 'First point\ncontinued.'],
      ['b', 'Second point.'],
      ['c', 'Third point.'],
    ]);
  });

  it('adds a resolution from any selected lines, under the item above them', () => {
    const draft = draftFromParsed(cutOff, source);
    const from = at('The independent scrutineer');
    const added = addFromLines(draft, lines, from, from);
    const p = added.proposals.find((x) => x.found === 'added')!;
    expect(p.text).toBe(lines[from]);
    expect(added.items.find((i) => i.key === p.itemKey)?.number).toBe('181');
    // In source order among the other proposals.
    expect(added.proposals.indexOf(p)).toBe(1);
  });

  it('reads labels with a dash or bullet before them, and joins broken lines', () => {
    expect(lineLabel('- b. Children')).toEqual({ label: 'b', rest: 'Children' });
    expect(lineLabel('• (iv) Text')).toEqual({ label: 'iv', rest: 'Text' });
    expect(lineLabel('2024 was a year')).toBeNull();
    expect(joinLines(['(a) The council recom-', 'mends the plan', '', '(b) and more'])).toBe('The council recommends the plan\n(b) and more');
  });

  it('shows a word difference between the tracker and the minutes', () => {
    expect(wordDiff('Publish the fees monthly.', 'Publish the care fees monthly.')).toEqual([
      { kind: 'same', text: 'Publish the' },
      { kind: 'minutes', text: 'care' },
      { kind: 'same', text: 'fees monthly.' },
    ]);
  });
});

describe('labels run together on one line', () => {
  it('splits where the next label of the list follows in turn, and nowhere else', () => {
    expect(inlineParts('Publish the figures; (b) write to the minister; and (c) report back in plan b. next year.', 'a')).toEqual([
      { label: 'a', text: 'Publish the figures;' },
      { label: 'b', text: 'write to the minister; and' },
      { label: 'c', text: 'report back in plan b. next year.' },
    ]);
    expect(inlineParts('Figures 2. and 3. were wrong.', '1')).toBeNull();
    expect(inlineParts('No label here.', '')).toBeNull();
    const d = draftFromParsed(cutOff, source);
    const a = d.proposals.find((p) => p.label === 'a')!;
    const joined = { ...d, proposals: d.proposals.map((p) => (p.key === a.key ? { ...p, text: 'First point. b) Second point. c) Third.' } : p)) };
    expect(labelledBreaks('First point. b) Second point. c) Third.', 'a')).toBe(2);
    expect(splitAtLabels(joined, a.key).proposals.filter((p) => p.itemKey === a.itemKey).map((p) => `${p.label}:${p.text}`)).toEqual(['a:First point.', 'b:Second point.', 'c:Third.']);
  });
});
