// The Numbers view's arithmetic on the Herefordshire example: municipal years, periods, the timeliness split and the scope's words.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHASING_SETTINGS, recommendationRows, scrutinyStatistics } from '../../../shared/index';
import { charts, figuresFileName, percentWords, periodRange, periodWords, scopeLabel, timedBasis, timeliness, yearsOf } from '../../../renderer/features/numbers/figures';
import { herefordshire, rec } from '../../shared/chasing/fixtures';

describe('periods', () => {
  it('lists the municipal years that have meetings, newest first, May to April by default', () => {
    const t = herefordshire();
    expect(yearsOf(t.meetings.map((m) => m.date), 5).map((y) => y.label)).toEqual(['2024/25', '2023/24']);
    expect(yearsOf(['2024-04-30', '2024-05-01', '', 'not a date'], 5).map((y) => y.label)).toEqual(['2024/25', '2023/24']);
    // A council whose year starts in April puts 30 April 2024 in 2024/25.
    expect(yearsOf(['2024-04-30'], 4).map((y) => y.label)).toEqual(['2024/25']);
  });

  it('turns a period into meeting dates and words', () => {
    expect(periodRange({ kind: 'all' }, 5)).toEqual({ from: '', to: '' });
    expect(periodRange({ kind: 'year', from: '2024-05-01' }, 5)).toEqual({ from: '2024-05-01', to: '2025-04-30' });
    expect(periodRange({ kind: 'custom', from: '2024-01-01', to: '' }, 5)).toEqual({ from: '2024-01-01', to: '' });
    expect(periodWords({ kind: 'year', from: '2024-05-01' }, 5)).toBe('2024/25 (1 May 2024 to 30 April 2025)');
    expect(periodWords({ kind: 'custom', from: '2024-01-01', to: '2024-12-31' }, 5)).toBe('1 January 2024 to 31 December 2024');
    expect(periodWords({ kind: 'custom', from: '', to: '2024-12-31' }, 5)).toBe('meetings up to 31 December 2024');
    expect(scopeLabel('', { kind: 'year', from: '2024-05-01' }, 5)).toBe('All committees, 2024/25');
    expect(scopeLabel('Adults and Wellbeing Scrutiny Committee', { kind: 'all' }, 5)).toBe('Adults and Wellbeing Scrutiny Committee, all dates');
    expect(figuresFileName('All committees, 2024/25', 'csv')).toBe('Scrutiny figures - All committees, 2024/25.csv');
  });
});

describe('the timeliness split', () => {
  it('agrees with the statistics and adds up to those owed a response', () => {
    const settings = DEFAULT_CHASING_SETTINGS;
    const rows = [
      rec({ receivedDate: '2024-01-10', responseOutcome: 'Accepted', responseDate: '2024-02-10' }), // in time
      rec({ receivedDate: '2024-01-10', responseOutcome: 'Rejected', responseDate: '2024-04-01' }), // late
      rec({ receivedDate: '2024-01-10', responseOutcome: 'Noted' }), // no response date
      rec({ receivedDate: '2024-01-10' }), // none yet
      rec({ receivedDate: '2024-01-10', responseOutcome: 'No response received' }), // none
      rec({ addressee: 'committee', responseOutcome: 'Accepted' }), // not owed
      rec({ kind: 'procedural', receivedDate: '2024-01-10' }), // not counted at all
    ].map((recommendation) => ({ recommendation, meetingDate: '2024-01-09', committeeId: 'c1' }));
    const split = timeliness(rows, {}, settings);
    expect(split).toEqual({ within: 1, late: 1, undated: 1, none: 2 });
    const stats = scrutinyStatistics(rows, {}, settings);
    expect(split.within).toBe(stats.respondedWithinDeadline);
    expect(split.late).toBe(stats.respondedLate);
    expect(split.within + split.late + split.undated + split.none).toBe(stats.owingResponse);
    expect(timeliness(rows, { committeeId: 'other' }, settings)).toEqual({ within: 0, late: 0, undated: 0, none: 0 });
    expect(timeliness(rows, { from: '2024-02-01' }, settings)).toEqual({ within: 0, late: 0, undated: 0, none: 0 });
  });

  it('charts the example: outcomes add up to those made, and the shares read as people say them', () => {
    const rows = recommendationRows(herefordshire());
    const stats = scrutinyStatistics(rows, {}, DEFAULT_CHASING_SETTINGS);
    const bars = charts(stats, timeliness(rows, {}, DEFAULT_CHASING_SETTINGS));
    expect(bars.outcomes.reduce((n, b) => n + b.value, 0)).toBe(49);
    expect(bars.implementation.reduce((n, b) => n + b.value, 0)).toBe(49);
    expect(bars.timeliness.reduce((n, b) => n + b.value, 0)).toBe(stats.owingResponse);
    expect(bars.outcomes.find((b) => b.label === 'Accepted')?.value).toBe(37);
    expect(percentWords(37, 49)).toBe('76%');
    expect(percentWords(0, 49)).toBe('0%');
    expect(percentWords(1, 400)).toBe('less than 1%');
    expect(percentWords(3, 0)).toBe('0%');
  });
});

describe('what the timeliness tiles are drawn from', () => {
  it('says so on the tile when only part of the responses owed are timed', () => {
    expect(timedBasis({ responsesTimed: 1, owingResponse: 48 })).toBe('from 1 of 48 with dates recorded');
    expect(timedBasis({ responsesTimed: 0, owingResponse: 48 })).toBe('none of 48 has both dates recorded');
    expect(timedBasis({ responsesTimed: 1200, owingResponse: 1500 })).toBe('from 1,200 of 1,500 with dates recorded');
  });

  it('says nothing extra when every response owed is timed, or none is owed', () => {
    expect(timedBasis({ responsesTimed: 48, owingResponse: 48 })).toBeNull();
    expect(timedBasis({ responsesTimed: 0, owingResponse: 0 })).toBeNull();
  });

  it('on the example tracker (no dates received recorded), the tiles say none is timed', () => {
    const t = herefordshire();
    const stats = scrutinyStatistics(recommendationRows(t), {}, DEFAULT_CHASING_SETTINGS);
    expect(stats.responsesTimed).toBe(0);
    expect(timedBasis(stats)).toBe(`none of ${stats.owingResponse} has both dates recorded`);
  });
});
