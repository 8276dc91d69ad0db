// The prepared search index: every recommendation's filter and sort keys and search words held in memory, so the table answers a keystroke without reading IndexedDB.
// It is a derived cache of the database (renderer/db/preparedSearch.ts builds it and keeps it in
// step with every write), never UI state. Pure: no Dexie, no DOM.
import { queryPrefixes } from '../../shared/index';
import type { RecommendationFilter, SortOrder } from '../db/queries';
import type { RecommendationRow } from '../db/schema';
import { searchWords } from './words';

/** What the index reads of a recommendation: its filter and sort keys, and its search words (from the texts when a row has none stored). */
export type IndexedRow = Pick<
  RecommendationRow,
  'id' | 'committeeId' | 'sortKey' | 'responseOutcome' | 'status' | 'addressee' | 'targetDate' | 'updatedAt' | 'text' | 'responseText' | 'action' | 'notes'
> &
  Partial<Pick<RecommendationRow, 'words'>>;

type SortField = 'sortKey' | 'responseOutcome' | 'status' | 'targetDate' | 'updatedAt';

// Each order is one field, ascending or read backwards, ties broken by id: the order IndexedDB's
// own indexes give, so answers are the same whichever path gave them.
const ORDER: Record<SortOrder, [SortField, boolean]> = {
  meeting: ['sortKey', false],
  'meeting-desc': ['sortKey', true],
  outcome: ['responseOutcome', false],
  status: ['status', false],
  target: ['targetDate', false],
  updated: ['updatedAt', true],
};
const FIELDS: SortField[] = ['sortKey', 'responseOutcome', 'status', 'targetDate', 'updatedAt'];
const LAST = '\uffff';
const splitWords = (words: string): string[] => (words === '' ? [] : words.split(' '));

/**
 * Recommendations are numbered densely ("slots") in the order they were added. A changed or deleted
 * recommendation leaves its old slot dead (a changed one takes a new slot), so postings only ever
 * grow; the dead are squeezed out once they are a quarter of all slots.
 */
export class SearchIndex {
  private ids: string[] = [];
  private live = new Uint8Array(1024);
  private slotOf = new Map<string, number>();
  private committee: string[] = [];
  private addressee: string[] = [];
  private keys: Record<SortField, string[]> = { sortKey: [], responseOutcome: [], status: [], targetDate: [], updatedAt: [] };
  private wordNumber = new Map<string, number>();
  /** word number → slots holding the word (dead slots included until compaction). */
  private postings: number[][] = [];
  /** All words in code-unit order, so a typed prefix is one binary search and a contiguous range. */
  private sorted: string[] = [];
  private unsorted: string[] = [];
  /** Live slots in each field's order, made when first asked for and kept in step after. */
  private orderings = new Map<SortField, Int32Array>();
  /** Per slot: how many of the current query's prefixes it has matched, offset by `generation`. */
  private stamps = new Int32Array(0);
  private generation = 0;
  private dead = 0;
  // Committee ids, statuses and dates repeat thousands of times: one string each saves memory.
  private pool = new Map<string, string>();
  /** Word numbers worked out ahead for rows not yet committed (see stage). */
  private staged = new WeakMap<IndexedRow, Int32Array>();

  /** `compactAfter`: how many dead slots (at least a quarter of all) make it squeeze them out. */
  constructor(private readonly compactAfter = 1000) {}

  static build(rows: Iterable<IndexedRow>, compactAfter?: number): SearchIndex {
    const index = new SearchIndex(compactAfter);
    index.apply([...rows].map((row): [string, IndexedRow] => [row.id, row]));
    return index;
  }

  /** How many recommendations are indexed. */
  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /**
   * Works out one order not yet asked for, ahead of its first use (sorting 50,000 takes tens of
   * milliseconds); false once every order is ready.
   */
  prepareNext(): boolean {
    const field = FIELDS.find((f) => !this.orderings.has(f));
    if (field === undefined) return false;
    this.ordering(field);
    return true;
  }

  /**
   * Works out the word numbers of rows a transaction has written but not yet committed, while the
   * app waits for IndexedDB, so applying them at the commit is quick (a third of the time, for an
   * import of 50,000). If the transaction fails nothing is lost but a few words with no postings.
   */
  stage(rows: readonly IndexedRow[]): void {
    for (const row of rows) if (!this.staged.has(row)) this.staged.set(row, Int32Array.from(this.wordsOf(row), (word) => this.numberOf(word)));
  }

