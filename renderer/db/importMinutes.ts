// The minutes import's write: plans the reviewed minutes against what the tracker holds (planMinutesImport)
// and applies that plan in one transaction: new resolutions added (under the meeting and items already
// there where there are some), the officer's chosen updates made field by field with history, nothing twice.
import {
  emptyTracker,
  foldTitle,
  newId,
  newRecommendation,
  nowIso,
  planMinutesImport,
  type Addressee,
  type MinutesImportEntry,
  type ParsedMinutes,
  type RecommendationKind,
  type Tracker,
} from '../../shared/index';
import type { TrackerDb } from './database';
import { toRow } from './derive';
import { TrackerError } from './errors';
import { fromItemRow } from './loadTracker';
import { updateRecommendation, type RecommendationChanges } from './recommendations';
import type { AgendaItemRow } from './schema';
import { requireDate, requireText } from './validate';

/** One reviewed resolution, in the order of `minutes`' items and resolutions. */
export interface ReviewedResolution {
  kind: RecommendationKind;
  addressee: Addressee;
  /** Add it where the plan says it is new. */
  add: boolean;
  /** Take the minutes' words (and label) in where the plan says the tracker's copy differs. */
  update: boolean;
}

export interface MinutesImportRequest {
  committeeName: string;
  meetingDate: string;
  /** The date the executive received the recommendations (starts the response clock). */
  receivedDate: string;
  minutes: ParsedMinutes;
  reviewed: ReviewedResolution[];
}

export interface MinutesImportResult {
  added: number;
  updated: number;
  /** Already in the tracker as they are. */
  same: number;
  committeeId: string;
  meetingId: string;
}

/** What the tracker holds that minutes of `meetingDate` could match: the meetings of that date and what is under them. */
export async function trackerForMeetingDate(db: TrackerDb, meetingDate: string): Promise<Tracker> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meetingDate)) return { ...emptyTracker(), committees: await db.committees.toArray() };
  return db.transaction('r', [db.committees, db.meetings, db.items, db.recommendations], async () => {
    const [committees, meetings] = await Promise.all([db.committees.toArray(), db.meetings.where('date').equals(meetingDate).toArray()]);
    const items = meetings.length ? await db.items.where('meetingId').anyOf(meetings.map((m) => m.id)).toArray() : [];
    const recommendations = items.length ? await db.recommendations.where('itemId').anyOf(items.map((i) => i.id)).toArray() : [];
    return { ...emptyTracker(), committees, meetings, items: items.map(fromItemRow), recommendations };
  });
}

/** Plans and applies in one transaction. */
export async function importMinutes(db: TrackerDb, request: MinutesImportRequest): Promise<MinutesImportResult> {
  const committeeName = requireText(request.committeeName, 'The committee');
  const meetingDate = requireDate(request.meetingDate, 'The meeting date');
  const receivedDate = request.receivedDate ? requireDate(request.receivedDate, 'The date received') : meetingDate;
  return db.transaction('rw', [db.committees, db.meetings, db.items, db.recommendations, db.history], async () => {
    // Planned again inside the write, from what is stored now, so an edit made since the review
    // was drawn cannot lead to a second copy.
    const held = await trackerForMeetingDate(db, meetingDate);
    const plan = planMinutesImport(held, request.minutes, { committee: committeeName, meetingDate });
    if (plan.length !== request.reviewed.length) throw new TrackerError('The reviewed resolutions do not match the minutes. Nothing was imported.');
    const stamp = nowIso();
    const result: MinutesImportResult = { added: 0, updated: 0, same: 0, committeeId: '', meetingId: '' };

    const wanted = foldTitle(committeeName).replace(/^the /, '');
    let committee = held.committees.find((c) => foldTitle(c.name).replace(/^the /, '') === wanted);
    let meetingId = plan.find((e) => e.meetingId)?.meetingId ?? (committee ? held.meetings.find((m) => m.committeeId === committee!.id)?.id : undefined);
    const itemIndex = request.minutes.items.flatMap((item, k) => item.resolutions.map(() => k));
    const toAdd = plan.map((e, i) => ({ e, r: request.reviewed[i]!, itemIndex: itemIndex[i]! })).filter(({ e, r }) => e.status === 'new' && r.add);

    if (toAdd.length > 0 && !committee) {
      committee = { id: newId(), createdAt: stamp, updatedAt: stamp, name: committeeName, council: '' };
      await db.committees.add(committee);
    }
    result.committeeId = committee?.id ?? '';
    if (toAdd.length > 0 && !meetingId) {
      meetingId = newId();
      await db.meetings.add({ id: meetingId, createdAt: stamp, updatedAt: stamp, committeeId: committee!.id, date: meetingDate, venue: '' });
    }
    result.meetingId = meetingId ?? '';

    if (toAdd.length > 0) await addNew(db, toAdd, { meetingId: meetingId!, committeeId: committee!.id, date: meetingDate }, receivedDate, stamp);
    result.added = toAdd.length;

    for (const [i, e] of plan.entries()) {
      if (e.status === 'same') result.same++;
      if (e.status !== 'differs' || !request.reviewed[i]!.update || !e.existingId) continue;
      const changes: RecommendationChanges = {};
      for (const d of e.differences ?? []) changes[d.field] = d.minutes;
      await updateRecommendation(db, e.existingId, changes, { reason: `Taken from the minutes of ${meetingDate}` });
      result.updated++;
    }
    return result;
  });
}

async function addNew(
  db: TrackerDb,
  toAdd: Array<{ e: MinutesImportEntry; r: ReviewedResolution; itemIndex: number }>,
  meeting: { meetingId: string; committeeId: string; date: string },
  receivedDate: string,
  stamp: string,
): Promise<void> {
  const present = await db.items.where('meetingId').equals(meeting.meetingId).toArray();
  const byId = new Map(present.map((i) => [i.id, i]));
  let nextItem = present.reduce((max, i) => Math.max(max, i.position + 1), 0);
  // New items are made once per item of the minutes (two items of one title are still two).
  const created = new Map<number, AgendaItemRow>();
  const nextRec = new Map<string, number>();
  for (const { e, r, itemIndex } of toAdd) {
    let item = e.itemId ? byId.get(e.itemId) : undefined;
    if (!item) {
      item = created.get(itemIndex);
      if (!item) {
        item = {
          id: newId(), createdAt: stamp, updatedAt: stamp, meetingId: meeting.meetingId, committeeId: meeting.committeeId,
          number: (e.item.number ?? '').trim(), title: (e.item.title ?? '').trim() || 'Untitled item', position: nextItem++,
        };
        await db.items.add(item);
        created.set(itemIndex, item);
      }
    }
    if (!nextRec.has(item.id)) {
      const siblings = await db.recommendations.where('itemId').equals(item.id).toArray();
      nextRec.set(item.id, siblings.reduce((max, s) => Math.max(max, s.position + 1), 0));
    }
    const position = nextRec.get(item.id)!;
    nextRec.set(item.id, position + 1);
    const rec = newRecommendation(
      { itemId: item.id, position, label: (e.resolution.label ?? '').trim(), text: e.resolution.text.trim(), kind: r.kind, addressee: r.addressee },
      receivedDate,
    );
    await db.recommendations.add(toRow({ ...rec, createdAt: stamp, updatedAt: stamp }, item, { id: meeting.meetingId, date: meeting.date, committeeId: meeting.committeeId }));
  }
}
