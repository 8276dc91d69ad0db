// The officer's settings (export wording, last choices), one key-value row each in the settings table.
import type { TrackerDb } from './database';
import { TrackerError } from './errors';

/** Checks a stored value is what the caller expects, since a setting may be from an older app or hand-edited. */
export type SettingCheck<T> = (value: unknown) => value is T;

function checkKey(key: string): void {
  if (typeof key !== 'string' || key.trim() === '') throw new TrackerError('A setting needs a name.');
}

/** The stored value, or `fallback` where there is none (or it fails `check`). */
export async function getSetting<T>(db: TrackerDb, key: string, fallback: T, check?: SettingCheck<T>): Promise<T> {
  checkKey(key);
  const row = await db.settings.get(key);
  if (row === undefined || row.value === undefined) return fallback;
  if (check && !check(row.value)) return fallback;
  return row.value as T;
}

/** Several settings in one read, by key; keys with nothing stored are left out. */
export async function getSettings(db: TrackerDb, keys: readonly string[]): Promise<Record<string, unknown>> {
  keys.forEach(checkKey);
  const rows = await db.settings.bulkGet([...keys]);
  const found: Record<string, unknown> = {};
  rows.forEach((row, index) => {
    if (row !== undefined && row.value !== undefined) found[keys[index]!] = row.value;
  });
  return found;
}

/** Stores one setting. `undefined` removes it, so the fallback applies again. */
export async function setSetting(db: TrackerDb, key: string, value: unknown): Promise<void> {
  await setSettings(db, { [key]: value });
}

/** Stores several settings together: all of them or, if anything fails, none. */
export async function setSettings(db: TrackerDb, entries: Record<string, unknown>): Promise<void> {
  const keys = Object.keys(entries);
  keys.forEach(checkKey);
  await db.transaction('rw', db.settings, async () => {
    const put = keys.filter((k) => entries[k] !== undefined).map((key) => ({ key, value: entries[key] }));
    const removed = keys.filter((k) => entries[k] === undefined);
    if (put.length > 0) await db.settings.bulkPut(put);
    if (removed.length > 0) await db.settings.bulkDelete(removed);
  });
}