  /** How many recommendations each committee has (committees with none are absent). */
  countByCommittee(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const slot of this.slotOf.values()) {
      const c = this.committee[slot]!;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    return counts;
  }

  /** Adds, replaces (row) or removes (null) recommendations by id. */
  apply(changes: Iterable<[string, IndexedRow | null]>): void {
    const added: number[] = [];
    let removed = false;
    for (const [id, row] of changes) {
      const old = this.slotOf.get(id);
      if (old !== undefined) {
        this.live[old] = 0;
        this.slotOf.delete(id);
        this.dead++;
        removed = true;
      }
      if (row) added.push(this.append(row));
    }
    if (added.length === 0 && !removed) return;
    for (const [field, order] of this.orderings) {
      const kept = removed ? order.filter((s) => this.live[s] === 1) : order;
      // Many new rows: sorting afresh when next asked is cheaper than merging now.
      if (added.length > 64 && added.length > kept.length / 8) this.orderings.delete(field);
      else this.orderings.set(field, added.length ? this.merge(field, kept, added) : kept);
    }
    if (this.dead > this.compactAfter && this.dead * 4 > this.ids.length) this.compact();
  }

  /** Ids of the matching recommendations in display order: the same answer as the IndexedDB query. */
  query(filter: RecommendationFilter, sort: SortOrder = 'meeting'): string[] {
    const [field, backwards] = ORDER[sort];
    const order = this.ordering(field);
    const prefixes = queryPrefixes(filter.text ?? '');
    const wanted = prefixes.length ? this.markPrefixes(prefixes) : -1;
    if (wanted === 0) return [];
    const committee = filter.committeeId || undefined;
    const dated = filter.from !== undefined || filter.to !== undefined;
    const lo = filter.from ?? '';
    const hi = `${filter.to ?? '9999-12-31'}|${LAST}`;
    const outcomes = filter.outcomes?.length ? new Set<string>(filter.outcomes) : null;
    const statuses = filter.statuses?.length ? new Set<string>(filter.statuses) : null;
    const addressees = filter.addressees?.length ? new Set<string>(filter.addressees) : null;
    const { stamps, ids, committee: committees, addressee } = this;
    const { sortKey, responseOutcome, status } = this.keys;
    const out: string[] = [];
    const n = order.length;
    for (let i = 0; i < n; i++) {
      const s = order[backwards ? n - 1 - i : i]!;
      if (wanted > 0 && stamps[s] !== wanted) continue;
      if (committee !== undefined && committees[s] !== committee) continue;
      if (dated) {
        const k = sortKey[s]!;
        if (k < lo || k > hi) continue;
      }
      if (outcomes && !outcomes.has(responseOutcome[s]!)) continue;
      if (statuses && !statuses.has(status[s]!)) continue;
      if (addressees && !addressees.has(addressee[s]!)) continue;
      out.push(ids[s]!);
    }
    return out;
  }

  private intern(value: string | undefined): string {
    const v = value ?? '';
    const hit = this.pool.get(v);
    if (hit !== undefined) return hit;
    this.pool.set(v, v);
    return v;
  }

  private append(row: IndexedRow): number {
    const slot = this.ids.length;
    this.ids.push(row.id);
    if (slot >= this.live.length) {
      const grown = new Uint8Array(this.live.length * 2);
      grown.set(this.live);
      this.live = grown;
    }
    this.live[slot] = 1;
    this.slotOf.set(row.id, slot);
    this.committee.push(this.intern(row.committeeId));
    this.addressee.push(this.intern(row.addressee));
    this.keys.sortKey.push(row.sortKey ?? '');
    this.keys.responseOutcome.push(this.intern(row.responseOutcome));
    this.keys.status.push(this.intern(row.status));
    this.keys.targetDate.push(this.intern(row.targetDate));
    this.keys.updatedAt.push(row.updatedAt ?? '');
    const staged = this.staged.get(row);
    if (staged) for (let i = 0; i < staged.length; i++) this.postings[staged[i]!]!.push(slot);
    else for (const word of this.wordsOf(row)) this.postings[this.numberOf(word)]!.push(slot);
    return slot;
  }

  private wordsOf(row: IndexedRow): string[] {
    return typeof row.words === 'string' ? splitWords(row.words) : searchWords(row);
  }

  private numberOf(word: string): number {
    let n = this.wordNumber.get(word);
    if (n === undefined) {
      n = this.postings.length;
      this.wordNumber.set(word, n);
      this.postings.push([]);
      this.unsorted.push(word);
    }
    return n;
  }

