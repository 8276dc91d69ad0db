// What the export dialog reads live: the committees, the tracker in scope, the next version number, recent exports and the summary line.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Committee, Tracker } from '../../../shared/index';
import { describeError, getDb, listExports, loadTracker, nextVersion, type ExportDocument, type ExportRecord } from '../../db/index';
import { countForExport, type ExportChoices, type ExportCount } from './buildExport';

export type ExportSummary =
  | { kind: 'loading' }
  | { kind: 'problem'; message: string }
  | { kind: 'ready'; count: ExportCount; tracker: Tracker };

interface Loaded {
  /** The scope this tracker was read for, so a result for the previous committee is never counted for the new one. */
  committeeId: string;
  tracker?: Tracker;
  problem?: string;
}

export function useCommittees(): Committee[] | undefined {
  return useLiveQuery(() => getDb().committees.orderBy('name').toArray(), []);
}

/** The tracker for the chosen committee (or all), read by index and counted for the current choices. */
export function useExportSummary(choices: Pick<ExportChoices, 'committeeId' | 'from' | 'to' | 'which'> | null): ExportSummary {
  const committeeId = choices?.committeeId ?? null;
  const loaded = useLiveQuery(async (): Promise<Loaded | null> => {
    if (committeeId === null) return null;
    try {
      return { committeeId, tracker: await loadTracker(getDb(), { committeeId }) };
    } catch (error) {
      return { committeeId, problem: describeError(error) };
    }
  }, [committeeId]);
  const from = choices?.from;
  const to = choices?.to;
  const which = choices?.which;

  return useMemo((): ExportSummary => {
    if (!loaded || committeeId === null || loaded.committeeId !== committeeId || from === undefined || to === undefined || which === undefined) {
      return { kind: 'loading' };
    }
    if (loaded.problem !== undefined || !loaded.tracker) return { kind: 'problem', message: loaded.problem ?? 'The tracker could not be read.' };
    try {
      return { kind: 'ready', tracker: loaded.tracker, count: countForExport(loaded.tracker, { committeeId, from, to, which }) };
    } catch (error) {
      return { kind: 'problem', message: describeError(error) };
    }
  }, [loaded, committeeId, from, to, which]);
}

/** The version number the export would carry; undefined while it is read. */
export function useNextVersion(document: ExportDocument | undefined, committeeId: string | undefined): number | undefined {
  return useLiveQuery(
    async () => (document === undefined || committeeId === undefined ? undefined : nextVersion(getDb(), document, committeeId)),
    [document, committeeId],
  );
}

export function useRecentExports(limit = 5): ExportRecord[] | undefined {
  return useLiveQuery(() => listExports(getDb(), limit), [limit]);
}
