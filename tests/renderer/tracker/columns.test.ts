// The table's chosen columns: stored in the settings table, checked when read back, laid out in the table's order.
import { describe, expect, it } from 'vitest';
import { COLUMNS_SETTING, DEFAULT_COLUMNS, gridTemplate, isColumnList, setColumnShown } from '../../../renderer/features/tracker/columns';
import { getSetting, setSetting } from '../../../renderer/db/index';
import { freshDb } from '../db/helpers';

describe('table columns', () => {
  it('lays the chosen columns out in the table order, whatever order they were chosen in', () => {
    expect(gridTemplate(['target', 'addressee'])).toBe('2.5rem minmax(0, 1.3fr) 7.5rem 6.5rem');
    expect(gridTemplate([])).toBe('2.5rem minmax(0, 1.3fr)');
  });

  it('falls back to the defaults when the stored choice is not a list of known columns', async () => {
    const db = freshDb();
    await setSetting(db, COLUMNS_SETTING, ['addressee', 'colour']);
    expect(await getSetting(db, COLUMNS_SETTING, DEFAULT_COLUMNS, isColumnList)).toEqual(DEFAULT_COLUMNS);
    await setSetting(db, COLUMNS_SETTING, ['responseText']);
    expect(await getSetting(db, COLUMNS_SETTING, DEFAULT_COLUMNS, isColumnList)).toEqual(['responseText']);
    expect(DEFAULT_COLUMNS).toContain('responseText');
  });
});

describe('origin and priority columns', () => {
  it('can be chosen, are off by default, and come last in the table', () => {
    expect(DEFAULT_COLUMNS).not.toContain('origin');
    expect(DEFAULT_COLUMNS).not.toContain('priority');
    expect(isColumnList(['origin', 'priority'])).toBe(true);
    expect(gridTemplate(['priority', 'status', 'origin'])).toBe('2.5rem minmax(0, 1.3fr) 7rem minmax(0, 0.6fr) 4.5rem');
  });

  it('counts two columns ticked in quick succession, each read from what is stored', async () => {
    const db = freshDb();
    await Promise.all([setColumnShown('origin', true, db), setColumnShown('priority', true, db)]);
    expect(await getSetting(db, COLUMNS_SETTING, DEFAULT_COLUMNS, isColumnList)).toEqual([...DEFAULT_COLUMNS, 'origin', 'priority']);
    await setColumnShown('addressee', false, db);
    expect(await getSetting(db, COLUMNS_SETTING, DEFAULT_COLUMNS, isColumnList)).toEqual(['outcome', 'responseText', 'status', 'target', 'origin', 'priority']);
  });
});
