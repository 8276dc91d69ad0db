// Keeps one prepared search index (renderer/search/searchIndex.ts) per database: built by reading every recommendation once, in pages, then patched from each committed write.
import { SearchIndex, type IndexedRow } from '../search/searchIndex';
import type { TrackerDb } from './database';
import { onRecommendationChanges, onRecommendationWrites, type RecommendationChanges } from './writeFeed';

// Small enough that the table stays responsive between pages (each page is parsed on the main thread).
const PAGE = 2500;
export interface SearchProgress {
  read: number;
  total: number;
}

// Single edits apply in no time at the commit; staging is for imports, restores and bulk changes.
const STAGE_FROM = 100;

export class PreparedSearch {
  private index: SearchIndex | null = null;
  private work: Promise<void> | null = null;
  private queue: RecommendationChanges[] = [];
  private version = 0;
  private listeners = new Set<() => void>();
  private reading: SearchProgress | null = null;

  constructor(private readonly db: TrackerDb) {
    onRecommendationChanges(db.name, (changes) => this.changed(changes));
    // A bulk write's rows are staged while IndexedDB is still storing them (see SearchIndex.stage);
    // a task of its own, so Dexie's promise chain is not held up.
    onRecommendationWrites(db.name, (rows) => {
      if (rows.length < STAGE_FROM) return;
      setTimeout(() => this.index?.stage(rows), 0);
    });
  }

  /** The index, when built and up to date with every committed write; otherwise null. */
  current(): SearchIndex | null {
    return this.work === null && this.queue.length === 0 ? this.index : null;
  }

  /** The index once it is built and up to date; starts building it if nobody has yet. */
  async ready(): Promise<SearchIndex> {
    for (;;) {
      const index = this.current();
      if (index) return index;
      await (this.work ?? this.catchUp());
    }
  }

  /** While the index is being built: how many recommendations are read so far, of how many; otherwise null. */
  progress(): SearchProgress | null {
    return this.reading;
  }

  /** For useSyncExternalStore: bumped whenever current(), its answers or progress() may have changed. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private bump(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }

  private changed(changes: RecommendationChanges): void {
    // Nothing built or being built: the build, when asked for, reads the tracker as it is then.
    if (!this.index && !this.work) return;
    // Rows written here arrive whole: apply them at once, so the next answer already has them.
    if (this.index && this.work === null && this.queue.length === 0 && changes !== 'all' && ![...changes.values()].includes(undefined)) {
      try {
        this.index.apply(changes as Map<string, IndexedRow | null>);
      } catch {
        this.index = null; // rebuilt when next asked for, rather than answering wrongly
      }
      this.bump();
      return;
    }
    this.queue.push(changes);
    this.bump();
    void this.catchUp().catch(() => {
      // ready() reports the failure to whoever asks next.
    });
  }

  /** Builds the index if there is none, then applies queued changes; one run at a time. */
  private catchUp(): Promise<void> {
    if (this.work) return this.work;
    const run = (async () => {
      try {
        while (!this.index || this.queue.length > 0) {
          const batch = this.queue.splice(0);
          if (!this.index || batch.includes('all')) {
            // Writes committed while the pages are read are queued and applied afterwards.
            this.index = await this.build();
            this.prepareOrders(this.index);
            continue;
          }
          const merged = new Map<string, IndexedRow | null | undefined>();
          for (const changes of batch) for (const [id, row] of changes as Map<string, IndexedRow | null | undefined>) merged.set(id, row);
          const unknown = [...merged].filter(([, row]) => row === undefined).map(([id]) => id);
          if (unknown.length) {
            const rows = await this.db.recommendations.bulkGet(unknown);
            unknown.forEach((id, i) => merged.set(id, rows[i] ?? null));
          }
          this.index.apply(merged as Map<string, IndexedRow | null>);
        }
      } catch (error) {
        this.index = null; // half-patched is wrong: read everything again when next asked
        throw error;
      } finally {
        this.work = null;
      }
    })();
    this.work = run;
    run.then(
      () => this.bump(),
      () => this.bump(),
    );
    return run;
  }

  /** Sorts the index's other orders while the app is idle, one at a time, so choosing one later is instant. */
  private prepareOrders(index: SearchIndex): void {
    const idle = (next: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(next, { timeout: 2000 }) : setTimeout(next, 50));
    const step = () => {
      if (index === this.index && index.prepareNext()) idle(step);
    };
    idle(step);
  }

  private async build(): Promise<SearchIndex> {
    const index = new SearchIndex();
    const table = this.db.recommendations;
    let after: string | null = null;
    try {
      // Counted first so the table can say how far the reading has got (seconds at 50,000).
      this.reading = { read: 0, total: await table.count() };
      for (;;) {
        const page: IndexedRow[] = await (after === null ? table.toCollection() : table.where(':id').above(after)).limit(PAGE).toArray();
        index.apply(page.map((row) => [row.id, row]));
        // Writes committed meanwhile may make the count end a little over or under the total.
        this.reading = { read: this.reading.read + page.length, total: Math.max(this.reading.total, this.reading.read + page.length) };
        this.bump();
        if (page.length < PAGE) return index;
        after = page.at(-1)!.id;
      }
    } finally {
      this.reading = null;
    }
  }
}

const prepared = new WeakMap<TrackerDb, PreparedSearch>();

/** The database's prepared search (not built until something asks for it). */
export function preparedSearch(db: TrackerDb): PreparedSearch {
  let p = prepared.get(db);
  if (!p) prepared.set(db, (p = new PreparedSearch(db)));
  return p;
}
