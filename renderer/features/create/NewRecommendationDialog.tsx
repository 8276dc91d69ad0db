// Adds a recommendation in one dialog, creating its committee, meeting or agenda item on the way
// when they are new: the quickest keyboard path from the minutes to the tracker.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { formatLongDate, guessAddressee, todayIso, type Addressee, type RecommendationKind } from '../../../shared/index';
import { addRecommendationWithParents, describeError, getDb } from '../../db/index';
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { ADDRESSEE_OPTIONS, KIND_OPTIONS } from '../../ui/options';
import { contextOf } from './context';
import { undoableCreate } from './SimpleDialogs';

const NEW = '__new__';

export function NewRecommendationDialog() {
  const close = useUi((s) => s.closeDialog);
  const selection = useUi((s) => s.selection);
  const committeeFilter = useUi((s) => s.filter.committeeId);
  const [committeeId, setCommitteeId] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [itemId, setItemId] = useState('');
  const [ready, setReady] = useState(false);
  const [newCommittee, setNewCommittee] = useState('');
  const [meetingDate, setMeetingDate] = useState(todayIso());
  const [itemNumber, setItemNumber] = useState('');
  const [itemTitle, setItemTitle] = useState('');
  const [label, setLabel] = useState('');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<RecommendationKind>('recommendation');
  const [addressee, setAddressee] = useState<Addressee | ''>('');
  const [error, setError] = useState<string | null>(null);

  const committees = useLiveQuery(() => getDb().committees.orderBy('name').toArray(), []);
  // Each list says which parent it was read for: while a new one loads the old one must not be used.
  const meetingsRead = useLiveQuery(
    async () => ({
      for: committeeId,
      list: committeeId && committeeId !== NEW ? (await getDb().meetings.where('committeeId').equals(committeeId).sortBy('date')).reverse() : [],
    }),
    [committeeId],
  );
  const itemsRead = useLiveQuery(
    async () => ({
      for: meetingId,
      list: meetingId && meetingId !== NEW ? (await getDb().items.where('meetingId').equals(meetingId).toArray()).sort((a, b) => a.position - b.position) : [],
    }),
    [meetingId],
  );
  const meetings = meetingsRead?.for === committeeId ? meetingsRead.list : undefined;
  const items = itemsRead?.for === meetingId ? itemsRead.list : undefined;

  // Start from the current selection; where there is nothing yet, start with "new".
  useEffect(() => {
    void contextOf(selection, committeeFilter).then((c) => {
      setCommitteeId(c.committeeId ?? '');
      setMeetingId(c.meetingId ?? '');
      setItemId(c.itemId ?? '');
      setReady(true);
    });
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!ready || !committees) return;
    if (!committees.some((c) => c.id === committeeId) && committeeId !== NEW) setCommitteeId(committees[0]?.id ?? NEW);
  }, [ready, committees, committeeId]);
  useEffect(() => {
    if (!ready || !meetings) return;
    if (!meetings.some((m) => m.id === meetingId) && meetingId !== NEW) setMeetingId(meetings[0]?.id ?? NEW);
  }, [ready, meetings, meetingId]);
  useEffect(() => {
    if (!ready || !items) return;
    if (!items.some((i) => i.id === itemId) && itemId !== NEW) setItemId(items.at(-1)?.id ?? NEW);
  }, [ready, items, itemId]);

  async function submit() {
    try {
      const row = await addRecommendationWithParents(getDb(), {
        committee: committeeId === NEW ? { create: { name: newCommittee } } : { existingId: committeeId },
        meeting: meetingId === NEW ? { create: { date: meetingDate } } : { existingId: meetingId },
        item: itemId === NEW ? { create: { number: itemNumber, title: itemTitle } } : { existingId: itemId },
        recommendation: { label: label.trim(), text, kind, addressee: addressee || guessAddressee(text) },
      });
      undoableCreate('new recommendation', { kind: 'recommendation', id: row.id });
      const ui = useUi.getState();
      if (ui.filter.committeeId && ui.filter.committeeId !== row.committeeId) ui.setFilter({ committeeId: row.committeeId });
      ui.select({ kind: 'recommendation', id: row.id });
      ui.notify(`Recommendation${row.label ? ` ${row.label}` : ''} added.`);
      close();
    } catch (e) {
      setError(describeError(e));
    }
  }

  const committeeOptions = [...(committees ?? []).map((c) => ({ value: c.id, label: c.name })), { value: NEW, label: 'New committee…' }];
  const meetingOptions = [...(meetings ?? []).map((m) => ({ value: m.id, label: formatLongDate(m.date) })), { value: NEW, label: 'New meeting…' }];
  const itemOptions = [...(items ?? []).map((i) => ({ value: i.id, label: `${i.number ? `${i.number}. ` : ''}${i.title}` })), { value: NEW, label: 'New agenda item…' }];

  return (
    <Dialog title="New recommendation" onClose={close} onSubmit={submit} submitLabel="Add recommendation" wide>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="field-grid">
        <SelectField label="Committee" value={committeeId} onChange={(e) => setCommitteeId(e.target.value)} options={committeeOptions} />
        {committeeId === NEW && <TextField label="New committee name" value={newCommittee} onChange={(e) => setNewCommittee(e.target.value)} />}
        <SelectField label="Meeting" value={meetingId} onChange={(e) => setMeetingId(e.target.value)} options={meetingOptions} />
        {meetingId === NEW && <TextField label="New meeting date" type="date" value={meetingDate} onChange={(e) => setMeetingDate(e.target.value)} />}
        <SelectField label="Agenda item" value={itemId} onChange={(e) => setItemId(e.target.value)} options={itemOptions} />
        {itemId === NEW && (
          <>
            <TextField label="New item number (optional)" value={itemNumber} onChange={(e) => setItemNumber(e.target.value)} />
            <TextField label="New item title" value={itemTitle} onChange={(e) => setItemTitle(e.target.value)} />
          </>
        )}
      </div>
      <div className="field-grid">
        <TextField label="Label as printed (optional)" hint="For example 1, a or ii" value={label} onChange={(e) => setLabel(e.target.value)} />
        <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value as RecommendationKind)} options={KIND_OPTIONS} />
        <SelectField
          label="Addressed to"
          value={addressee}
          onChange={(e) => setAddressee(e.target.value as Addressee | '')}
          options={[{ value: '', label: 'Guess from the wording' }, ...ADDRESSEE_OPTIONS]}
        />
      </div>
      <TextArea
        label="Recommendation"
        value={text}
        rows={5}
        onChange={(e) => setText(e.target.value)}
        hint="Ctrl+Enter adds it"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
          }
        }}
      />
    </Dialog>
  );
}
