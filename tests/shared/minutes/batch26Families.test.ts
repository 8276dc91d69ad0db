// The families batch 26's one run showed (tests/fixtures/minutes/real/batch26), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';
import { found, lines } from './familyHelpers';

describe('batch 26 families', () => {
  it('passes over "Decisions of the Cabinet" and "Decision of the Leader of the Council" inside a list of decisions', () => {
    const minutes = lines('7 Housing Repairs Plan', 'Minutes:', 'RESOLVED:', 'Decisions of the Cabinet', '1. That the repairs plan be approved.',
      '2. That progress be reported to the cabinet member every quarter.', 'Decision of the Leader of the Council', '3. That authority be delegated to the cabinet member to update the plan.');
    expect(found(minutes).map((r) => [r.label, r.text])).toEqual([
      ['1', 'That the repairs plan be approved.'],
      ['2', 'That progress be reported to the cabinet member every quarter.'],
      ['3', 'That authority be delegated to the cabinet member to update the plan.'],
    ]);
  });

  it('reads "1. … be approved including:" above "a) …" to "d) …" as one resolution, marked or not, and ends it at the narrative after "d)"', () => {
    const points = ['1. The Capital Strategy be approved including:', 'a) the Capital Programme (Appendix A);', 'b) the Treasury Policy (Appendix B); and', 'c) the prudential indicators in Appendix C.'];
    const unmarked = lines('That the recommended minute of Cabinet (as follows) be approved and adopted:', ...points, 'Supporting documents:');
    expect(found(unmarked).map((r) => r.label)).toEqual(['1']);
    const marked = lines('Minutes:', 'RESOLVED:', ...points, 'Councillor Power (Cabinet Member for Finance) moved that the minute be adopted.', 'Council proceeded to debate the report.');
    const got = found(marked);
    expect(got.map((r) => r.label)).toEqual(['1']);
    expect(got[0]!.text).toMatch(/prudential indicators in Appendix C\.$/);
  });

  it('reads a report "considered" or "considered and received", and a fund\'s trustees agreeing "to note", as procedural', () => {
    expect(classifyText('The content of the report be considered.').kind).toBe('procedural');
    expect(classifyText('The report be considered and received.').kind).toBe('procedural');
    expect(classifyText('The Campbeltown Common Good Fund agreed to note the statement and balance of income available.').kind).toBe('procedural');
    expect(classifyText('The Campbeltown Common Good Fund agreed to note the statement and asked the Area Manager to report back.').kind).not.toBe('procedural');
    expect(classifyText('That the report be considered by the Cabinet at its next meeting.').kind).not.toBe('procedural');
  });

  it('passes over the opening news and the amendment\'s course on a decision page, and reads "RECOMMENDED TO COUNCIL" as going to Council', () => {
    const minutes = lines('Decision details', '', 'Leisure Contract', '', 'Decision Maker: Cabinet, Council', '', 'Decisions:', '',
      'Cllr Briscoe began by announcing that the Westgate centre would be used as a vaccination centre. He then introduced the item.', '',
      'Cllr Dignum requested an amendment to the recommendations which were discussed and then seconded by Cllr Briscoe.', '',
      'In a vote the following resolution was made:', '', 'RECOMMENDED TO COUNCIL', '', 'That the recommendations in section 2.1 of the report as amended be agreed.', '',
      'Decided at meeting: 16/02/2021 - Cabinet');
    expect(found(minutes).map((r) => [r.kind, r.text])).toEqual([['recommendation', 'That the recommendations in section 2.1 of the report as amended be agreed.']]);
  });

  it('reads "IT WAS RECOMMENDED that …" after the discussion in one paragraph, and a suggestion "to amend" confirmed by "This was also agreed"', () => {
    const minutes = lines('3 Matters Arising', 'Minutes:', 'Secondment Policy The policy had been subject to consultation with the Trade Unions. The Unions indicated that they had no further comments. IT WAS RECOMMENDED that the Secondment Policy be agreed by the Employment Committee with effect from 1 April 2002.');
    expect(found(minutes).map((r) => [r.kind, r.text])).toEqual([['recommendation', 'That the Secondment Policy be agreed by the Employment Committee with effect from 1 April 2002.']]);
    const told = lines('2 Constitution', '', 'Stephen also proposed that Group C be less specific. He suggested amending the group to cover any person with relevant experience of teaching. This was also agreed unanimously.');
    expect(found(told).map((r) => r.text)).toEqual(['He suggested amending the group to cover any person with relevant experience of teaching.']);
  });

  it('reads an offer "to re-circulate" and an endorsement "sought and obtained" as told decisions, and a noting with its reason as procedural', () => {
    expect(isNarrativeDecision('The Chair advised that a timetable was in an appendix to the report, which she would be happy to re-circulate to any interested Member.')).toBe(true);
    expect(isNarrativeDecision('The Chair sought and obtained the Committee’s endorsement for herself and others to be described as “Chair”.')).toBe(true);
    expect(isNarrativeDecision('The Chair sought the views of the Committee on the timetable.')).toBe(false);
    expect(classifyText('The Chair sought and obtained the Committee’s endorsement for herself and others to be described as “Chair”.').kind).toBe('action');
    expect(classifyText('That the proposed transfer of building services to the housing department be noted. One of the key gains from the shift is that the service will become part of the housing team.').kind).toBe('procedural');
    expect(classifyText('That the proposed transfer be noted. The Director will report on the costs to the next meeting.').kind).not.toBe('procedural');
  });
});

