// The council's chasing settings (deadline rule, wording, templates) and the date of the last start-up summary, kept in the settings table.
import { liveQuery } from 'dexie';
import { DEFAULT_CHASING_SETTINGS, isIsoDate, resolveChasingSettings, type ChasingSettings } from '../../shared/index';
import type { TrackerDb } from './database';
import { describeError } from './errors';
import { getSetting, setSetting } from './settings';

export const CHASING_SETTINGS_KEY = 'chasing.settings';
export const LAST_SUMMARY_KEY = 'chasing.lastSummary';

export interface LoadedChasingSettings {
  settings: ChasingSettings;
  /** Why the stored settings could not be used (the defaults are in force meanwhile); null when they could. */
  problem: string | null;
}

/**
 * The stored settings with gaps filled from the defaults. Settings written by an older app or edited
 * by hand may be wrong: then the defaults apply and `problem` says what was wrong, rather than the
 * board failing to open.
 */
export async function loadChasingSettings(db: TrackerDb): Promise<LoadedChasingSettings> {
  const stored = await getSetting<unknown>(db, CHASING_SETTINGS_KEY, undefined);
  try {
    return { settings: resolveChasingSettings(stored ?? {}), problem: null };
  } catch (error) {
    return { settings: DEFAULT_CHASING_SETTINGS, problem: `The saved chasing settings could not be used, so the usual ones apply: ${describeError(error)}` };
  }
}

/** Checks the settings (throwing a plain-English Error if any value is wrong) and stores them; returns what was stored. */
export async function saveChasingSettings(db: TrackerDb, given: unknown): Promise<ChasingSettings> {
  const settings = resolveChasingSettings(given);
  await setSetting(db, CHASING_SETTINGS_KEY, settings);
  return settings;
}

/** Calls `onChange` with the settings now and after every change to them; returns the function that stops watching. */
export function watchChasingSettings(db: TrackerDb, onChange: (loaded: LoadedChasingSettings) => void): () => void {
  const subscription = liveQuery(() => loadChasingSettings(db)).subscribe({
    next: onChange,
    error: (error: unknown) => onChange({ settings: DEFAULT_CHASING_SETTINGS, problem: describeError(error) }),
  });
  return () => subscription.unsubscribe();
}

/** The day the start-up summary was last shown (YYYY-MM-DD), or '' if never. */
export async function getLastSummaryDate(db: TrackerDb): Promise<string> {
  const value = await getSetting<unknown>(db, LAST_SUMMARY_KEY, '');
  return typeof value === 'string' && isIsoDate(value) ? value : '';
}

export async function setLastSummaryDate(db: TrackerDb, date: string): Promise<void> {
  if (!isIsoDate(date)) throw new Error(`"${date}" is not a date written YYYY-MM-DD.`);
  await setSetting(db, LAST_SUMMARY_KEY, date);
}
