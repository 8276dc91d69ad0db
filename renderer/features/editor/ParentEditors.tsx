// Editors for a committee, a meeting and an agenda item: their few fields, saved as typed, and delete.
import { useLiveQuery } from 'dexie-react-hooks';
import { formatLongDate } from '../../../shared/index';
import { getDb, updateCommittee, updateItem, updateMeeting } from '../../db/index';
import { AutoField } from '../../ui/AutoField';
import { MeetingReceivedDate } from './MeetingReceivedDate';
import { deleteRecord, saveWithUndo } from '../actions';
import { useUi } from '../../state/ui';

function counted(n: number, what: string) {
  return `${n.toLocaleString('en-GB')} ${what}${n === 1 ? '' : 's'}`;
}

export function CommitteeEditor({ id }: { id: string }) {
  const data = useLiveQuery(async () => {
    const db = getDb();
    const committee = await db.committees.get(id);
    return committee ? { committee, meetings: await db.meetings.where('committeeId').equals(id).count(), recs: await db.recommendations.where('committeeId').equals(id).count() } : null;
  }, [id]);
  if (!data) return data === null ? <p className="detail-empty">This committee is no longer in the tracker.</p> : null;
  const { committee } = data;
  const db = getDb();
  const field = (key: 'name' | 'council') => (value: string) =>
    saveWithUndo('committee change', `${id}:${key}`, () => updateCommittee(db, id, { [key]: value }), () => updateCommittee(db, id, { [key]: committee[key] }));
  return (
    <div className="editor">
      <h2 className="editor-title">Committee</h2>
      <p className="muted">
        {counted(data.meetings, 'meeting')}, {counted(data.recs, 'recommendation')}
      </p>
      <AutoField id="editor-first-field" label="Committee name" value={committee.name} onSave={field('name')} draft={{ kind: 'committee', id, field: 'name' }} />
      <AutoField label="Council" value={committee.council} onSave={field('council')} draft={{ kind: 'committee', id, field: 'council' }} />
      <div className="editor-actions">
        <button type="button" className="button" onClick={() => useUi.getState().openDialog('new-meeting')}>
          Add meeting
        </button>
        <button type="button" className="button button-danger" onClick={() => void deleteRecord({ kind: 'committee', id })}>
          Delete committee
        </button>
      </div>
    </div>
  );
}

export function MeetingEditor({ id }: { id: string }) {
  const data = useLiveQuery(async () => {
    const db = getDb();
    const meeting = await db.meetings.get(id);
    if (!meeting) return null;
    const items = (await db.items.where('meetingId').equals(id).toArray()).sort((a, b) => a.position - b.position);
    return { meeting, items, committee: await db.committees.get(meeting.committeeId) };
  }, [id]);
  if (!data) return data === null ? <p className="detail-empty">This meeting is no longer in the tracker.</p> : null;
  const { meeting, items, committee } = data;
  const db = getDb();
  const field = (key: 'date' | 'venue') => (value: string) =>
    saveWithUndo('meeting change', `${id}:${key}`, () => updateMeeting(db, id, { [key]: value }), () => updateMeeting(db, id, { [key]: meeting[key] }));
  return (
    <div className="editor">
      <p className="editor-context">{committee?.name}</p>
      <h2 className="editor-title">Meeting of {formatLongDate(meeting.date)}</h2>
      <AutoField id="editor-first-field" label="Meeting date" date value={meeting.date} onSave={field('date')} draft={{ kind: 'meeting', id, field: 'date' }} />
      <AutoField label="Venue" value={meeting.venue} onSave={field('venue')} draft={{ kind: 'meeting', id, field: 'venue' }} />
      <h3 className="editor-section">Response clock</h3>
      <MeetingReceivedDate meetingId={meeting.id} meetingDate={meeting.date} />
      <h3 className="editor-section">Agenda items</h3>
      {items.length === 0 && <p className="muted">No agenda items yet.</p>}
      <ul className="plain-list">
        {items.map((i) => (
          <li key={i.id}>
            <button type="button" className="link-button" onClick={() => useUi.getState().select({ kind: 'item', id: i.id })}>
              {i.number ? `${i.number}. ` : ''}
              {i.title}
            </button>
          </li>
        ))}
      </ul>
      <div className="editor-actions">
        <button type="button" className="button" onClick={() => useUi.getState().openDialog('new-item')}>
          Add agenda item
        </button>
        <button type="button" className="button button-danger" onClick={() => void deleteRecord({ kind: 'meeting', id })}>
          Delete meeting
        </button>
      </div>
    </div>
  );
}

export function ItemEditor({ id }: { id: string }) {
  const data = useLiveQuery(async () => {
    const db = getDb();
    const item = await db.items.get(id);
    if (!item) return null;
    return { item, meeting: await db.meetings.get(item.meetingId), count: await db.recommendations.where('itemId').equals(id).count() };
  }, [id]);
  if (!data) return data === null ? <p className="detail-empty">This agenda item is no longer in the tracker.</p> : null;
  const { item, meeting } = data;
  const db = getDb();
  const field = (key: 'number' | 'title') => (value: string) =>
    saveWithUndo('agenda item change', `${id}:${key}`, () => updateItem(db, id, { [key]: value }), () => updateItem(db, id, { [key]: item[key] }));
  return (
    <div className="editor">
      <p className="editor-context">{meeting ? `Meeting of ${formatLongDate(meeting.date)}` : ''}</p>
      <h2 className="editor-title">Agenda item</h2>
      <p className="muted">{counted(data.count, 'recommendation')}</p>
      <AutoField label="Minute or item number" hint="As printed, for example 181" value={item.number} onSave={field('number')} draft={{ kind: 'item', id, field: 'number' }} />
      <AutoField id="editor-first-field" label="Title" value={item.title} onSave={field('title')} draft={{ kind: 'item', id, field: 'title' }} />
      <div className="editor-actions">
        <button type="button" className="button" onClick={() => useUi.getState().openDialog('new-recommendation')}>
          Add recommendation
        </button>
        <button type="button" className="button button-danger" onClick={() => void deleteRecord({ kind: 'item', id })}>
          Delete agenda item
        </button>
      </div>
    </div>
  );
}
