// Unit tests of shared/minutes/classify.ts: kind and addressee, and business under a housekeeping item.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';

describe('classifyText', () => {
  it('names who is to act', () => {
    expect(classifyText('That the Cabinet be recommended to review the parking charges.')).toEqual({ kind: 'recommendation', addressee: 'executive' });
    expect(classifyText('That a briefing note on bus routes be circulated to members.').kind).toBe('action');
  });

  it('keeps housekeeping under a Minutes or Apologies item procedural', () => {
    expect(classifyText('That the minutes be signed by the Chair.', 'Minutes').kind).toBe('procedural');
    expect(classifyText('That the substitution of Councillor Ames be confirmed.', 'Apologies').kind).toBe('procedural');
  });

  it('keeps business that lost its heading under the minutes: a task given, a request, a plan approved', () => {
    expect(classifyText('Democratic Services to circulate the revised figures.', 'Minutes').kind).not.toBe('procedural');
    expect(classifyText('The Committee request that the Personnel Committee review the policy.', 'Minutes').kind).not.toBe('procedural');
    expect(classifyText('That the draft action plan be approved.', 'Minutes').kind).not.toBe('procedural');
    expect(classifyText('The officer would follow up the complaint with the contractor.', 'Minutes of the last meeting').kind).not.toBe('procedural');
  });

  it('reads business under "Minutes and matters arising" as business', () => {
    expect(classifyText('That the substitution of Councillor Ames be confirmed.', 'Minutes and matters arising').kind).not.toBe('procedural');
  });
});

describe('terms of reference', () => {
  it('keeps the committee\'s own terms procedural, and a review\'s terms as work set going', () => {
    expect(classifyText('That the terms of reference of the Committee be noted.', 'Terms of reference').kind).toBe('procedural');
    expect(classifyText('That the proposed terms of reference for the joint review of regulatory services be approved.').kind).not.toBe('procedural');
    expect(classifyText('The terms of reference (copy attached as an appendix to the minutes) be approved.', 'Terms of Reference and Scope for the Review').kind).not.toBe('procedural');
  });
});

