// Never losing text silently: lines inside a resolution block that no proposal holds are found, and
// the review's gestures (make a resolution of lines, add lines to one, split at each label) work; and
// sentences of the discussion worded like a decision are offered.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedMinutes } from '../../../shared/index';
import { possibleDecisions, unclaimedRuns } from '../../../renderer/features/minutes/coverage';
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

describe('what is not text in no resolution', () => {
  it('passes over a stem with a dash, narrative after a full stop, and a heading whose title stands below its number', () => {
    const text = [
      '74.',
      '',
      'Recommendations to Cabinet from the Cost of Living Inquiry',
      '',
      'The Chair introduced the report.',
      'AGREED – That',
      '(1) the progress report be noted;',
      '(2) the Executive Member be asked to complete the training.',
      'The Chair thanked the officers for their work.',
    ].join('\n');
    const parsed: ParsedMinutes = {
      committee: 'Board', meetingDate: '2025-01-01',
      items: [{ number: '74', title: 'Recommendations to Cabinet from the Cost of Living Inquiry', resolutions: [
        { label: '1', text: 'the progress report be noted;', kind: 'procedural', addressee: null },
        { label: '2', text: 'the Executive Member be asked to complete the training.', kind: 'recommendation', addressee: null },
      ] }],
    };
    const draft = draftFromParsed(parsed, text);
    expect(draft.items[0]?.line).toBe(0);
    expect(unclaimedRuns(text.split('\n'), draft)).toEqual([]);
    // Without (2) among the proposals, its line is marked.
    const missing = draftFromParsed({ ...parsed, items: [{ ...parsed.items[0]!, resolutions: parsed.items[0]!.resolutions.slice(0, 1) }] }, text);
    expect(unclaimedRuns(text.split('\n'), missing).map((r) => [r.from, r.label])).toEqual([[7, '2']]);
  });
});

describe('possibleDecisions: sentences of the discussion worded like a decision that no proposal holds', () => {
  const narrative = [
    '5. HOUSING REPAIRS UPDATE',
    '',
    'The Head of Housing presented the report on repairs backlogs across the district.',
    'Members asked about damp and mould cases in the older blocks. The Head of Housing undertook to circulate the figures for each estate before the next meeting.',
    'The minutes of the previous meeting were agreed and signed as a correct record.',
    'RESOLVED: That the report be noted.',
  ];
  const parsed: ParsedMinutes = {
    committee: 'Housing Scrutiny Panel',
    meetingDate: '2024-03-05',
    items: [{ number: '5', title: 'HOUSING REPAIRS UPDATE', resolutions: [{ label: null, text: 'That the report be noted.', kind: 'procedural', addressee: 'committee' }] }],
  };

  it('offers the undertaking told as narrative, under its item, and not the minutes, the discussion or the resolution already proposed', () => {
    const draft = draftFromParsed(parsed, narrative.join('\n'));
    const hints = possibleDecisions(narrative, draft);
    expect(hints.map((h) => h.text)).toEqual(['The Head of Housing undertook to circulate the figures for each estate before the next meeting.']);
    expect(hints[0]?.itemKey).toBe(draft.items[0]?.key);
    // Made a resolution of that sentence alone with one click, it is no longer offered.
    const next = addFromLines(draft, narrative, hints[0]!.from, hints[0]!.to, hints[0]!.text);
    expect(next.proposals.find((p) => p.found === 'added')?.text).toBe('The Head of Housing undertook to circulate the figures for each estate before the next meeting.');
    // Read as the parser reads a decision told in narrative: an undertaking is an action, not a recommendation.
    expect(next.proposals.find((p) => p.found === 'added')).toMatchObject({ kind: 'action' });
    expect(possibleDecisions(narrative, next)).toEqual([]);
  });

  it('offers a decision page\'s verb-first point after its number ("1) Approve the proposed Pay Policy …")', () => {
    const lines = [...narrative.slice(0, 3), '1) Approve the proposed Pay Policy Statement and method of implementation;', ...narrative.slice(4)];
    const draft = draftFromParsed(parsed, lines.join('\n'));
    expect(possibleDecisions(lines, draft).map((h) => [h.label, h.text])).toEqual([['1', 'Approve the proposed Pay Policy Statement and method of implementation;']]);
  });

  it('offers a promise only the parser\'s narrative forms know ("… confirmed that this would be passed to the department")', () => {
    const lines = [...narrative.slice(0, 3), 'The Chair confirmed that the complaint about the lifts would be passed to the landlord services department.', ...narrative.slice(4)];
    const draft = draftFromParsed(parsed, lines.join('\n'));
    expect(possibleDecisions(lines, draft).map((h) => h.text)).toEqual(['The Chair confirmed that the complaint about the lifts would be passed to the landlord services department.']);
  });

  it.each([
    'The Corporate Director explained that they would be happy to provide their response to the panel in writing.',
    'He advised Members that he will keep them updated on the negotiations with the landlord.',
    'The Chair explained that they would be requesting a briefing on the new repairs contract.',
    'It was proposed that the committee should write to the Executive to set out its concerns.',
    // Promises and decision-page lines the fifth session's review of the corpus found shown nowhere.
    'The Officer stated that a suitable site for the new bench would now be sought.',
    'The Head of Corporate Safeguarding would be contacted for further information.',
    'Councillor Patel will meet with the Democratic Services Manager to take this forward.',
    'The Chair advised that the update would instead be provided at the meeting in March.',
    'To approve the Housing Allocations Policy as set out in Appendix A to the report.',
    'Agree that the current allocations form part of a three-year capital programme.',
    'The committee noted the Forward Plan but requested that the Transformation project be scheduled for each meeting.',
  ])('offers an undertaking or proposal in the wording real minutes used, and makes it no procedural resolution: %s', (sentence) => {
    const lines = [...narrative.slice(0, 3), sentence, ...narrative.slice(4)];
    const draft = draftFromParsed(parsed, lines.join('\n'));
    const hints = possibleDecisions(lines, draft);
    expect(hints.map((h) => h.text)).toEqual([sentence]);
    const made = addFromLines(draft, lines, hints[0]!.from, hints[0]!.to, hints[0]!.text).proposals.find((p) => p.found === 'added');
    expect(made?.kind).not.toBe('procedural');
  });
});


