// Adds a whole Tracker (from the example, an interchange file, later the minutes) to the database in
// one transaction, merging with what is there so the same file imported twice adds nothing twice.
import { newId, nowIso, type Meeting, type Tracker } from '../../shared/index';
import type { TrackerDb } from './database';
import { toRow } from './derive';
import type { AgendaItemRow, RecommendationRow } from './schema';

export interface ImportSummary {
  committees: number;
  meetings: number;
  items: number;
  recommendations: number;
  /** Recommendations already in the tracker (same committee, meeting date, item title and text). */
  skipped: number;
  /**
   * Progress updates in the file for recommendations already in the tracker that they did not hold
   * (next month's tracker adds a line to last month's rows): added, matched by their words.
   */
  updates: number;
  /** The committee the officer will want to look at afterwards. */
  committeeIds: string[];
}

const WRITE_CHUNK = 2000;

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Merges `incoming` into the tracker in one transaction. With `dryRun` it reads and decides
 * exactly as an import would but writes nothing, so a preview can say what an import would add and
 * what is already there (every decision is made from what was read before any write, so leaving
 * the writes out changes no count; it makes a preview of 50,000 take a second, not an import's time).
 */
export interface ImportOptions {
  dryRun?: boolean;
  /** Told how many recommendations are stored so far, of how many, as each batch is (not on a dry run). */
  onProgress?: (stored: number, total: number) => void;
}

export async function importTracker(db: TrackerDb, incoming: Tracker, options: ImportOptions = {}): Promise<ImportSummary> {
  const summary: ImportSummary = { committees: 0, meetings: 0, items: 0, recommendations: 0, skipped: 0, updates: 0, committeeIds: [] };
  await runImport(db, incoming, summary, options.dryRun ?? false, options.onProgress);
  return summary;
}

async function runImport(db: TrackerDb, incoming: Tracker, summary: ImportSummary, dryRun: boolean, onProgress?: ImportOptions['onProgress']): Promise<void> {
  await db.transaction(dryRun ? 'r' : 'rw', [db.committees, db.meetings, db.items, db.recommendations, db.progressUpdates], async () => {
    const stamp = nowIso();
    // Writes are queued without waiting for each (IndexedDB carries out a transaction's requests in
    // order, so later reads still see them): the database stores one batch while this thread builds
    // the next. Each is marked handled at once, so a failure part-way (which aborts the whole
    // transaction) is reported once, by the Promise.all at the end or by the error thrown.
    const writes: Promise<unknown>[] = [];
    const write = (p: Promise<unknown>) => {
      p.catch(() => undefined);
      writes.push(p);
    };
    // Everything already there that the file could merge with is read in a few bulk reads (one per
    // table), never one query per meeting or item: an import of 5,000 would otherwise make
    // thousands of round trips to IndexedDB.
    const committees = await db.committees.toArray();
    const committeeIdMap = new Map<string, string>();
    const merged = new Set<string>();
    for (const c of incoming.committees) {
      const existing = committees.find((e) => sameText(e.name, c.name));
      if (existing) {
        committeeIdMap.set(c.id, existing.id);
        merged.add(existing.id);
      } else {
        const committee = { ...c, id: newId(), createdAt: stamp, updatedAt: stamp };
        if (!dryRun) write(db.committees.add(committee));
        committees.push(committee);
        committeeIdMap.set(c.id, committee.id);
        summary.committees++;
      }
      summary.committeeIds.push(committeeIdMap.get(c.id)!);
    }

    // Meetings this import creates have nothing in the database to merge with, so what is under
    // them skips the look-ups; `fresh` holds their ids and those of the items it creates.
    const fresh = new Set<string>();
    const byDate = new Map<string, { id: string; date: string; committeeId: string }>();
    for (const m of merged.size ? await db.meetings.where('committeeId').anyOf([...merged]).toArray() : []) byDate.set(`${m.committeeId}|${m.date}`, m);
    const meetingMap = new Map<string, { id: string; date: string; committeeId: string }>();
    const newMeetings: Meeting[] = [];
    for (const m of incoming.meetings) {
      const committeeId = committeeIdMap.get(m.committeeId);
      if (!committeeId) throw new Error(`Meeting of ${m.date} belongs to no committee in the file.`);
      const existing = byDate.get(`${committeeId}|${m.date}`);
      if (existing) meetingMap.set(m.id, existing);
      else {
        const meeting = { ...m, id: newId(), committeeId, createdAt: stamp, updatedAt: stamp };
        newMeetings.push(meeting);
        byDate.set(`${committeeId}|${m.date}`, meeting);
        fresh.add(meeting.id);
        meetingMap.set(m.id, meeting);
      }
    }
    if (!dryRun) write(db.meetings.bulkAdd(newMeetings));
    summary.meetings = newMeetings.length;

    // Items merge only with items already in the database, never with each other: two items of
    // the same title in one file are two items.
    const oldMeetings = [...new Set([...meetingMap.values()].map((m) => m.id))].filter((id) => !fresh.has(id));
    const existingItems = new Map<string, AgendaItemRow[]>();
    for (const item of oldMeetings.length ? await db.items.where('meetingId').anyOf(oldMeetings).toArray() : []) {
      const list = existingItems.get(item.meetingId);
      if (list) list.push(item);
      else existingItems.set(item.meetingId, [item]);
    }
    const itemMap = new Map<string, AgendaItemRow>();
    const newItems: AgendaItemRow[] = [];
    const nextPosition = new Map<string, number>();
    for (const it of [...incoming.items].sort((a, b) => a.position - b.position)) {
      const meeting = meetingMap.get(it.meetingId);
      if (!meeting) throw new Error(`Agenda item "${it.title}" belongs to no meeting in the file.`);
      const present = existingItems.get(meeting.id) ?? [];
      if (!nextPosition.has(meeting.id)) nextPosition.set(meeting.id, present.reduce((max, s) => Math.max(max, s.position + 1), 0));
      const existing = present.find((s) => sameText(s.title, it.title) && s.number === it.number);
      if (existing) {
        itemMap.set(it.id, existing);
        continue;
      }
      const position = nextPosition.get(meeting.id)!;
      nextPosition.set(meeting.id, position + 1);
      const item: AgendaItemRow = { ...it, id: newId(), meetingId: meeting.id, committeeId: meeting.committeeId, createdAt: stamp, updatedAt: stamp, position };
      newItems.push(item);
      fresh.add(item.id);
      itemMap.set(it.id, item);
    }
    if (!dryRun) write(db.items.bulkAdd(newItems));
    summary.items = newItems.length;

    const oldItems = [...new Set([...itemMap.values()].map((i) => i.id))].filter((id) => !fresh.has(id));
    const existingRecs = new Map<string, RecommendationRow[]>();
    for (const r of oldItems.length ? await db.recommendations.where('itemId').anyOf(oldItems).toArray() : []) {
      const list = existingRecs.get(r.itemId);
      if (list) list.push(r);
      else existingRecs.set(r.itemId, [r]);
    }
    const meetingsById = new Map([...meetingMap.values()].map((m) => [m.id, m]));
    // Rows go to IndexedDB a chunk at a time (their search words are most of the building). The
    // loop below queues every chunk before the first is stored, so by the time one reports its
    // progress the total is known.
    let rows: RecommendationRow[] = [];
    let stored = 0;
    const flush = () => {
      const n = rows.length;
      if (n) write(db.recommendations.bulkAdd(rows).then(() => onProgress?.((stored += n), summary.recommendations)));
      rows = [];
    };
    const recIdMap = new Map<string, string>();
    /** A recommendation of the file already in the tracker: its id there. */
    const matched = new Map<string, string>();
    const byItem = new Map<string, typeof incoming.recommendations>();
    for (const r of incoming.recommendations) {
      const list = byItem.get(r.itemId);
      if (list) list.push(r);
      else byItem.set(r.itemId, [r]);
    }
    // Positions continue after what each item holds, also when two items of the file are one item already there.
    const nextRec = new Map<string, number>();
    for (const [incomingItemId, recs] of byItem) {
      const item = itemMap.get(incomingItemId);
      if (!item) throw new Error('A recommendation in the file belongs to no agenda item.');
      const meeting = meetingsById.get(item.meetingId)!;
      const present = existingRecs.get(item.id) ?? [];
      let next = nextRec.get(item.id) ?? present.reduce((max, p) => Math.max(max, p.position + 1), 0);
      for (const r of [...recs].sort((a, b) => a.position - b.position)) {
        const already = present.find((p) => sameText(p.text, r.text));
        if (already) {
          summary.skipped++;
          matched.set(r.id, already.id);
          continue;
        }
        summary.recommendations++;
        const position = next++;
        // A preview only counts: building the stored row (its search words above all) is the import's work.
        if (dryRun) continue;
        const id = newId();
        recIdMap.set(r.id, id);
        rows.push(toRow({ ...r, id, itemId: item.id, position, createdAt: stamp, updatedAt: stamp }, item, meeting));
        if (rows.length === WRITE_CHUNK) flush();
      }
      nextRec.set(item.id, next);
    }
    flush();

    const updates = incoming.progressUpdates
      .filter((p) => recIdMap.has(p.recommendationId))
      .map((p) => ({ ...p, id: newId(), recommendationId: recIdMap.get(p.recommendationId)!, createdAt: stamp, updatedAt: stamp }));
    // A recommendation already there takes the file's updates it does not hold yet, by their words, so
    // the same file twice still adds nothing (one read of what those recommendations hold).
    const forMatched = incoming.progressUpdates.filter((p) => matched.has(p.recommendationId));
    if (forMatched.length > 0) {
      const key = (recommendationId: string, text: string) => `${recommendationId}|${text.trim().toLowerCase()}`;
      const held = await db.progressUpdates.where('recommendationId').anyOf([...new Set(matched.values())]).toArray();
      const seen = new Set(held.map((u) => key(u.recommendationId, u.text)));
      for (const p of forMatched) {
        const recommendationId = matched.get(p.recommendationId)!;
        if (seen.has(key(recommendationId, p.text))) continue;
        seen.add(key(recommendationId, p.text));
        updates.push({ ...p, id: newId(), recommendationId, createdAt: stamp, updatedAt: stamp });
        summary.updates++;
      }
    }
    if (!dryRun) write(db.progressUpdates.bulkAdd(updates));
    await Promise.all(writes);
  });
}
