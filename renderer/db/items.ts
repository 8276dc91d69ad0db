// Creating agenda items and editing their number and title.
import { newId, nowIso } from '../../shared/index';
import type { TrackerDb } from './database';
import { TrackerError } from './errors';
import type { AgendaItemRow } from './schema';
import { requireText } from './validate';

export async function createItem(db: TrackerDb, input: { meetingId: string; number?: string; title: string }): Promise<AgendaItemRow> {
  const title = requireText(input.title, 'The agenda item title');
  return db.transaction('rw', db.meetings, db.items, async () => {
    const meeting = await db.meetings.get(input.meetingId);
    if (!meeting) throw new TrackerError('Choose a meeting for the agenda item.');
    const siblings = await db.items.where('meetingId').equals(meeting.id).toArray();
    const stamp = nowIso();
    const item: AgendaItemRow = {
      id: newId(),
      createdAt: stamp,
      updatedAt: stamp,
      meetingId: meeting.id,
      committeeId: meeting.committeeId,
      number: input.number?.trim() ?? '',
      title,
      position: siblings.reduce((max, i) => Math.max(max, i.position + 1), 0),
    };
    await db.items.add(item);
    return item;
  });
}

export async function updateItem(db: TrackerDb, id: string, changes: { number?: string; title?: string }): Promise<void> {
  const patch: Partial<AgendaItemRow> = { updatedAt: nowIso() };
  if (changes.title !== undefined) patch.title = requireText(changes.title, 'The agenda item title');
  if (changes.number !== undefined) patch.number = changes.number.trim();
  const done = await db.items.update(id, patch);
  if (done === 0) throw new TrackerError('That agenda item is no longer in the tracker.');
}
