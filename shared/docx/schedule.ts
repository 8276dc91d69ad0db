// The schedule with status in seed 003's format (the engine's built-in 'schedule' format): one table Meeting | Item | Recommendations | Action | Status, the meeting and the item printed once for their group.
import type { Tracker } from '../model/types';
import { builtInFormat } from './builtIn';
import { engineInput, runEngine } from './engine';
import { DEFAULT_SCHEDULE_COLUMNS, resolveColumns, type ScheduleOptions } from './options';

export async function buildScheduleDocx(tracker: Tracker, options: ScheduleOptions = {}): Promise<Uint8Array> {
  const c = resolveColumns(options.columns, DEFAULT_SCHEDULE_COLUMNS);
  const format = builtInFormat('schedule', options, [c.meeting, c.item, c.recommendations, c.action, c.status]);
  return runEngine(tracker, engineInput(format, options));
}
