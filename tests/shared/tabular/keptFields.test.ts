// Origin and priority, kept by tracker imports as optional fields of a recommendation, survive a
// backup and the interchange JSON both ways; a recommendation without them stays without them.
import { describe, expect, it } from 'vitest';
import { parseBackup, readInterchange, rowsToTracker, serializeBackup, writeInterchange } from '../../../shared/index';

function imported() {
  return rowsToTracker(
    [
      ['Do it', 'Housing task and finish group', 'High'],
      ['Do that', '', ''],
    ],
    ['text', 'origin', 'priority'],
    { committeeName: 'Housing Scrutiny' },
  ).tracker;
}

describe('origin and priority', () => {
  it('survive a full backup', () => {
    const t = imported();
    const back = parseBackup(serializeBackup(t));
    expect(back.recommendations.map((r) => [r.origin, r.priority])).toEqual([
      ['Housing task and finish group', 'High'],
      [undefined, undefined],
    ]);
  });

  it('survive the interchange JSON, and are left out where a recommendation has none', () => {
    const json = writeInterchange(imported()) as unknown as { meetings: Array<{ items: Array<{ recommendations: Array<Record<string, unknown>> }> }> };
    const recs = json.meetings[0]!.items[0]!.recommendations;
    expect(recs[0]).toMatchObject({ origin: 'Housing task and finish group', priority: 'High' });
    expect('origin' in recs[1]!).toBe(false);
    const back = readInterchange(JSON.parse(JSON.stringify(json)));
    expect(back.recommendations.map((r) => [r.origin, r.priority])).toEqual([
      ['Housing task and finish group', 'High'],
      [undefined, undefined],
    ]);
  });
});
