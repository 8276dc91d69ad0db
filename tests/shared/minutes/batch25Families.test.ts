// The families batch 25's one run showed (tests/fixtures/minutes/real/batch25), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';
import { found, lines } from './familyHelpers';

describe('batch 25 families', () => {
  it('reads "Implementation of Decisions:" as a decision page\'s field, so the numbered decisions above it are found', () => {
    const minutes = lines('Agenda item', 'Annual Governance Statement', 'At the start of the item Members were updated on the call in period.',
      '1.           That the Annual Governance Statement 2021-2022 as detailed in Appendix 1 be approved.', '2.           That approval be granted to undertake the work in the Action Plan during 2022 – 2023.',
      'Reason for Decisions:', 'To meet the Regulations.', 'Implementation of Decisions:', 'The decisions will be implemented after the three day call in period.', 'Supporting documents:');
    expect(found(minutes).map((r) => r.label)).toEqual(['1', '2']);
  });

  it('reads a promise with "if so" in it as a promise, and Scotland\'s "APPROVED the Minute" as procedural', () => {
    expect(isNarrativeDecision('The Policy Officer stated that he would check whether there was anything to report and, if so, would circulate details to Members of the Committee.')).toBe(true);
    expect(isNarrativeDecision('The officer said that if the funding were agreed the scheme would start in May.')).toBe(false);
    expect(classifyText('APPROVED the Minute').kind).toBe('procedural');
  });

  it('reads "asked Mr Ian Wills (Lawyer) to look into …" and "made a firm commitment to bring a report …" as undertakings', () => {
    expect(isNarrativeDecision('The Chair asked Mr Ian Wills (Lawyer) to look into this issue further.')).toBe(true);
    expect(isNarrativeDecision('He made a firm commitment to bring a detailed report to the October Schools Forum.')).toBe(true);
  });
});
