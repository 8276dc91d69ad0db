// Remembered export choices: defaults from the seeds, only sensible stored values used, and logos told apart by their bytes.
import { describe, expect, it } from 'vitest';
import { setSettings } from '../../../renderer/db/index';
import { logoFromBytes } from '../../../renderer/features/exporting/logo';
import { DEFAULT_PREFERENCES, loadPreferences, preferencesToSettings } from '../../../renderer/features/exporting/preferences';
import { freshDb } from '../db/helpers';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('export preferences', () => {
  it('opens with the seeds’ wording, Arial 11, landscape and OFFICIAL when nothing is stored', async () => {
    const p = await loadPreferences(freshDb());
    expect(p).toEqual(DEFAULT_PREFERENCES);
    expect(p).toMatchObject({ font: 'Arial', fontSize: 11, orientation: 'landscape', classification: 'OFFICIAL', appendixNumber: '1', document: 'appendix', which: 'all' });
    expect(p.columns.appendix.outcome).toBe('Accepted/Rejected');
  });

  it('comes back as it was stored, the logo included', async () => {
    const db = freshDb();
    const chosen = {
      ...DEFAULT_PREFERENCES,
      document: 'schedule' as const,
      which: 'open' as const,
      fontSize: 12.5,
      logo: { name: 'logo.png', type: 'png' as const, data: PNG },
      statusLabels: { ...DEFAULT_PREFERENCES.statusLabels, 'in-progress': 'Ongoing' },
    };
    await setSettings(db, preferencesToSettings(chosen));
    expect(await loadPreferences(db)).toEqual(chosen);
    await setSettings(db, preferencesToSettings({ ...chosen, logo: null }));
    expect((await loadPreferences(db)).logo).toBeNull();
  });

  it('stores only the wording that differs from the usual', () => {
    const settings = preferencesToSettings({
      ...DEFAULT_PREFERENCES,
      outcomeLabels: { ...DEFAULT_PREFERENCES.outcomeLabels, '': 'Awaiting response', Accepted: 'Accepted' },
    });
    expect(settings['export.outcomeLabels']).toEqual({ '': 'Awaiting response' });
    expect(settings['export.columns.appendix']).toEqual({});
  });

  it('ignores stored values that make no sense rather than failing', async () => {
    const db = freshDb();
    await setSettings(db, {
      'export.document': 'minutes',
      'export.fontSize': 99,
      'export.orientation': 'sideways',
      'export.font': '  ',
      'export.logo': { name: 'x', type: 'gif', data: new Uint8Array([1]) },
      'export.columns.appendix': { outcome: 'Decision', nonsense: 'x', label: 7 },
      'export.outcomeLabels': 'Accepted',
    });
    const p = await loadPreferences(db);
    expect(p).toMatchObject({ document: 'appendix', fontSize: 11, orientation: 'landscape', font: 'Arial', logo: null });
    expect(p.columns.appendix).toEqual({ ...DEFAULT_PREFERENCES.columns.appendix, outcome: 'Decision' });
    expect(p.outcomeLabels).toEqual(DEFAULT_PREFERENCES.outcomeLabels);
  });
});

describe('logo', () => {
  it('tells PNG from JPEG by the bytes, whatever the name says', () => {
    expect(logoFromBytes('logo.jpg', PNG).type).toBe('png');
    expect(logoFromBytes('logo.png', JPG).type).toBe('jpg');
  });

  it('refuses anything else, empty files and huge ones, in plain English', () => {
    expect(() => logoFromBytes('logo.gif', new TextEncoder().encode('GIF89a...'))).toThrow('logo.gif is not a PNG or JPEG image.');
    expect(() => logoFromBytes('empty.png', new Uint8Array())).toThrow('empty.png is empty.');
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(PNG);
    expect(() => logoFromBytes('huge.png', huge)).toThrow('too large for a logo');
  });
});