describe('possibleDecisions passes over an agenda\'s routine lines', () => {
  it.each(['To approve the minutes of the meeting held on 18 June 2024.', 'To approve the Record of the Meeting held on 26 March 2024.'])('offers no approval of a meeting\'s minutes or record: %s', (line) => {
    const lines = ['5. MINUTES', '', line];
    const parsed: ParsedMinutes = { committee: 'Housing Scrutiny Panel', meetingDate: null, items: [{ number: '5', title: 'MINUTES', resolutions: [] }] };
    expect(possibleDecisions(lines, draftFromParsed(parsed, lines.join('\n')))).toEqual([]);
  });
});

describe('unclaimedRuns on a decision page', () => {
  it('does not mark the page\'s fields after the last decision ("Report author:", "Lead officer:") as text lost', () => {
    const page = ['Decision details', 'Decision Maker: Cabinet', 'Decision:', '· Agreed to close the depot on Sundays', 'Report author: A Person', 'Lead officer: B Person', 'Publication date: 04/12/2017'].join('\n');
    const pageLines = page.split('\n');
    const parsed: ParsedMinutes = { committee: 'Cabinet', meetingDate: null, items: [{ number: null, title: null, resolutions: [{ label: null, text: 'Agreed to close the depot on Sundays', kind: 'action', addressee: null, found: 'after-marker' }] }] };
    expect(unclaimedRuns(pageLines, draftFromParsed(parsed, page))).toEqual([]);
  });

  it('offers no page field as a possible decision ("Decided at meeting: 04/12/2017 - Cabinet")', () => {
    const page = ['Decision details', 'Decision:', '· Agreed to close the depot on Sundays', 'Decided at meeting: 04/12/2017 - Cabinet'].join('\n');
    const parsed: ParsedMinutes = { committee: 'Cabinet', meetingDate: null, items: [{ number: null, title: null, resolutions: [{ label: null, text: 'Agreed to close the depot on Sundays', kind: 'action', addressee: null, found: 'after-marker' }] }] };
    expect(possibleDecisions(page.split('\n'), draftFromParsed(parsed, page))).toEqual([]);
  });
});

describe('unclaimedRuns over a list\'s sub-headings', () => {
  it('does not mark "Decisions of the Cabinet" or "Decision of the Leader of the Council" as text lost, but still a point no proposal holds', () => {
    const page = ['12 Repairs Plan', 'Minutes:', 'RESOLVED:', 'Decisions of the Cabinet', '1. That the repairs plan be approved.', 'Decision of the Leader of the Council', '2. That authority be delegated to the cabinet member.'].join('\n');
    const pageLines = page.split('\n');
    const one = (label: string, text: string) => ({ label, text, kind: 'action' as const, addressee: null, found: 'after-marker' as const });
    const parsed: ParsedMinutes = { committee: 'Cabinet', meetingDate: null, items: [{ number: '12', title: 'Repairs Plan', resolutions: [one('1', 'That the repairs plan be approved.'), one('2', 'That authority be delegated to the cabinet member.')] }] };
    expect(unclaimedRuns(pageLines, draftFromParsed(parsed, page))).toEqual([]);
    const missing: ParsedMinutes = { ...parsed, items: [{ ...parsed.items[0]!, resolutions: [one('1', 'That the repairs plan be approved.')] }] };
    expect(unclaimedRuns(pageLines, draftFromParsed(missing, page)).map((r) => r.label)).toEqual(['2']);
  });
});

describe('unclaimedRuns on a decisions list', () => {
  it('does not mark the site\'s instructions below the page title "Decisions" as text lost', () => {
    const page = ['Decisions', '', 'Use the below search options to find information regarding recent executive decisions that have been taken.', '', 'Decisions published', '',
      '06/08/2020 - Assignment of lease ref: 4657    Recommendations Approved', 'Decision Maker: Deputy Chief Executive', 'Decision:', 'The Deputy Chief Executive has given approval to the assignment of the lease.'].join('\n');
    const parsed: ParsedMinutes = { committee: null, meetingDate: null, items: [{ number: null, title: 'Assignment of lease', resolutions: [{ label: null, text: 'The Deputy Chief Executive has given approval to the assignment of the lease.', kind: 'action', addressee: 'officers', found: 'after-marker' }] }] };
    expect(unclaimedRuns(page.split('\n'), draftFromParsed(parsed, page))).toEqual([]);
  });
});
