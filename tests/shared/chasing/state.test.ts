// The response states on a fixture with known answers: month ends, leap days, weeks and days rules, due-soon edges, late responses, time zones.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHASING_SETTINGS, responseState, type ChasingSettings, type Recommendation } from '../../../shared/index';
import { rec, TODAY } from './fixtures';

const S = DEFAULT_CHASING_SETTINGS;
const state = (r: Partial<Recommendation>, today = TODAY, settings: ChasingSettings = S) => responseState(rec(r), today, settings);
const brief = (r: Partial<Recommendation>, today = TODAY, settings: ChasingSettings = S) => {
  const s = state(r, today, settings);
  return [s.state, s.dueDate, s.days, s.label, s.tone];
};

describe('responseState, two calendar months, today 22 November 2026', () => {
  it('counts down to the due date and marks the last 14 days as due soon', () => {
    expect(brief({ receivedDate: '2026-10-07' })).toEqual(['awaiting', '2026-12-07', 15, 'Due in 15 days', 'neutral']);
    expect(brief({ receivedDate: '2026-10-06' })).toEqual(['due-soon', '2026-12-06', 14, 'Due in 14 days', 'warning']);
    expect(brief({ receivedDate: '2026-09-30' })).toEqual(['due-soon', '2026-11-30', 8, 'Due in 8 days', 'warning']);
    expect(brief({ receivedDate: '2026-09-23' })).toEqual(['due-soon', '2026-11-23', 1, 'Due tomorrow', 'warning']);
  });
  it('is still in time on the due date and overdue from the day after', () => {
    expect(brief({ receivedDate: '2026-09-22' })).toEqual(['due-soon', '2026-11-22', 0, 'Due today', 'warning']);
    expect(brief({ receivedDate: '2026-09-21' })).toEqual(['overdue', '2026-11-21', 1, 'Overdue by 1 day', 'danger']);
    expect(brief({ receivedDate: '2026-09-19' })).toEqual(['overdue', '2026-11-19', 3, 'Overdue by 3 days', 'danger']);
  });
  it('clamps month ends: 31 August is due 31 October, 31 December is due 28 February', () => {
    expect(brief({ receivedDate: '2026-08-31' })).toEqual(['overdue', '2026-10-31', 22, 'Overdue by 22 days', 'danger']);
    expect(brief({ receivedDate: '2026-10-31' })).toEqual(['awaiting', '2026-12-31', 39, 'Due in 39 days', 'neutral']);
    // Received ahead of today (recorded in advance): 22 Nov 2026 to 28 Feb 2027 is 30 + 31 + 31 + 6 days.
    expect(brief({ receivedDate: '2026-12-31' })).toEqual(['awaiting', '2027-02-28', 98, 'Due in 98 days', 'neutral']);
  });
  it('takes 29 February in a leap year', () => {
    expect(state({ receivedDate: '2023-12-31', responseOutcome: 'Accepted', responseDate: '2024-02-29' })).toMatchObject({
      state: 'responded-on-time',
      dueDate: '2024-02-29',
      label: 'Responded on time',
      tone: 'success',
      timingKnown: true,
    });
    expect(state({ receivedDate: '2023-12-29', responseOutcome: 'Rejected', responseDate: '2024-03-01' })).toMatchObject({
      state: 'responded-late',
      dueDate: '2024-02-29',
      days: 1,
      label: 'Responded 1 day late',
      tone: 'warning',
    });
    expect(state({ receivedDate: '2024-02-29' }, '2024-04-30')).toMatchObject({ state: 'overdue', dueDate: '2024-04-29', days: 1 });
    expect(state({ receivedDate: '2024-02-29' }, '2024-04-29')).toMatchObject({ state: 'due-soon', days: 0, label: 'Due today' });
  });
  it('says how late a late response was', () => {
    expect(brief({ receivedDate: '2026-03-02', responseOutcome: 'Partially accepted', responseDate: '2026-05-07' })).toEqual([
      'responded-late',
      '2026-05-02',
      5,
      'Responded 5 days late',
      'warning',
    ]);
    expect(brief({ receivedDate: '2026-03-02', responseOutcome: 'Noted', responseDate: '2026-03-20' })).toEqual([
      'responded-on-time',
      '2026-05-02',
      0,
      'Responded on time',
      'success',
    ]);
  });
  it('counts a response with no date as answered, without claiming it was on time', () => {
    expect(state({ receivedDate: '2026-03-02', responseOutcome: 'Accepted' })).toMatchObject({
      state: 'responded-on-time',
      dueDate: '2026-05-02',
      label: 'Response received',
      timingKnown: false,
    });
    expect(state({ receivedDate: '', responseOutcome: 'Unclear', responseDate: '2026-03-20' })).toMatchObject({ state: 'responded-on-time', timingKnown: false });
  });
  it('knows recommendations not yet sent and ones with no response received', () => {
    expect(brief({ receivedDate: '' })).toEqual(['not-sent', '', 0, 'Not yet sent', 'neutral']);
    expect(state({ receivedDate: '2026-13-01' })).toMatchObject({ state: 'not-sent', label: 'Not yet sent (the date received is not a real date)' });
    // 10 March to 22 November 2026: 31+30+31+30+31+31+30+31 days to 10 November, then 12.
    expect(brief({ receivedDate: '2026-01-10', responseOutcome: 'No response received' })).toEqual([
      'no-response',
      '2026-03-10',
      257,
      'No response received',
      'danger',
    ]);
    expect(state({ receivedDate: '2026-01-10', status: 'not-pursued' })).toMatchObject({ state: 'no-response', days: 257 });
    expect(state({ receivedDate: '2026-11-01', responseOutcome: 'No response received' })).toMatchObject({ state: 'no-response', days: 0 });
  });
  it('leaves out recommendations the rule does not cover, procedural ones and ones discharged at the meeting', () => {
    const na = ['not-applicable', '', 0, 'No response needed', 'neutral'];
    expect(brief({ receivedDate: '2026-01-10', addressee: 'committee' })).toEqual(na);
    expect(brief({ receivedDate: '2026-01-10', addressee: 'officers' })).toEqual(na);
    expect(brief({ receivedDate: '2026-01-10', kind: 'procedural' })).toEqual(na);
    expect(brief({ receivedDate: '2026-01-10', status: 'discharged' })).toEqual(na);
    expect(state({ receivedDate: '2026-01-10', addressee: 'partner' }).state).toBe('overdue');
    expect(state({ receivedDate: '2026-01-10', addressee: 'partner' }, TODAY, { ...S, ruleAppliesTo: ['executive', 'cabinet-member'] }).state).toBe(
      'not-applicable',
    );
  });
  it('does not chase a completed recommendation that has no answer recorded (a tracker brought in without an outcome column)', () => {
    expect(brief({ receivedDate: '2024-01-10', status: 'completed' })).toEqual(['not-applicable', '2024-03-10', 0, 'Completed; no response recorded', 'neutral']);
    // Still chased while it is only in progress, and an answer on record still counts as the answer.
    expect(state({ receivedDate: '2024-01-10', status: 'in-progress' }).state).toBe('overdue');
    expect(state({ receivedDate: '2024-01-10', status: 'completed', responseOutcome: 'Accepted', responseDate: '2024-02-01' }).state).toBe('responded-on-time');
  });
});

