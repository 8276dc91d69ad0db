// Asks before a committee, meeting or agenda item is deleted, saying what goes with it: one click
// used to take a meeting's every recommendation. (Undo and the bin still bring everything back.)
import { useLiveQuery } from 'dexie-react-hooks';
import { countOf, formatLongDate } from '../../../shared/index';
import { getDb, type DeleteTarget } from '../../db/index';
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';
import { deleteRecord } from '../actions';

interface Described {
  title: string;
  what: string;
  parts: string[];
}

/** What deleting the target takes with it, in words: "the meeting of 26 September 2023", "2 agenda items", "5 recommendations". */
export async function describeDeletion(target: DeleteTarget): Promise<Described | null> {
  const db = getDb();
  if (target.kind === 'committee') {
    const committee = await db.committees.get(target.id);
    if (!committee) return null;
    const [meetings, recs] = await Promise.all([db.meetings.where('committeeId').equals(target.id).count(), db.recommendations.where('committeeId').equals(target.id).count()]);
    return { title: 'Delete this committee?', what: committee.name, parts: [countOf(meetings, 'meeting'), countOf(recs, 'recommendation')] };
  }
  if (target.kind === 'meeting') {
    const meeting = await db.meetings.get(target.id);
    if (!meeting) return null;
    // Recommendations are indexed by agenda item (not by meeting): counted through the meeting's items.
    const itemIds = await db.items.where('meetingId').equals(target.id).primaryKeys();
    const recs = itemIds.length === 0 ? 0 : await db.recommendations.where('itemId').anyOf(itemIds).count();
    return { title: 'Delete this meeting?', what: `The meeting of ${formatLongDate(meeting.date)}`, parts: [countOf(itemIds.length, 'agenda item'), countOf(recs, 'recommendation')] };
  }
  if (target.kind === 'item') {
    const item = await db.items.get(target.id);
    if (!item) return null;
    const recs = await db.recommendations.where('itemId').equals(target.id).count();
    return { title: 'Delete this agenda item?', what: `The agenda item “${item.title}”`, parts: [countOf(recs, 'recommendation')] };
  }
  return null;
}

export function ConfirmDeleteDialog() {
  const target = useUi((s) => s.pendingDelete);
  const close = useUi((s) => s.closeDialog);
  const described = useLiveQuery(() => (target ? describeDeletion(target) : Promise.resolve(null)), [target?.id]);
  if (!target || described === undefined) return null;
  if (described === null) {
    return (
      <Dialog title="Nothing to delete" onClose={close}>
        <p>That is no longer in the tracker.</p>
      </Dialog>
    );
  }
  return (
    <Dialog
      title={described.title}
      onClose={close}
      submitLabel="Delete"
      onSubmit={async () => {
        close();
        await deleteRecord(target, { confirmed: true });
      }}
    >
      <p>
        {described.what} will be deleted with {described.parts.join(' and ')}.
      </p>
      <p className="muted">Deleted records go to the bin; Undo (Ctrl+Z) or the bin brings them all back.</p>
    </Dialog>
  );
}
