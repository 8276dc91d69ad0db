// The responses tracker in seed 001's format (the engine's built-in 'responses' format): per meeting date a table Item | Recommendations | Executive responses / update, an item's recommendations together in one cell.
import type { Tracker } from '../model/types';
import { builtInFormat } from './builtIn';
import { engineInput, runEngine } from './engine';
import { DEFAULT_RESPONSES_COLUMNS, resolveColumns, type ResponsesOptions } from './options';

export async function buildResponsesDocx(tracker: Tracker, options: ResponsesOptions = {}): Promise<Uint8Array> {
  const c = resolveColumns(options.columns, DEFAULT_RESPONSES_COLUMNS);
  const format = { ...builtInFormat('responses', options, [c.item, c.recommendations, c.responses]), includeUpdates: options.includeUpdates !== false };
  return runEngine(tracker, engineInput(format, options));
}
