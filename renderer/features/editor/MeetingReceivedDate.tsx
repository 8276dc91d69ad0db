// Sets the date the executive received a meeting's recommendations on all of them at once (the
// clock starts there), undoable as one step.
import { useState } from 'react';
import { todayIso } from '../../../shared/index';
import { describeError, getDb, setReceivedDateForMeeting, updateRecommendation } from '../../db/index';
import { useUi } from '../../state/ui';
import { useUndo } from '../../state/undo';
import { DateField } from '../../ui/DateField';

export function MeetingReceivedDate({ meetingId, meetingDate }: { meetingId: string; meetingDate: string }) {
  const [date, setDate] = useState<string | null>(meetingDate || todayIso());
  const notify = useUi((s) => s.notify);

  async function apply() {
    if (!date) return;
    const db = getDb();
    try {
      let changed = await setReceivedDateForMeeting(db, meetingId, date);
      if (changed.length === 0) {
        notify('Every recommendation of this meeting that owes a response already has that date.');
        return;
      }
      useUndo.getState().push({
        label: 'date received for the meeting',
        undo: async () => {
          await db.transaction('rw', db.recommendations, db.history, async () => {
            for (const c of changed) await updateRecommendation(db, c.id, { receivedDate: c.before }, { reason: 'Undone' });
          });
        },
        redo: async () => {
          changed = await setReceivedDateForMeeting(db, meetingId, date);
        },
      });
      notify(`Date received set on ${changed.length} recommendation${changed.length === 1 ? '' : 's'}.`, 'info', true);
    } catch (error) {
      notify(describeError(error), 'error');
    }
  }

  return (
    <div className="updates-form">
      <DateField id={`received-${meetingId}`} label="Date the executive received them" value={date ?? ''} onChange={setDate} required />
      <button type="button" className="button" onClick={() => void apply()} disabled={!date}>
        Set on all that owe a response
      </button>
    </div>
  );
}
