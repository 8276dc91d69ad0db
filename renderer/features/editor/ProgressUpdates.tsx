// Dated progress updates on a recommendation: newest first, with a quick form to add one.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatLongDate, todayIso } from '../../../shared/index';
import { addProgressUpdate, deleteProgressUpdate, describeError, getDb } from '../../db/index';
import { useUi } from '../../state/ui';
import { useUndo } from '../../state/undo';
import { DateField } from '../../ui/DateField';

export function ProgressUpdates({ recommendationId }: { recommendationId: string }) {
  const updates = useLiveQuery(
    async () => (await getDb().progressUpdates.where('recommendationId').equals(recommendationId).sortBy('date')).reverse(),
    [recommendationId],
  );
  const [date, setDate] = useState<string | null>(todayIso());
  const [text, setText] = useState('');
  const notify = useUi((s) => s.notify);

  async function add() {
    // The date field says what is wrong with its own text; nothing is added until it reads as a date.
    if (!date) return;
    const db = getDb();
    try {
      let added = await addProgressUpdate(db, recommendationId, { date, text });
      setText('');
      useUndo.getState().push({
        label: 'progress update',
        undo: () => deleteProgressUpdate(db, added.id),
        redo: async () => {
          added = await addProgressUpdate(db, recommendationId, { date: added.date, text: added.text });
        },
      });
    } catch (error) {
      notify(describeError(error), 'error');
    }
  }

  return (
    <section className="updates" aria-label="Progress updates">
      <h3 className="editor-section">Progress updates</h3>
      {updates && updates.length === 0 && <p className="muted">No updates yet.</p>}
      <ul className="updates-list">
        {updates?.map((u) => (
          <li key={u.id}>
            <strong>{formatLongDate(u.date)}</strong> {u.text}
          </li>
        ))}
      </ul>
      <div className="updates-form">
        <DateField id={`update-date-${recommendationId}`} label="Update date" value={date ?? ''} onChange={setDate} required />
        <div className="field field-grow">
          <label htmlFor={`update-text-${recommendationId}`}>New update</label>
          <input
            id={`update-text-${recommendationId}`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void add();
              }
            }}
          />
        </div>
        <button type="button" className="button" onClick={() => void add()} disabled={text.trim() === '' || !date}>
          Add update
        </button>
      </div>
    </section>
  );
}
