// The committee appendix in seed 000's format (the engine's built-in 'appendix' format): title and period, then per meeting a date heading, per item a heading and a Rec. | Recommendation | Accepted/Rejected | Response table.
import type { Tracker } from '../model/types';
import { builtInFormat } from './builtIn';
import { engineInput, runEngine } from './engine';
import { DEFAULT_APPENDIX_COLUMNS, resolveColumns, type AppendixOptions } from './options';

export async function buildAppendixDocx(tracker: Tracker, options: AppendixOptions = {}): Promise<Uint8Array> {
  const columns = resolveColumns(options.columns, DEFAULT_APPENDIX_COLUMNS);
  const format = builtInFormat('appendix', options, [columns.label, columns.recommendation, columns.outcome, columns.response]);
  return runEngine(tracker, engineInput(format, options));
}
