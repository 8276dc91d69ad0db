// The prepared search index kept in step with the database: every kind of write, here or from another connection, and the first screen read before it is built.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { queryPrefixes, readInterchange } from '../../../shared/index';
import {
  SCHEMA_VERSIONS,
  SORTS,
  createRecommendation,
  deleteToBin,
  firstRecommendationIds,
  importTracker,
  preparedSearch,
  queryRecommendationIds,
  restoreFromBin,
  updateMeeting,
  updateRecommendation,
  type RecommendationFilter,
  type RecommendationRow,
  type SortOrder,
  type TrackerDb,
} from '../../../renderer/db/index';
import example from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import { exampleDb } from './helpers';

const FIELD: Record<SortOrder, [keyof RecommendationRow, boolean]> = {
  meeting: ['sortKey', false],
  'meeting-desc': ['sortKey', true],
  outcome: ['responseOutcome', false],
  status: ['status', false],
  target: ['targetDate', false],
  updated: ['updatedAt', true],
};

/** The answer read straight from every stored row: what the table must show. */
async function fromRows(db: TrackerDb, filter: RecommendationFilter, sort: SortOrder = 'meeting'): Promise<string[]> {
  const prefixes = queryPrefixes(filter.text ?? '');
  const [field, backwards] = FIELD[sort];
  const key = (r: RecommendationRow) => String(r[field]);
  const rows = (await db.recommendations.toArray())
    .filter(
      (r) =>
        (!filter.committeeId || r.committeeId === filter.committeeId) &&
        (!filter.outcomes?.length || (filter.outcomes as string[]).includes(r.responseOutcome)) &&
        prefixes.every((p) => [r.text, r.responseText, r.action, r.notes].join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(p))),
    )
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1))
    .map((r) => r.id);
  return backwards ? rows.reverse() : rows;
}

const FILTERS: RecommendationFilter[] = [{}, { text: 'school' }, { text: 'restor' }, { text: 'zebra' }, { outcomes: ['Rejected'] }, { text: 'council', outcomes: [''] }];

async function expectInStep(db: TrackerDb) {
  for (const filter of FILTERS) {
    for (const sort of SORTS) expect(await queryRecommendationIds(db, filter, sort), `${JSON.stringify(filter)} ${sort}`).toEqual(await fromRows(db, filter, sort));
  }
}

