// Unit tests of shared/minutes/procedural.ts: what counts as the meeting's own business, and a clause that only notes.
import { describe, expect, it } from 'vitest';
import { PROCEDURAL, onlyNotes } from '../../../shared/minutes/procedural';

const procedural = (text: string): boolean => PROCEDURAL.some((re) => re.test(text));

describe('procedural patterns', () => {
  it('knows the minutes, apologies, interests and the next meeting', () => {
    expect(procedural('That the minutes of the meeting held on 2 March 2026 be approved as a correct record.')).toBe(true);
    expect(procedural('Apologies for absence were received from Councillor Ames.')).toBe(true);
    expect(procedural('Councillor Bell declared a personal interest as a governor.')).toBe(true);
    expect(procedural('That the date of the next meeting be 4 May 2026.')).toBe(true);
  });

  it('does not take business for housekeeping', () => {
    expect(procedural('That the action plan set out at Appendix 1 to these minutes be approved.')).toBe(false);
    expect(procedural('That the Cabinet be asked to review the parking charges before the budget.')).toBe(false);
    expect(procedural('That the Director circulate the figures for her to raise at the next meeting.')).toBe(false);
  });
});

describe('onlyNotes', () => {
  it('is true when every clause only notes or thanks', () => {
    expect(onlyNotes('That the report be noted.')).toBe(true);
    expect(onlyNotes('That the update be noted; and the officers be thanked for their work.')).toBe(true);
  });

  it('is false when a clause asks for something, or what was noted is a promise', () => {
    expect(onlyNotes('That the report be noted and a further update be provided in June.')).toBe(false);
    expect(onlyNotes('The Committee noted the report and requests that the Cabinet review the policy.')).toBe(false);
    expect(onlyNotes('Members noted that figures on waiting times would be circulated to them shortly.')).toBe(false);
    expect(onlyNotes('That the update be noted and the Equality Impact Assessment, as attached at Annex 2 to the report, be approved.')).toBe(false);
  });
});

describe('views and appointments in the making', () => {
  it('reads work endorsed, recognition given and groups asked to nominate as procedural', () => {
    expect(procedural('The progress made be endorsed.')).toBe(true);
    expect(procedural('That the work of the Community Safety Partnership be endorsed and its importance recognised.')).toBe(true);
    expect(procedural('Recognition be given to the work of the partnership in reducing crime.')).toBe(true);
    expect(procedural('That the political groups be requested to nominate two Members to the joint committee.')).toBe(true);
  });

  it('does not take a request for work for a view', () => {
    expect(procedural('That a programme of work on the estates be developed and endorsed by Cabinet.')).toBe(false);
    expect(procedural('That officers be requested to nominate a lead for the review.')).toBe(false);
  });
});

describe('onlyNotes on acknowledging', () => {
  it('reads "Cabinet acknowledges the Committee\'s observations" as noting', () => {
    expect(onlyNotes('Cabinet acknowledges the Scrutiny Committee’s observations, comments and recommendations.')).toBe(true);
  });
});

