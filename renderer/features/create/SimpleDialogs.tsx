// Dialogs that add a committee, a meeting or an agenda item, starting from the current selection.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { formatLongDate, todayIso } from '../../../shared/index';
import { createCommittee, createItem, createMeeting, deleteToBin, describeError, getDb, restoreFromBin } from '../../db/index';
import { useUi } from '../../state/ui';
import { useUndo } from '../../state/undo';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/fields';
import { contextOf } from './context';
import type { DeleteTarget } from '../../db/index';
import { DateField, dateProblem } from '../../ui/DateField';

/** Pushes the undo for a newly created record: undo deletes it to the bin, redo brings it back. */
export function undoableCreate(label: string, target: DeleteTarget) {
  const db = getDb();
  let binId = '';
  useUndo.getState().push({
    label,
    undo: async () => {
      binId = (await deleteToBin(db, target)).id;
    },
    redo: async () => void (await restoreFromBin(db, binId)),
  });
}

export function NewCommitteeDialog() {
  const close = useUi((s) => s.closeDialog);
  const [name, setName] = useState('');
  const [council, setCouncil] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit() {
    try {
      const committee = await createCommittee(getDb(), { name, council });
      undoableCreate('new committee', { kind: 'committee', id: committee.id });
      const ui = useUi.getState();
      ui.setFilter({ committeeId: committee.id, from: undefined, to: undefined });
      ui.select({ kind: 'committee', id: committee.id });
      ui.notify(`Committee "${committee.name}" added.`);
      close();
    } catch (e) {
      setError(describeError(e));
    }
  }
  return (
    <Dialog title="New committee" onClose={close} onSubmit={submit} submitLabel="Add committee">
      <TextField label="Committee name" value={name} onChange={(e) => setName(e.target.value)} autoFocus error={error} hint="For example Children and Young People Scrutiny Committee" />
      <TextField label="Council (optional)" value={council} onChange={(e) => setCouncil(e.target.value)} />
    </Dialog>
  );
}

export function NewMeetingDialog() {
  const close = useUi((s) => s.closeDialog);
  const selection = useUi((s) => s.selection);
  const committeeFilter = useUi((s) => s.filter.committeeId);
  const committees = useLiveQuery(() => getDb().committees.orderBy('name').toArray(), []);
  const [committeeId, setCommitteeId] = useState('');
  const [date, setDate] = useState<string | null>(todayIso());
  const [venue, setVenue] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void contextOf(selection, committeeFilter).then((c) => setCommitteeId((old) => old || c.committeeId || ''));
  }, [selection, committeeFilter]);
  useEffect(() => {
    if (!committeeId && committees?.[0]) setCommitteeId(committees[0].id);
  }, [committees, committeeId]);

  async function submit() {
    const wrong = dateProblem('The meeting date', date, true);
    if (wrong || date === null) return setError(wrong);
    try {
      const meeting = await createMeeting(getDb(), { committeeId, date, venue });
      undoableCreate('new meeting', { kind: 'meeting', id: meeting.id });
      const ui = useUi.getState();
      ui.setFilter({ committeeId });
      ui.select({ kind: 'meeting', id: meeting.id });
      ui.notify(`Meeting of ${formatLongDate(meeting.date)} added.`);
      close();
    } catch (e) {
      setError(describeError(e));
    }
  }
  if (committees && committees.length === 0) {
    return (
      <Dialog title="New meeting" onClose={close}>
        <p>Add a committee first: every meeting belongs to one.</p>
      </Dialog>
    );
  }
  return (
    <Dialog title="New meeting" onClose={close} onSubmit={submit} submitLabel="Add meeting">
      <SelectField label="Committee" value={committeeId} onChange={(e) => setCommitteeId(e.target.value)} options={(committees ?? []).map((c) => ({ value: c.id, label: c.name }))} />
      <DateField label="Meeting date" value={date ?? ''} onChange={setDate} autoFocus error={error} required />
      <TextField label="Venue (optional)" value={venue} onChange={(e) => setVenue(e.target.value)} />
    </Dialog>
  );
}

export function NewItemDialog() {
  const close = useUi((s) => s.closeDialog);
  const selection = useUi((s) => s.selection);
  const committeeFilter = useUi((s) => s.filter.committeeId);
  const [meetingId, setMeetingId] = useState('');
  const meetings = useLiveQuery(async () => {
    const db = getDb();
    const [all, committees] = await Promise.all([db.meetings.orderBy('date').reverse().toArray(), db.committees.toArray()]);
    const names = new Map(committees.map((c) => [c.id, c.name]));
    return all.map((m) => ({ value: m.id, label: `${formatLongDate(m.date)} · ${names.get(m.committeeId) ?? ''}` }));
  }, []);
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void contextOf(selection, committeeFilter).then((c) => setMeetingId((old) => old || c.meetingId || ''));
  }, [selection, committeeFilter]);
  useEffect(() => {
    if (!meetingId && meetings?.[0]) setMeetingId(meetings[0].value);
  }, [meetings, meetingId]);

  async function submit() {
    try {
      const item = await createItem(getDb(), { meetingId, number, title });
      undoableCreate('new agenda item', { kind: 'item', id: item.id });
      useUi.getState().select({ kind: 'item', id: item.id });
      useUi.getState().notify(`Agenda item "${item.title}" added.`);
      close();
    } catch (e) {
      setError(describeError(e));
    }
  }
  if (meetings && meetings.length === 0) {
    return (
      <Dialog title="New agenda item" onClose={close}>
        <p>Add a meeting first: every agenda item belongs to one.</p>
      </Dialog>
    );
  }
  return (
    <Dialog title="New agenda item" onClose={close} onSubmit={submit} submitLabel="Add agenda item">
      <SelectField label="Meeting" value={meetingId} onChange={(e) => setMeetingId(e.target.value)} options={meetings ?? []} />
      <TextField label="Minute or item number (optional)" value={number} onChange={(e) => setNumber(e.target.value)} autoFocus hint="As printed, for example 181" />
      <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} error={error} />
    </Dialog>
  );
}
