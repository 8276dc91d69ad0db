// Settings: a fallback where nothing (or nothing sensible) is stored, and several written together.
import { describe, expect, it } from 'vitest';
import { getSetting, getSettings, setSetting, setSettings } from '../../../renderer/db/index';
import { freshDb } from './helpers';

const isText = (v: unknown): v is string => typeof v === 'string';

describe('settings', () => {
  it('gives the fallback until a value is stored, then the value', async () => {
    const db = freshDb();
    expect(await getSetting(db, 'export.classification', 'OFFICIAL')).toBe('OFFICIAL');
    await setSetting(db, 'export.classification', 'OFFICIAL-SENSITIVE');
    expect(await getSetting(db, 'export.classification', 'OFFICIAL')).toBe('OFFICIAL-SENSITIVE');
    await setSetting(db, 'export.classification', '');
    expect(await getSetting(db, 'export.classification', 'OFFICIAL')).toBe('');
  });

  it('keeps structured values and bytes as they were', async () => {
    const db = freshDb();
    await setSetting(db, 'export.columns.appendix', { label: 'No.', outcome: 'Decision' });
    await setSetting(db, 'export.logo', { name: 'logo.png', type: 'png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    expect(await getSetting(db, 'export.columns.appendix', {})).toEqual({ label: 'No.', outcome: 'Decision' });
    const logo = await getSetting<{ data: Uint8Array }>(db, 'export.logo', { data: new Uint8Array() });
    expect(Array.from(logo.data)).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('gives the fallback where the stored value fails the check', async () => {
    const db = freshDb();
    await setSetting(db, 'export.author', 42);
    expect(await getSetting(db, 'export.author', 'nobody', isText)).toBe('nobody');
    await setSetting(db, 'export.author', 'Webb, Danial');
    expect(await getSetting(db, 'export.author', 'nobody', isText)).toBe('Webb, Danial');
  });

  it('writes several together, and undefined removes a setting', async () => {
    const db = freshDb();
    await setSettings(db, { 'export.font': 'Verdana', 'export.fontSize': 12, 'export.author': 'A' });
    await setSettings(db, { 'export.font': 'Calibri', 'export.author': undefined });
    expect(await getSettings(db, ['export.font', 'export.fontSize', 'export.author', 'export.never'])).toEqual({ 'export.font': 'Calibri', 'export.fontSize': 12 });
    expect(await db.settings.count()).toBe(2);
  });

  it('refuses a setting without a name and writes nothing', async () => {
    const db = freshDb();
    await expect(setSettings(db, { 'export.font': 'Verdana', ' ': 'x' })).rejects.toThrow('A setting needs a name.');
    expect(await db.settings.count()).toBe(0);
  });
});
