// Where a new record most likely belongs, from what the officer has selected: the dialogs start there.
import { getDb } from '../../db/index';
import type { Selection } from '../../state/ui';

export interface Context {
  committeeId?: string;
  meetingId?: string;
  itemId?: string;
}

export async function contextOf(selection: Selection, committeeFilter?: string): Promise<Context> {
  const db = getDb();
  if (selection?.kind === 'recommendation') {
    const r = await db.recommendations.get(selection.id);
    if (r) return { committeeId: r.committeeId, meetingId: r.meetingId, itemId: r.itemId };
  }
  if (selection?.kind === 'item') {
    const i = await db.items.get(selection.id);
    if (i) return { committeeId: i.committeeId, meetingId: i.meetingId, itemId: i.id };
  }
  if (selection?.kind === 'meeting') {
    const m = await db.meetings.get(selection.id);
    if (m) return { committeeId: m.committeeId, meetingId: m.id };
  }
  if (selection?.kind === 'committee') return { committeeId: selection.id };
  return { committeeId: committeeFilter };
}