describe('the prepared search index', () => {
  it('answers as the stored rows do, and stays so through edits, new records, deletes and undo', async () => {
    const db = await exampleDb();
    await expectInStep(db);
    const [first] = await queryRecommendationIds(db, { text: 'restorative' });

    await updateRecommendation(db, first!, { text: 'A zebra crossing outside every school.', status: 'completed' });
    expect(preparedSearch(db).current()).not.toBeNull(); // a write made here is applied at once, with nothing read back
    expect(await queryRecommendationIds(db, { text: 'zebra' })).toEqual([first]);
    await expectInStep(db);

    const row = (await db.recommendations.get(first!))!;
    const made = await createRecommendation(db, { itemId: row.itemId, text: 'Zebra crossings near the new school.' });
    expect(await queryRecommendationIds(db, { text: 'zebra' })).toEqual([first, made.id]);

    const entry = await deleteToBin(db, { kind: 'meeting', id: row.meetingId });
    expect(await queryRecommendationIds(db, { text: 'zebra' })).toEqual([]);
    await expectInStep(db);
    await restoreFromBin(db, entry.id);
    expect(await queryRecommendationIds(db, { text: 'zebra' })).toEqual([first, made.id]);
    await expectInStep(db);

    // Moving a meeting re-keys its recommendations in a bulk modify: the order follows.
    await updateMeeting(db, row.meetingId, { date: '2030-01-01' });
    expect((await queryRecommendationIds(db, {})).slice(-2)).toEqual([first, made.id]);
    await expectInStep(db);
  });

  it('takes in a bulk import of thousands without reading the tracker again', async () => {
    const db = await exampleDb();
    await queryRecommendationIds(db, {});
    const many = readInterchange({
      committee: 'Adults and Wellbeing Scrutiny Committee',
      meetings: Array.from({ length: 30 }, (_, m) => ({
        date: `2025-${String(1 + (m % 12)).padStart(2, '0')}-${String(1 + m).padStart(2, '0')}`,
        items: [{ title: `Item ${m}`, recommendations: Array.from({ length: 40 }, (_, r) => ({ label: String(r + 1), text: `Review care home ${m}-${r} fees and quality.` })) }],
      })),
    });
    await importTracker(db, many);
    // The rows came with the commit (Dexie's own change event names no keys for a bulk write of this size).
    expect(preparedSearch(db).current()).not.toBeNull();
    expect(await queryRecommendationIds(db, { text: 'care home fees' })).toHaveLength(1200);
    await expectInStep(db);
  });

  it('catches up with writes made through another connection (another tab), by key or by reading everything again', async () => {
    const db = await exampleDb();
    await queryRecommendationIds(db, {});
    const other = new Dexie(db.name);
    other.version(SCHEMA_VERSIONS.at(-1)!.version).stores(SCHEMA_VERSIONS.at(-1)!.stores);
    const some = (await other.table('recommendations').limit(3).toArray()) as RecommendationRow[];
    // A few rows: Dexie names their keys, so only they are read again.
    await other.table('recommendations').bulkPut(some.map((r) => ({ ...r, text: `${r.text} Walrus.`, words: `${r.words} walrus` })));
    expect((await queryRecommendationIds(db, { text: 'walrus' })).sort()).toEqual(some.map((r) => r.id).sort());
    await expectInStep(db);
    // Every row: Dexie says only "the table changed", so the index is built again.
    const all = (await other.table('recommendations').toArray()) as RecommendationRow[];
    await other.table('recommendations').bulkPut(all.map((r) => ({ ...r, responseOutcome: 'Rejected' })));
    expect(await queryRecommendationIds(db, { outcomes: ['Rejected'] })).toHaveLength(all.length);
    await other.table('recommendations').clear();
    expect(await queryRecommendationIds(db, {})).toEqual([]);
    other.close();
  });

  it('says how many recommendations it has read while it is built, and nothing once ready', async () => {
    const db = await exampleDb();
    const prepared = preparedSearch(db);
    const seen: string[] = [];
    const stop = prepared.subscribe(() => {
      const p = prepared.progress();
      seen.push(p ? `${p.read} of ${p.total}` : 'ready');
    });
    expect(prepared.progress()).toBeNull();
    await prepared.ready();
    stop();
    expect(seen).toContain('49 of 49');
    expect(seen.at(-1)).toBe('ready');
    expect(prepared.progress()).toBeNull();
  });

  it('shows the first screen in meeting order straight from IndexedDB, the same rows the index will give', async () => {
    const db = await exampleDb();
    // A second committee meeting on the same dates: the screen of all committees merges the two.
    await importTracker(db, readInterchange({ ...example, committee: 'Adults and Wellbeing Scrutiny Committee' }));
    const committeeId = (await db.committees.toCollection().first())!.id;
    for (const filter of [{}, { committeeId }, { from: '2024-01-01', to: '2024-12-31' }, { committeeId, from: '2024-01-01' }]) {
      for (const sort of ['meeting', 'meeting-desc'] as const) {
        const full = await queryRecommendationIds(db, filter, sort);
        for (const limit of [5, 60]) {
          expect(await firstRecommendationIds(db, filter, sort, limit), `${JSON.stringify(filter)} ${sort} ${limit}`).toEqual(full.slice(0, limit));
        }
      }
    }
    // Orders and filters without an IndexedDB index wait for the prepared one.
    expect(await firstRecommendationIds(db, {}, 'status', 5)).toBeNull();
    expect(await firstRecommendationIds(db, { text: 'school' }, 'meeting', 5)).toBeNull();
    expect(await firstRecommendationIds(db, { committeeId, outcomes: ['Accepted'] }, 'meeting', 5)).toBeNull();
  });
});
