// Schema versions: a database written at every earlier version opens at the current one with its data.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, TrackerDb } from '../../../renderer/db/index';
import { freshDb } from './helpers';

describe('database schema', () => {
  it('numbers its versions from 1 without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  for (const old of SCHEMA_VERSIONS) {
    it(`upgrades a version ${old.version} database to the current version, keeping its records`, async () => {
      const name = freshDb().name;
      const legacy = new Dexie(name);
      legacy.version(old.version).stores(old.stores);
      await legacy.open();
      await legacy.table('committees').add({ id: 'c1', name: 'Adults and Wellbeing Scrutiny Committee', council: '', createdAt: '', updatedAt: '' });
      await legacy.table('meetings').add({ id: 'm1', committeeId: 'c1', date: '2024-03-12', venue: 'Shire Hall', createdAt: '', updatedAt: '' });
      legacy.close();

      const db = new TrackerDb(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      expect(await db.committees.get('c1')).toMatchObject({ name: 'Adults and Wellbeing Scrutiny Committee' });
      expect(await db.meetings.where('committeeId').equals('c1').toArray()).toHaveLength(1);
      db.close();
    });
  }
});
