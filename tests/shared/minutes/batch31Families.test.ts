// The families batch 31's one run showed (tests/fixtures/minutes/real/batch31), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { found, lines } from './familyHelpers';

describe('batch 31 families', () => {
  it('reads "Approved the … Report." after "(1) Endorsed the actions …;" as the next point, its label lost', () => {
    const minutes = lines('Minutes:', '', 'RESOLVED: That Cabinet', '(1) Endorsed the actions taken to meet the Council’s duties as a flood authority;',
      'Approved the Annual Flood Report 2018-19.', 'Supporting documents:');
    expect(found(minutes).map((r) => [r.label, r.text])).toEqual([
      ['1', 'Endorsed the actions taken to meet the Council’s duties as a flood authority.'],
      [null, 'Approved the Annual Flood Report 2018-19.'],
    ]);
  });

  it('reads "The Executive Meeting considered … and has agreed that" as the lead-in of the dot bullets printed straight below it', () => {
    const minutes = lines('Issue - decisions', '', '12/06/2015 - Changes to the Constitution', '',
      'The Executive Meeting considered proposed changes to the Council’s Constitution, including the Financial Procedure Rules, and has agreed that',
      '·         the proposed changes to the Constitution set out in the schedule be endorsed and recommended to the Council Meeting;',
      '·         the proposed changes to the Financial Procedure Rules be endorsed and recommended to the Council Meeting for adoption.');
    expect(found(minutes).map((r) => r.text.slice(0, 40))).toEqual(['The proposed changes to the Constitution', 'The proposed changes to the Financial Pr']);
  });

  it('keeps what a labelled point\'s colon opens with the point, before the next label', () => {
    const minutes = lines('35', '', 'Electoral Review', '', 'Minutes:', '', 'RESOLVED:', '', '(i)  That Council resolves Option A:', '',
      'That the Council’s submission to the Boundary Commission recommends that the number of councillors stays at 48.', '',
      '(ii)  That Council keeps its cycle of elections by thirds.');
    expect(found(minutes).map((r) => [r.label, r.text.replace(/\s+/g, ' ')])).toEqual([
      ['i', 'That Council resolves Option A: That the Council’s submission to the Boundary Commission recommends that the number of councillors stays at 48.'],
      ['ii', 'That Council keeps its cycle of elections by thirds.'],
    ]);
  });

  it('reads a sentence flagged "(Action: Name)" at its end as an action, the flag dropped', () => {
    const minutes = lines('3.', '', 'Matters Arising', '', 'The following updates were given on the minutes of the last meeting:', '',
      '·         Reminders would be sent to schools that had not sent in their policies. (Action: Jo Bloggs)');
    const got = parseMinutes(minutes).items.flatMap((i) => i.resolutions);
    expect(got.map((r) => [r.kind, r.text])).toEqual([['action', 'Reminders would be sent to schools that had not sent in their policies.']]);
  });

  it('reads "That the Agenda as circulated be agreed." and a decisions list\'s "Report for note." as procedural', () => {
    const minutes = lines('1.', '', 'Agenda', '', 'RESOLVED: That the Agenda as circulated be agreed.', '', '2.', '', 'Neighbourhood Update', '', 'RESOLVED: Report for note.');
    expect(found(minutes).map((r) => r.kind)).toEqual(['procedural', 'procedural']);
  });

  it('keeps "The Committee then AGREED the recommendations contained within the report." whole', () => {
    const minutes = lines('3.', '', 'School Travel', '', 'The Committee discussed the report at length.', '', 'The Committee then AGREED the recommendations contained within the report.');
    expect(found(minutes).map((r) => r.text)).toEqual(['The Committee then AGREED the recommendations contained within the report.']);
  });
});
