// Tells the prepared search index exactly which recommendations each committed transaction wrote, without reading them back.
// Dexie's own 'storagemutated' event names the changed keys only for small writes: a bulkAdd of 50
// or more (every import) is announced as "the whole table changed", which would mean reading all
// 50,000 recommendations again. This DBCore middleware notes the rows each write request carries
// and, when the transaction commits, hands them on; events from other tabs (which carry no rows)
// pass on Dexie's key ranges instead.
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTransaction, type Middleware, type ObservabilitySet } from 'dexie';
import type { RecommendationRow } from './schema';
import type { IndexedRow } from '../search/searchIndex';

/**
 * What changed: per id, the row as written, null when deleted, or undefined when only the key is
 * known (read it again); 'all' when a whole range changed (read everything again).
 */
export type RecommendationChanges = Map<string, IndexedRow | null | undefined> | 'all';

const TABLE = 'recommendations';
const pending = new WeakMap<DBCoreTransaction, Map<string, IndexedRow | null> | 'all'>();
/** Committed, waiting for the 'storagemutated' event their commit is about to fire. */
const committed: { name: string; changes: RecommendationChanges }[] = [];
const listeners = new Map<string, Set<(changes: RecommendationChanges) => void>>();
const writeListeners = new Map<string, Set<(rows: IndexedRow[]) => void>>();

/** The fields the index reads, taken at write time (the writer may reuse its objects afterwards). */
function indexed(row: RecommendationRow): IndexedRow {
  const { id, committeeId, sortKey, responseOutcome, status, addressee, targetDate, updatedAt, text, responseText, action, notes, words } = row;
  return { id, committeeId, sortKey, responseOutcome, status, addressee, targetDate, updatedAt, text, responseText, action, notes, words };
}

function note(name: string, req: DBCoreMutateRequest, failures: Record<number, unknown>): void {
  const current = pending.get(req.trans);
  if (current === undefined || current === 'all') return;
  if (req.type === 'deleteRange') return void pending.set(req.trans, 'all');
  if (req.type === 'delete') {
    for (const key of req.keys) current.set(String(key), null);
    return;
  }
  const rows: IndexedRow[] = [];
  req.values.forEach((value: RecommendationRow, i) => {
    if (i in failures) return;
    const row = indexed(value);
    current.set(value.id, row);
    rows.push(row);
  });
  for (const listener of writeListeners.get(name) ?? []) listener(rows);
}

/** The middleware; database.ts installs it on every TrackerDb. */
export function recommendationWrites(name: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'recommendationWrites',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const trans = down.transaction(stores, mode, options);
        const target = trans as DBCoreTransaction & Partial<Pick<EventTarget, 'addEventListener'>>;
        if (mode === 'readwrite' && stores.includes(TABLE) && typeof target.addEventListener === 'function') {
          pending.set(trans, new Map());
          // Registered before Dexie's own oncomplete handler, so the rows are queued by the time
          // Dexie fires 'storagemutated' for this commit.
          target.addEventListener('complete', () => {
            const changes = pending.get(trans);
            if (changes && (changes === 'all' || changes.size > 0)) committed.push({ name, changes });
          });
        }
        return trans;
      },
      table(tableName) {
        const table = down.table(tableName);
        if (tableName !== TABLE) return table;
        return {
          ...table,
          mutate: (req) =>
            table.mutate(req).then((res) => {
              note(name, req, res.failures);
              return res;
            }),
        };
      },
    }),
  };
}

/** Calls `listener` with what each committed write (here or in another tab) did to `name`'s recommendations. */
export function onRecommendationChanges(name: string, listener: (changes: RecommendationChanges) => void): () => void {
  let set = listeners.get(name);
  if (!set) listeners.set(name, (set = new Set()));
  set.add(listener);
  return () => void set.delete(listener);
}

/**
 * Calls `listener` with the rows each write request here stored, before its transaction commits
 * (it may still fail): the same objects onRecommendationChanges hands on at the commit.
 */
export function onRecommendationWrites(name: string, listener: (rows: IndexedRow[]) => void): () => void {
  let set = writeListeners.get(name);
  if (!set) writeListeners.set(name, (set = new Set()));
  set.add(listener);
  return () => void set.delete(listener);
}

/** A node of Dexie's range set (a binary tree of [from, to] ranges); plain objects when from another tab. */
interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/** Keys named one by one in Dexie's range set, or 'all' when it holds a real range. */
function fromRanges(tree: RangeNode | undefined): RecommendationChanges {
  const changes = new Map<string, undefined>();
  const stack: RangeNode[] = tree ? [tree] : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (!('from' in node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    changes.set(node.from, undefined);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return changes;
}

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  const touched = new Set<string>();
  for (const key of Object.keys(parts)) {
    const m = /^idb:\/\/(.*)\/recommendations\/$/.exec(key);
    if (m) touched.add(m[1]!);
  }
  const everything = 'all' in parts;
  for (const name of everything ? [...listeners.keys()] : touched) {
    // A local commit queued its rows a moment ago; anything else came from another tab.
    const i = committed.findIndex((c) => c.name === name);
    const changes = i >= 0 ? committed.splice(i, 1)[0]!.changes : everything ? 'all' : fromRanges(parts[`idb://${name}/recommendations/`] as RangeNode);
    for (const listener of listeners.get(name) ?? []) listener(changes);
  }
  // Each commit's rows belong to the event it fires straight after queuing them; none may wait for a later one.
  committed.length = 0;
});
