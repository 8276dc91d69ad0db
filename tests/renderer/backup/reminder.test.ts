// The weekly backup reminder of web mode and the storage figures: when the reminder is due, and sizes as people read them.
import { describe, expect, it } from 'vitest';
import { readInterchange } from '../../../shared/index';
import { getDb, getSetting, importTracker, setSettings } from '../../../renderer/db/index';
import { checkWeeklyReminder, reminderDue } from '../../../renderer/features/backup/reminder';
import { askPersistence, formatBytes, readStorage } from '../../../renderer/features/backup/storage';
import example from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';

describe('reminderDue', () => {
  it('starts counting the first time, then reminds once a week after the latest backup or reminder', () => {
    expect(reminderDue('2026-11-22', {})).toBe('start');
    expect(reminderDue('2026-11-22', { since: 'rubbish', lastSaved: 42 })).toBe('start');
    expect(reminderDue('2026-11-22', { since: '2026-11-16' })).toBe('wait');
    expect(reminderDue('2026-11-22', { since: '2026-11-15' })).toBe('remind');
    expect(reminderDue('2026-11-22', { since: '2026-01-01', lastSaved: '2026-11-20' })).toBe('wait');
    expect(reminderDue('2026-11-22', { since: '2026-01-01', lastSaved: '2026-10-01', lastReminded: '2026-11-18' })).toBe('wait');
    expect(reminderDue('2026-11-22', { since: '2026-01-01', lastSaved: '2026-10-01', lastReminded: '2026-11-15' })).toBe('remind');
  });
});

describe('checkWeeklyReminder', () => {
  it('stays quiet with no tracker, starts the week with one, and reminds once when the week is up', async () => {
    const db = getDb();
    await expect(checkWeeklyReminder('2026-11-01')).resolves.toBe(false);
    expect(await getSetting(db, 'backup.reminderSince', '')).toBe('');

    await importTracker(db, readInterchange(example));
    await expect(checkWeeklyReminder('2026-11-01')).resolves.toBe(false);
    expect(await getSetting(db, 'backup.reminderSince', '')).toBe('2026-11-01');
    await expect(checkWeeklyReminder('2026-11-07')).resolves.toBe(false);
    await expect(checkWeeklyReminder('2026-11-08')).resolves.toBe(true);
    await expect(checkWeeklyReminder('2026-11-08')).resolves.toBe(false);

    await setSettings(db, { 'backup.lastSaved': '2026-11-20' });
    await expect(checkWeeklyReminder('2026-11-26')).resolves.toBe(false);
    await expect(checkWeeklyReminder('2026-11-27')).resolves.toBe(true);
  });
});

describe('storage', () => {
  it('writes sizes as people read them', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
    expect(formatBytes(12.34 * 1024 * 1024)).toBe('12.3 MB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 GB');
  });

  it('reads what the browser says, and copes with a browser that says nothing', async () => {
    const storage = { estimate: async () => ({ usage: 2048, quota: 10 * 1024 ** 3 }), persisted: async () => false, persist: async () => true };
    await expect(readStorage(storage)).resolves.toEqual({ usage: 2048, quota: 10 * 1024 ** 3, persisted: false });
    await expect(readStorage({})).resolves.toEqual({ usage: null, quota: null, persisted: null });
    await expect(readStorage({ estimate: async () => Promise.reject(new Error('no')), persisted: async () => Promise.reject(new Error('no')) })).resolves.toEqual({ usage: null, quota: null, persisted: null });
    await expect(askPersistence(storage)).resolves.toBe(true);
    await expect(askPersistence(undefined)).resolves.toBe(false);
  });
});
