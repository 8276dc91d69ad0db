// The families batch 28's one run showed (tests/fixtures/minutes/real/batch28), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';
import { found, lines } from './familyHelpers';

describe('batch 28 families', () => {
  it('splits "That the Committee: - 1. Approved … 2. Authorised …" run onto one line', () => {
    const minutes = lines('Decision', 'Bus Services Update', 'Decision Maker: Transport Policy Committee',
      'Content: That the Committee for Transport: - 1. Approved the draw down of £1m reserve for supported bus services. 2. Authorised the Task and Finish Group to award the bus contracts.');
    expect(found(minutes).map((r) => [r.label, r.text])).toEqual([
      ['1', 'Approved the draw down of £1m reserve for supported bus services.'],
      ['2', 'Authorised the Task and Finish Group to award the bus contracts.'],
    ]);
  });

  it('reads "That Cabinet agreed:" as the lead-in of its bullets, each the executive\'s action', () => {
    const minutes = lines('Issue - decisions', 'Neighbourhood Plan to Proceed to Referendum', 'RESOLVED:', 'That Cabinet agreed:',
      '· The Neighbourhood Plan meets the Basic Conditions, subject to the modifications proposed;', '· The required modifications be agreed, and that the final version proceed to referendum;',
      '· The referendum area be the parish boundary.');
    expect(found(minutes).map((r) => r.kind)).toEqual(['action', 'action', 'action']);
  });

  it('reads "was going to send round", "will go back and check", "would request clarification from" and "undertook to organise" as undertakings', () => {
    expect(isNarrativeDecision('Councillor Taylor said that he was going to send round the guidance to all members.')).toBe(true);
    expect(isNarrativeDecision('KM said that she will go back and check whether there had been any responses.')).toBe(true);
    expect(isNarrativeDecision('Nic Barani would request clarification from Neil Wilcox on the historic funding.')).toBe(true);
    expect(classifyText('Councillor Smith gave a verbal response as follows and undertook to organise a formal written response to Acorn:').kind).toBe('action');
    expect(isNarrativeDecision('He said that he was going to be away in May.')).toBe(false);
  });

  it('reads the minutes confirmed verb first, a vice-chair appointed and the council\'s thanks for a report as procedural', () => {
    expect(classifyText('To confirm as true the minutes of the meeting held 9 June 2023.').kind).toBe('procedural');
    expect(classifyText('To appoint a Vice-Chair for the Committee for the remainder of the municipal year.').kind).toBe('procedural');
    expect(classifyText('The Council thank the Independent Remuneration Panel for their report.').kind).toBe('procedural');
    expect(classifyText('The Council thank the Panel for their report and ask it to review the allowances again next year.').kind).not.toBe('procedural');
  });

  it('keeps "3. That …" of item 3\'s own list a resolution on an issue page that names item 3', () => {
    const minutes = lines('Issue - meetings', '', 'Review of Taxi Fares', '', 'Meeting: 03/11/2022 - Licensing Committee (Item 3)', '', '3 Proposed Changes to the Table of Fares pdf icon PDF 125 KB', '',
      'Consideration was given to a request from the trade.', '', '1.     That approval be given to the proposed variation of the Table of fares.', '',
      '2.     That the Head of Environmental Health be authorised to advertise the increases.', '', '3.     That the approved Table of fares be recommended to the Executive Councillor for approval.');
    expect(found(minutes).map((r) => [r.item, r.label])).toEqual([['3', '1'], ['3', '2'], ['3', '3']]);
  });
});
