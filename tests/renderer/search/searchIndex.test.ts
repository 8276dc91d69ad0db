// The prepared search index on its own: prefix search, filters, every order, and answers that stay right through adds, edits and deletes.
import { describe, expect, it } from 'vitest';
import { indexWords, queryPrefixes } from '../../../shared/index';
import { SORTS, type RecommendationFilter, type SortOrder } from '../../../renderer/db/queries';
import { SearchIndex, type IndexedRow } from '../../../renderer/search/searchIndex';

function row(id: string, fields: Partial<IndexedRow> = {}): IndexedRow {
  const r = {
    id,
    committeeId: 'c1',
    sortKey: `2024-01-01|m1|000000|${id}`,
    responseOutcome: '',
    status: 'open',
    addressee: 'executive',
    targetDate: '',
    updatedAt: '2026-01-01T00:00:00.000Z',
    text: '',
    responseText: '',
    action: '',
    notes: '',
    ...fields,
  } as IndexedRow;
  return { ...r, words: indexWords(r.text, r.responseText, r.action, r.notes).join(' ') };
}

const FIELD: Record<SortOrder, [keyof IndexedRow, boolean]> = {
  meeting: ['sortKey', false],
  'meeting-desc': ['sortKey', true],
  outcome: ['responseOutcome', false],
  status: ['status', false],
  target: ['targetDate', false],
  updated: ['updatedAt', true],
};

/** The answer worked out the slow, obvious way: what IndexedDB's indexes gave before the index existed. */
function reference(rows: Iterable<IndexedRow>, filter: RecommendationFilter, sort: SortOrder): string[] {
  const prefixes = queryPrefixes(filter.text ?? '');
  const lo = filter.from ?? '';
  const hi = `${filter.to ?? '9999-12-31'}|\uffff`;
  const [field, backwards] = FIELD[sort];
  const key = (r: IndexedRow) => String(r[field]);
  const out = [...rows]
    .filter(
      (r) =>
        (!filter.committeeId || r.committeeId === filter.committeeId) &&
        (filter.from === undefined && filter.to === undefined ? true : r.sortKey >= lo && r.sortKey <= hi) &&
        (!filter.outcomes?.length || (filter.outcomes as string[]).includes(r.responseOutcome)) &&
        (!filter.statuses?.length || (filter.statuses as string[]).includes(r.status)) &&
        (!filter.addressees?.length || (filter.addressees as string[]).includes(r.addressee)) &&
        prefixes.every((p) => r.words!.split(' ').some((w) => w.startsWith(p))),
    )
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => r.id);
  return backwards ? out.reverse() : out;
}

// A small seeded generator, so a failure can be replayed.
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const VOCAB = ['safeguarding', 'safe', 'school', 'schools', 'housing', 'house', 'budget', 'bus', 'carbon', 'care', 'careers', 'café', 'review', 'the', 'and', '2024', 'a1'];
const OUTCOMES = ['', 'Accepted', 'Partially accepted', 'Rejected', 'Noted'];
const STATUSES = ['open', 'in-progress', 'completed', 'not-pursued'];
const ADDRESSEES = ['executive', 'council', 'cabinet-member', 'committee'];

