// The families batch 24's one run showed (tests/fixtures/minutes/real/batch24), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { classifyText } from '../../../shared/minutes/classify';
import { found, lines } from './familyHelpers';

describe('batch 24 families (English councils\', unitaries\' and Wales\'s other committees)', () => {
  it('reads "· to publish:" and the names below it, up to the one ending ";", as one point', () => {
    const minutes = lines('Decision:', '', 'Resolved to agree:', '', '·        to publish:', '', 'o   the Gypsy and Traveller Accommodation Assessment', '', 'o   the interim Strategic Flood Risk Assessment', '',
      'o   the Retail and Town Centre Study;', '', '·        the Consultation Strategy for the new Local Plan; and', '', '·        the content of the Consultation Paper.');
    const got = found(minutes).map((r) => r.text);
    expect(got).toHaveLength(3);
    expect(got[0]).toMatch(/^To publish:[^]*Gypsy[^]*Retail and Town Centre Study/);
  });

  it('reads an agenda\'s "To consider …", "Received the …" and "did not have any topics" as procedural, not "To consider … and to approve …"', () => {
    expect(classifyText('To consider the results of the public consultation exercise as summarised in the report.').kind).toBe('procedural');
    expect(classifyText('Received the Pharmaceutical Needs Assessment 2018.').kind).toBe('procedural');
    expect(classifyText('That the Committee did not, at this time, have any topics it wished to refer.').kind).toBe('procedural');
    expect(classifyText('To consider the report and to approve the revised policy.').kind).not.toBe('procedural');
  });

  it('reads a report asked for "if any objections were received" as no noting', () => {
    expect(classifyText('officers be instructed to prepare a report for the next Licensing Committee if any objections were received to that statutory notice.').kind).not.toBe('procedural');
  });

  it('takes "That the minutes be noted and that a report be brought to the next meeting …" before the story\'s request', () => {
    const minutes = lines('56 Minutes of sub-committees', '', 'The Monitoring Officer drew attention to the minutes and explained that an error had been made.', '',
      'The Chairman requested that a report be brought to the next meeting detailing ways of achieving consistency.', '', 'That the minutes be noted and that a report be brought to the next meeting on ways of achieving consistent timescales.');
    expect(found(minutes).map((r) => r.text)).toEqual(['That the minutes be noted and that a report be brought to the next meeting on ways of achieving consistent timescales.']);
  });

  it('reads Stockton\'s "Cabinet Decision Record D100113" above lower-case points as their marker', () => {
    const minutes = lines('Item Description Decision', 'Cabinet Decision Record D100113', '1. the content of the Inspection report be noted', '2. the Action Plan be approved for implementation.',
      'Cabinet Decision Record D100114', 'RESOLVED that the inspection of Services be received and the outcome be noted.');
    expect(found(minutes).map((r) => [r.label, r.kind === 'procedural'])).toEqual([['1', true], ['2', false], [null, true]]);
  });

  it('drops a clerk\'s NOTE run on after the decision, a decision page\'s statutory-duty story, and "The Committee" as a name', () => {
    const minutes = lines('The Committee', '', 'Minutes of the meeting held on 1 June 2016', '', '1. Taxi Door Signs', '', 'RESOLVED: That the application be approved. NOTE: Cllr Wallace did not take part in the debate.');
    const got = parseMinutes(minutes);
    expect(got.committee).toBeNull();
    expect(got.items.flatMap((i) => i.resolutions).map((r) => r.text)).toEqual(['That the application be approved.']);
    const duty = lines('Decision:', '', 'The three boards across the county have a statutory responsibility to publish a statement of the needs for pharmaceutical services.', '',
      'i.  Approved the Assessment for publication by 31 March 2018.');
    expect(found(duty).map((r) => r.text)).toEqual(['Approved the Assessment for publication by 31 March 2018.']);
  });
});
