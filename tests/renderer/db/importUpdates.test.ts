// Next month's tracker file: its recommendations already in the tracker are left as they are, but a
// progress update they do not hold yet is added (matched by its words), and the same file twice adds nothing.
import { describe, expect, it } from 'vitest';
import { rowsToTracker } from '../../../shared/index';
import { importTracker } from '../../../renderer/db/index';
import { describeImported, describeSummary } from '../../../renderer/features/dataExchange/summary';
import { freshDb } from './helpers';

const headers = ['Meeting date', 'Recommendation', 'Status', 'Update January 2026', 'Update March 2026'];
const month = (rows: string[][]) =>
  rowsToTracker(rows, ['meetingDate', 'text', 'status', 'progressUpdate', 'progressUpdate'], { headers, committeeName: 'Place Scrutiny', today: '2026-12-07' }).tracker;

describe('importing next month’s tracker', () => {
  it('adds the new progress updates of recommendations already there, and nothing else of theirs', async () => {
    const db = freshDb();
    await importTracker(db, month([['04/11/2025', 'Clear the gullies twice a year.', 'Open', 'Contract varied.', '']]));
    const first = await db.recommendations.toArray();
    expect(await db.progressUpdates.count()).toBe(1);

    // The same rows a month on: a new update in March, a status moved on, one new recommendation.
    const next = month([
      ['04/11/2025', 'Clear the gullies twice a year.', 'In progress', 'Contract varied.', 'Spring round booked.'],
      ['04/11/2025', 'Offer sandbags in flood zones.', 'Open', '', ''],
    ]);
    const preview = await importTracker(db, next, { dryRun: true });
    expect(preview).toMatchObject({ recommendations: 1, skipped: 1, updates: 1 });
    expect(describeSummary(preview)).toBe('Adds 1 recommendation, 1 progress update to recommendations already there; 1 already in the tracker.');
    expect(await db.progressUpdates.count()).toBe(1);

    const done = await importTracker(db, next);
    expect(describeImported(done, 'tracker.csv')).toBe(
      'Imported 1 recommendation and 1 progress update from tracker.csv. 1 already in the tracker was left as it was, apart from its new progress updates.',
    );
    const updates = (await db.progressUpdates.where('recommendationId').equals(first[0]!.id).sortBy('date')).map((u) => [u.date, u.text]);
    expect(updates).toEqual([
      ['2026-01-01', 'Contract varied.'],
      ['2026-03-01', 'Spring round booked.'],
    ]);
    // The record already there is not replaced or changed: its status stays as the tracker has it.
    expect(await db.recommendations.get(first[0]!.id)).toEqual(first[0]);

    // The same file again adds nothing at all.
    const again = await importTracker(db, next, { dryRun: true });
    expect(again).toMatchObject({ recommendations: 0, updates: 0, skipped: 2 });
    expect(describeSummary(again)).toBe('Adds nothing: all 2 recommendations are already in the tracker.');
  });

  it('says so when all a file adds is updates', async () => {
    const db = freshDb();
    await importTracker(db, month([['04/11/2025', 'Clear the gullies twice a year.', 'Open', '', '']]));
    const summary = await importTracker(db, month([['04/11/2025', 'Clear the gullies twice a year.', 'Open', 'Contract varied.', 'Spring round booked.']]), { dryRun: true });
    expect(describeSummary(summary)).toBe('Adds 2 progress updates to recommendations already there; 1 already in the tracker.');
  });
});