function randomRow(rand: () => number, id: string): IndexedRow {
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(VOCAB)).join(' ');
  const date = `202${Math.floor(rand() * 4)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
  return row(id, {
    committeeId: pick(['c1', 'c2', 'c3']),
    sortKey: `${date}|m${Math.floor(rand() * 3)}|00000${Math.floor(rand() * 3)}|00000${Math.floor(rand() * 3)}`,
    responseOutcome: pick(OUTCOMES) as IndexedRow['responseOutcome'],
    status: pick(STATUSES) as IndexedRow['status'],
    addressee: pick(ADDRESSEES) as IndexedRow['addressee'],
    targetDate: rand() < 0.5 ? '' : date,
    updatedAt: `2026-0${1 + Math.floor(rand() * 9)}-01T00:00:00.000Z`,
    text: sentence(1 + Math.floor(rand() * 5)),
    responseText: rand() < 0.5 ? sentence(3) : '',
    notes: rand() < 0.2 ? 'Noted at the meeting' : '',
  });
}

function randomFilter(rand: () => number): RecommendationFilter {
  const f: RecommendationFilter = {};
  if (rand() < 0.3) f.committeeId = ['c1', 'c2', 'c3', 'nobody'][Math.floor(rand() * 4)];
  if (rand() < 0.2) f.from = '2022-01-01';
  if (rand() < 0.2) f.to = '2022-12-31';
  if (rand() < 0.2) f.outcomes = [OUTCOMES[Math.floor(rand() * OUTCOMES.length)]! as never];
  if (rand() < 0.2) f.statuses = [STATUSES[Math.floor(rand() * STATUSES.length)]! as never];
  if (rand() < 0.2) f.addressees = [ADDRESSEES[Math.floor(rand() * ADDRESSEES.length)]! as never];
  if (rand() < 0.6) f.text = ['s', 'saf', 'SCHOOL', 'sch car', 'bus', 'cafe', 'café', 'the', 'zebra', 'house safe', '20', 'a1 re', 'noted'][Math.floor(rand() * 13)];
  return f;
}

describe('SearchIndex', () => {
  const rows = [
    row('a', { text: 'The executive to review safeguarding in schools.', sortKey: '2024-03-01|m2|000000|000000' }),
    row('b', { text: 'Publish the housing budget.', responseText: 'Accepted: the café will open.', sortKey: '2023-09-26|m1|000001|000000', responseOutcome: 'Accepted' }),
    row('c', { text: 'Review school transport.', notes: 'Safe routes', sortKey: '2023-09-26|m1|000000|000000', committeeId: 'c2', status: 'completed' }),
  ];

  it('finds a typed word from the start of any word of the text, response, action or notes', () => {
    const index = SearchIndex.build(rows);
    expect(index.query({ text: 'safeg' })).toEqual(['a']);
    // "saf" starts "safeguarding" and "safe": one prefix may match several words of a record.
    expect(index.query({ text: 'saf' })).toEqual(['c', 'a']);
    expect(index.query({ text: 'SCHOOL' })).toEqual(['c', 'a']);
    expect(index.query({ text: 'cafe' })).toEqual(['b']);
    expect(index.query({ text: 'review school' })).toEqual(['c', 'a']);
    expect(index.query({ text: 'review housing' })).toEqual([]);
    expect(index.query({ text: 'zebra' })).toEqual([]);
    // Inside a word is not the start of one; stopwords alone ask for nothing.
    expect(index.query({ text: 'guarding' })).toEqual([]);
    expect(index.query({ text: 'the' })).toEqual(['c', 'b', 'a']);
  });

  it('filters and orders as the IndexedDB indexes did', () => {
    const index = SearchIndex.build(rows);
    expect(index.query({})).toEqual(['c', 'b', 'a']);
    expect(index.query({}, 'meeting-desc')).toEqual(['a', 'b', 'c']);
    expect(index.query({ committeeId: 'c2' })).toEqual(['c']);
    expect(index.query({ from: '2024-01-01' })).toEqual(['a']);
    expect(index.query({ to: '2023-09-26' })).toEqual(['c', 'b']);
    expect(index.query({ outcomes: ['Accepted'] })).toEqual(['b']);
    expect(index.query({ outcomes: [''] })).toEqual(['c', 'a']);
    expect(index.query({ statuses: ['completed'] })).toEqual(['c']);
    expect(index.query({ addressees: ['council'] })).toEqual([]);
    expect(index.query({}, 'status')).toEqual(['c', 'a', 'b']);
    expect(index.query({}, 'outcome')).toEqual(['a', 'c', 'b']);
  });

  it('keeps up with replaced, deleted and re-added recommendations', () => {
    const index = SearchIndex.build(rows);
    expect(index.query({}, 'updated')).toEqual(['c', 'b', 'a']);
    index.apply([['a', row('a', { text: 'Review carbon budgets.', sortKey: '2022-01-01|m0|000000|000000', updatedAt: '2026-05-01T00:00:00.000Z' })]]);
    expect(index.query({ text: 'safeg' })).toEqual([]);
    expect(index.query({ text: 'carb' })).toEqual(['a']);
    expect(index.query({})).toEqual(['a', 'c', 'b']);
    expect(index.query({}, 'updated')).toEqual(['a', 'c', 'b']);
    index.apply([['c', null]]);
    expect(index.query({ text: 'review' })).toEqual(['a']);
    expect(index.size).toBe(2);
    expect(index.has('c')).toBe(false);
    index.apply([['c', rows[2]!], ['d', row('d', { text: 'A new safeguarding review.', sortKey: '2025-01-01|m9|000000|000000' })]]);
    expect(index.query({ text: 'review' })).toEqual(['a', 'c', 'd']);
    expect(index.query({}, 'meeting-desc')).toEqual(['d', 'b', 'c', 'a']);
  });

  it('sorts each order ahead of use, one at a time, and answers the same afterwards', () => {
    const index = SearchIndex.build(rows);
    const before = SORTS.map((sort) => SearchIndex.build(rows).query({}, sort));
    let prepared = 0;
    while (index.prepareNext()) prepared++;
    // Five fields make the six orders (newest and oldest meeting first share one).
    expect(prepared).toBe(5);
    expect(index.prepareNext()).toBe(false);
    expect(SORTS.map((sort) => index.query({}, sort))).toEqual(before);
    // Ready orders are kept in step with later changes.
    index.apply([['d', row('d', { text: 'A late addition.', sortKey: '2020-01-01|m9|000000|000000', updatedAt: '2030-01-01T00:00:00.000Z' })]]);
    expect(index.query({}, 'meeting')[0]).toBe('d');
    expect(index.query({}, 'updated')[0]).toBe('d');
  });

  it('applies staged rows as it would have without staging, and forgets staged rows never applied', () => {
    const index = SearchIndex.build(rows);
    const staged = row('e', { text: 'Walrus habitats in the river Wye.', sortKey: '2025-02-01|m9|000000|000000' });
    const abandoned = row('f', { text: 'Walrus tourism strategy.', sortKey: '2025-03-01|m9|000000|000000' });
    index.stage([staged, abandoned]);
    // Staging alone changes no answer.
    expect(index.query({ text: 'walrus' })).toEqual([]);
    expect(index.size).toBe(3);
    index.apply([['e', staged]]);
    expect(index.query({ text: 'walrus' })).toEqual(['e']);
    expect(index.query({ text: 'wye habit' })).toEqual(['e']);
    expect(index.query({ text: 'tourism' })).toEqual([]);
  });

  it('gives the same answers as the obvious computation through thousands of random changes', () => {
    const rand = rng(20261122);
    const live = new Map<string, IndexedRow>();
    for (let i = 0; i < 400; i++) live.set(`r${i}`, randomRow(rand, `r${i}`));
    // Squeezing out dead slots early, so renumbering is exercised too.
    const index = SearchIndex.build(live.values(), 50);
    let next = 400;
    for (let step = 0; step < 60; step++) {
      // A batch of changes: adds, edits (new words, new keys) and deletes, up to a few hundred at once
      // (so both the merge of new rows into each order and sorting afresh are exercised, and compaction).
      const batch = new Map<string, IndexedRow | null>();
      const size = step % 10 === 9 ? 300 : 1 + Math.floor(rand() * 12);
      const ids = [...live.keys()];
      for (let k = 0; k < size; k++) {
        const roll = rand();
        if (roll < 0.35 || ids.length === 0) {
          const id = `r${next++}`;
          batch.set(id, randomRow(rand, id));
        } else if (roll < 0.7) {
          const id = ids[Math.floor(rand() * ids.length)]!;
          batch.set(id, randomRow(rand, id));
        } else {
          batch.set(ids[Math.floor(rand() * ids.length)]!, null);
        }
      }
      // Some batches are staged first, whole or in part (an import's chunks are staged as IndexedDB
      // stores them), and some rows are staged and then never applied (a transaction that failed).
      const written = [...batch.values()].filter((r): r is IndexedRow => r !== null);
      const staging = rand();
      if (staging < 0.3) index.stage(written);
      else if (staging < 0.5) index.stage(written.slice(0, written.length >> 1));
      if (rand() < 0.2) index.stage(Array.from({ length: 5 }, (_, k) => randomRow(rand, `abandoned-${step}-${k}`)));
      index.apply(batch);
      for (const [id, r] of batch) {
        if (r) live.set(id, r);
        else live.delete(id);
      }
      expect(index.size).toBe(live.size);
      const perCommittee = new Map<string, number>();
      for (const r of live.values()) perCommittee.set(r.committeeId, (perCommittee.get(r.committeeId) ?? 0) + 1);
      expect(index.countByCommittee()).toEqual(perCommittee);
      for (let q = 0; q < 12; q++) {
        const filter = randomFilter(rand);
        const sort = SORTS[Math.floor(rand() * SORTS.length)]!;
        expect(index.query(filter, sort), `${JSON.stringify(filter)} ${sort} at step ${step}`).toEqual(reference(live.values(), filter, sort));
      }
    }
  });
});
