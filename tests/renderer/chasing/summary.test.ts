// The start-up summary: what counts as newly overdue since the last summary, and its words.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHASING_SETTINGS, awaitingBoard, type BoardInput } from '../../../shared/index';
import { overdueSummary } from '../../../renderer/features/chasing/summary';
import { rec } from '../../shared/chasing/fixtures';

const TODAY = '2026-11-22';
const input = (overrides: Parameters<typeof rec>[0]): BoardInput => ({ recommendation: rec(overrides), meetingDate: '2026-01-01', itemTitle: 'Item', committeeName: 'Committee' });

// Received 22 September 2026 is due 22 November 2026 (today: not yet overdue); each month earlier is a month more overdue.
const board = awaitingBoard(
  [
    input({ receivedDate: '2026-09-21' }), // due 21 November: overdue since today
    input({ receivedDate: '2026-09-19' }), // due 19 November: overdue since 20 November
    input({ receivedDate: '2026-09-22' }), // due today: not overdue
    input({ receivedDate: '2026-01-10', addresseeName: 'Cllr Jane Smith' }), // long overdue
    input({ receivedDate: '2026-09-15', addresseeName: 'Cllr Jane Smith', responseOutcome: 'No response received' }), // marked, not counted
  ],
  TODAY,
  DEFAULT_CHASING_SETTINGS,
);

describe('the start-up summary', () => {
  it('counts every overdue response the first time, naming who owes them, most first', () => {
    expect(overdueSummary(board, '')).toEqual({
      count: 3,
      title: '3 responses are overdue',
      body: '3 responses are overdue: 2 owed by Executive (cabinet) and 1 by Cllr Jane Smith.',
    });
  });

  it('counts only those that became overdue since the day of the last summary', () => {
    // Shown on 20 November: the one due on the 19th was already overdue then (overdue from the 20th).
    expect(overdueSummary(board, '2026-11-20')?.body).toBe('1 response has become overdue since 20 November 2026: owed by Executive (cabinet).');
    expect(overdueSummary(board, '2026-11-19')?.count).toBe(2);
    expect(overdueSummary(board, '2026-11-22')).toBeNull();
  });

  it('says nothing when nothing is overdue', () => {
    expect(overdueSummary(awaitingBoard([input({ receivedDate: '2026-11-01' })], TODAY, DEFAULT_CHASING_SETTINGS), '')).toBeNull();
  });

  it('names at most three people and keeps within a notification’s 500 characters', () => {
    const many = awaitingBoard(
      Array.from({ length: 60 }, (_, i) => input({ receivedDate: '2026-01-10', addresseeName: `Councillor ${'X'.repeat(30)} ${i % 6}` })),
      TODAY,
      DEFAULT_CHASING_SETTINGS,
    );
    const summary = overdueSummary(many, '')!;
    expect(summary.count).toBe(60);
    expect(summary.body).toMatch(/^60 responses are overdue: 10 owed by Councillor X+ 0, 10 by Councillor X+ 1, 10 by Councillor X+ 2 and 30 by others\.$/);
    expect(summary.body.length).toBeLessThanOrEqual(500);
  });
});