  private compare(field: SortField): (a: number, b: number) => number {
    const values = this.keys[field];
    const ids = this.ids;
    return (a, b) => {
      const x = values[a]!;
      const y = values[b]!;
      if (x !== y) return x < y ? -1 : 1;
      const i = ids[a]!;
      const j = ids[b]!;
      return i < j ? -1 : i > j ? 1 : 0;
    };
  }

  private ordering(field: SortField): Int32Array {
    let order = this.orderings.get(field);
    if (!order) {
      const slots = new Int32Array(this.slotOf.size);
      let n = 0;
      for (const slot of this.slotOf.values()) slots[n++] = slot;
      order = slots.sort(this.compare(field));
      this.orderings.set(field, order);
    }
    return order;
  }

  private merge(field: SortField, kept: Int32Array, added: number[]): Int32Array {
    const cmp = this.compare(field);
    const extra = Int32Array.from(added).sort(cmp);
    const out = new Int32Array(kept.length + extra.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < kept.length && j < extra.length) out[k++] = cmp(kept[i]!, extra[j]!) <= 0 ? kept[i++]! : extra[j++]!;
    while (i < kept.length) out[k++] = kept[i++]!;
    while (j < extra.length) out[k++] = extra[j++]!;
    return out;
  }

  /**
   * Stamps every slot holding a word that starts with each prefix in turn: a slot reaches
   * generation + prefixes.length only if it matched all of them. Returns that value, or 0 when
   * some prefix starts no word at all.
   */
  private markPrefixes(prefixes: string[]): number {
    this.sortWords();
    if (this.stamps.length < this.ids.length) {
      const grown = new Int32Array(Math.max(this.ids.length, this.stamps.length * 2));
      grown.set(this.stamps);
      this.stamps = grown;
    }
    if (this.generation > 0x7fffffff - prefixes.length - 2) {
      this.stamps.fill(0);
      this.generation = 0;
    }
    const base = this.generation;
    const stamps = this.stamps;
    for (let k = 0; k < prefixes.length; k++) {
      const prefix = prefixes[k]!;
      let w = this.lowerBound(prefix);
      if (w >= this.sorted.length || !this.sorted[w]!.startsWith(prefix)) {
        this.generation = base + prefixes.length;
        return 0;
      }
      for (; w < this.sorted.length && this.sorted[w]!.startsWith(prefix); w++) {
        const slots = this.postings[this.wordNumber.get(this.sorted[w]!)!]!;
        if (k === 0) {
          for (let p = 0; p < slots.length; p++) if (stamps[slots[p]!]! <= base) stamps[slots[p]!] = base + 1;
        } else {
          for (let p = 0; p < slots.length; p++) if (stamps[slots[p]!] === base + k) stamps[slots[p]!] = base + k + 1;
        }
      }
    }
    this.generation = base + prefixes.length;
    return this.generation;
  }

  private sortWords(): void {
    if (this.unsorted.length === 0) return;
    if (this.unsorted.length > 64) {
      this.sorted = this.sorted.concat(this.unsorted).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } else {
      for (const word of this.unsorted) this.sorted.splice(this.lowerBound(word), 0, word);
    }
    this.unsorted = [];
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Renumbers the live slots densely and drops the dead from every list. */
  private compact(): void {
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const committee: string[] = [];
    const addressee: string[] = [];
    const keys: Record<SortField, string[]> = { sortKey: [], responseOutcome: [], status: [], targetDate: [], updatedAt: [] };
    for (let s = 0; s < this.ids.length; s++) {
      if (this.live[s] !== 1) continue;
      renumber[s] = ids.length;
      ids.push(this.ids[s]!);
      committee.push(this.committee[s]!);
      addressee.push(this.addressee[s]!);
      for (const f of FIELDS) keys[f].push(this.keys[f][s]!);
    }
    this.postings = this.postings.map((slots) => {
      const kept: number[] = [];
      for (const s of slots) if (renumber[s]! >= 0) kept.push(renumber[s]!);
      return kept;
    });
    for (const [field, order] of this.orderings) this.orderings.set(field, order.map((s) => renumber[s]!));
    this.ids = ids;
    this.committee = committee;
    this.addressee = addressee;
    this.keys = keys;
    this.live = new Uint8Array(Math.max(1024, ids.length * 2));
    this.live.fill(1, 0, ids.length);
    this.slotOf = new Map(ids.map((id, s) => [id, s]));
    this.stamps = new Int32Array(0);
    this.generation = 0;
    this.dead = 0;
  }
}
