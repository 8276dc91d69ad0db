// The families batch 29's one run showed (tests/fixtures/minutes/real/batch29), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';
import { found, lines } from './familyHelpers';

describe('batch 29 families', () => {
  it('reads an officer\'s decision told as "has given approval to …" after "Decision:", and passes over the clerk\'s bracketed note', () => {
    const minutes = lines('Decisions published', '06/08/2020 - Assignment of lease at Melford Road ref: 4657    Recommendations Approved', 'Decision Maker: Deputy Chief Executive', 'Decision:',
      'The Deputy Chief Executive has given approval to the assignment of a commercial lease of land at Melford Road.',
      '(Note: the report contained information ‘not for the public’ that was circulated to the decision maker only)', 'Lead officer: A Person');
    expect(found(minutes).map((r) => r.text)).toEqual(['The Deputy Chief Executive has given approval to the assignment of a commercial lease of land at Melford Road.']);
  });

  it('reads "that Council approve:" above its bullets as one approval each', () => {
    const minutes = lines('114 Treasury Management Strategy', 'Councillor Cowell proposed and Councillor Long seconded a motion, which was agreed (unanimously) by the Council as set out below:', '',
      'that Council approve:', '', '·         the Treasury Management Strategy for 2020/21;', '', '·         the Prudential Indicators 2020/21; and', '',
      '·         the Annual Minimum Revenue Provision Policy Statement for 2020/21', 'as set out in the Appendix to the submitted report.');
    expect(found(minutes).map((r) => r.text.slice(0, 30))).toEqual(['The Treasury Management Strate', 'The Prudential Indicators 2020', 'The Annual Minimum Revenue Pro']);
  });

  it('reads "The Cabinet … then recommended that the Council Meeting give approval to:-" above bullets as recommendations to Council', () => {
    const minutes = lines('Issue - decisions', 'HRA Rents 2020/21.', '05/02/2020 - Housing Revenue Account Budget and Rent Levels for 2020/21',
      'The Cabinet considered the rent levels for the Housing Revenue Account and then recommended that the Council Meeting give approval to:-',
      '·         an increase in the average rent by 2.7% in 2020/21;', '·         increases in service charges as outlined in Section 3 of the report;');
    expect(found(minutes).map((r) => r.kind)).toEqual(['recommendation', 'recommendation']);
  });

  it('reads "That the Audit and Governance Committee" above "1. Note …" to "3. Recommend …" as their lead-in', () => {
    const minutes = lines('39 RIPA Policy Review', 'RESOLVED (unanimously):', 'That the Audit and Governance Committee', '1. Note the limited use of RIPA powers by the Council.',
      '2. Note the amendments to the RIPA Policy.', '3. Recommend endorsement by Corporate Policy Committee of the updated policies.');
    expect(found(minutes).map((r) => [r.label, r.kind])).toEqual([['1', 'procedural'], ['2', 'procedural'], ['3', 'recommendation']]);
  });

  it('reads "REASON FOR DECISION" without its colon as the decision page\'s field, so the decision printed twice is one', () => {
    const minutes = lines('Agenda item', '', 'Cemeteries Fees and Charges', '', 'Decision:', '', '*RESOLVED -', '', 'That the revised fees for cemeteries be approved and implemented from 1 April, 2017.', '',
      'REASON FOR DECISION', '', 'To generate income for the burial service.', '', 'Minutes:', '', 'The Manager submitted a report on the proposed fees.', '', '*RESOLVED -', '',
      'That the revised fees for cemeteries be approved and implemented from 1 April, 2017.', '', 'REASON FOR DECISION', '', 'To generate income for the burial service.', '', 'Supporting documents:');
    expect(found(minutes).map((r) => r.text)).toEqual(['That the revised fees for cemeteries be approved and implemented from 1 April, 2017.']);
  });

  it('reads a named committee\'s draft terms of reference approved as a decision, and a member\'s term extended as procedural', () => {
    expect(classifyText('That the draft terms of reference for the Appeals Committee, as set out in Appendix A to the report be approved.').kind).toBe('action');
    expect(classifyText('That the terms of reference be approved.').kind).toBe('procedural');
    expect(classifyText('To extend the term of Lynda Walker as member representative for 2 years.').kind).toBe('procedural');
  });
});