describe('responseState under other rules', () => {
  it('counts weeks', () => {
    const weeks = { ...S, rule: { weeks: 8 } };
    expect(brief({ receivedDate: '2026-09-27' }, TODAY, weeks)).toEqual(['due-soon', '2026-11-22', 0, 'Due today', 'warning']);
    expect(brief({ receivedDate: '2026-09-20' }, TODAY, weeks)).toEqual(['overdue', '2026-11-15', 7, 'Overdue by 7 days', 'danger']);
  });
  it('counts days', () => {
    const days = { ...S, rule: { days: 28 } };
    expect(brief({ receivedDate: '2026-10-25' }, TODAY, days)).toEqual(['due-soon', '2026-11-22', 0, 'Due today', 'warning']);
    expect(brief({ receivedDate: '2026-10-20' }, TODAY, days)).toEqual(['overdue', '2026-11-17', 5, 'Overdue by 5 days', 'danger']);
  });
  it('moves the due-soon edge with the setting', () => {
    expect(state({ receivedDate: '2026-09-23' }, TODAY, { ...S, dueSoonDays: 0 })).toMatchObject({ state: 'awaiting', label: 'Due tomorrow' });
    expect(state({ receivedDate: '2026-09-22' }, TODAY, { ...S, dueSoonDays: 0 }).state).toBe('due-soon');
    expect(state({ receivedDate: '2026-10-16' }, TODAY, { ...S, dueSoonDays: 24 }).state).toBe('due-soon');
    expect(state({ receivedDate: '2026-10-17' }, TODAY, { ...S, dueSoonDays: 24 }).state).toBe('awaiting');
  });
  it('refuses a today that is not a date', () => {
    expect(() => state({ receivedDate: '2026-10-17' }, '22/11/2026')).toThrow('"22/11/2026" is not a date written YYYY-MM-DD.');
  });
});

describe('time zones never shift a date', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  const cases: Array<[Partial<Recommendation>, string, ChasingSettings]> = [
    [{ receivedDate: '2026-09-22' }, TODAY, S],
    [{ receivedDate: '2023-12-31', responseOutcome: 'Accepted', responseDate: '2024-03-01' }, TODAY, S],
    // Across the spring clock change (30 March 2025) and the autumn one (26 October 2025).
    [{ receivedDate: '2025-03-01' }, '2025-03-31', { ...S, rule: { days: 28 } }],
    [{ receivedDate: '2025-09-28' }, '2025-10-27', { ...S, rule: { days: 28 } }],
    [{ receivedDate: '2025-03-27' }, '2025-05-21', { ...S, rule: { weeks: 8 } }],
  ];
  it('gives the same states in London, New York, Auckland, Kiritimati (UTC+14) and Pago Pago (UTC−11)', () => {
    const answers = (tz: string) => {
      process.env.TZ = tz;
      return cases.map(([r, today, settings]) => brief(r, today, settings));
    };
    const london = answers('Europe/London');
    expect(london[2]).toEqual(['overdue', '2025-03-29', 2, 'Overdue by 2 days', 'danger']);
    expect(london[3]).toEqual(['overdue', '2025-10-26', 1, 'Overdue by 1 day', 'danger']);
    expect(london[4]).toEqual(['due-soon', '2025-05-22', 1, 'Due tomorrow', 'warning']);
    for (const tz of ['America/New_York', 'Pacific/Auckland', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      expect(answers(tz), tz).toEqual(london);
    }
    // The zone really changed under the test: Kiritimati is 14 hours ahead of UTC all year.
    process.env.TZ = 'Pacific/Kiritimati';
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-840);
  });
});
