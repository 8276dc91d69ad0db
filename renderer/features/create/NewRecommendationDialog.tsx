// Adds a recommendation in one dialog, creating its committee, meeting or agenda item on the way
// when they are new: the quickest keyboard path from the minutes to the tracker. It starts on the
// meeting and item selected (or the committee's latest), lists its problems at the top with links
// to the fields (GOV.UK's error summary), and after adding puts the focus on the new row.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { formatLongDate, guessAddressee, todayIso, type Addressee, type RecommendationKind } from '../../../shared/index';
import { addRecommendationWithParents, describeError, getDb } from '../../db/index';
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { DateField, dateProblem } from '../../ui/DateField';
import { ErrorSummary, type FieldProblem } from '../../ui/ErrorSummary';
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
  const [meetingDate, setMeetingDate] = useState<string | null>(todayIso());
  const [itemNumber, setItemNumber] = useState('');
  const [itemTitle, setItemTitle] = useState('');
  const [label, setLabel] = useState('');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<RecommendationKind>('recommendation');
  const [addressee, setAddressee] = useState<Addressee | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);

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
  // The meeting and item lists are read for the committee and meeting chosen; until a real one is
  // chosen (or while the list is still the previous one's) nothing is defaulted, so the dialog never
  // settles on "New meeting…" just because it looked before the committee was known.
  useEffect(() => {
    if (!ready || !meetings || !committeeId) return;
    if (!meetings.some((m) => m.id === meetingId) && meetingId !== NEW) setMeetingId(meetings[0]?.id ?? NEW);
  }, [ready, meetings, meetingId, committeeId]);
  useEffect(() => {
    if (!ready || !items || !meetingId) return;
    if (!items.some((i) => i.id === itemId) && itemId !== NEW) setItemId(items.at(-1)?.id ?? NEW);
  }, [ready, items, itemId, meetingId]);

  function chooseCommittee(id: string) {
    setCommitteeId(id);
    setMeetingId(''); // the new committee's latest meeting, once its list is read
    setItemId('');
  }
  function chooseMeeting(id: string) {
    setMeetingId(id);
    setItemId('');
  }

  /** Every problem with what is filled in, by field, before anything is written. */
  function check(): FieldProblem[] {
    const found: FieldProblem[] = [];
    if (committeeId === NEW && newCommittee.trim() === '') found.push({ fieldId: 'new-rec-committee-name', message: 'Enter the new committee’s name' });
    const dateWrong = meetingId === NEW ? dateProblem('The new meeting date', meetingDate, true) : null;
    if (dateWrong) found.push({ fieldId: 'new-rec-meeting-date', message: dateWrong });
    if (itemId === NEW && itemTitle.trim() === '') found.push({ fieldId: 'new-rec-item-title', message: 'Enter the new agenda item’s title' });
    if (text.trim() === '') found.push({ fieldId: 'new-rec-text', message: 'Enter the recommendation’s words' });
    return found;
  }
  const problemFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message ?? null;

  async function submit() {
    const found = check();
    setProblems(found);
    if (found.length > 0) return;
    try {
      const row = await addRecommendationWithParents(getDb(), {
        committee: committeeId === NEW ? { create: { name: newCommittee } } : { existingId: committeeId },
        meeting: meetingId === NEW ? { create: { date: meetingDate ?? '' } } : { existingId: meetingId },
        item: itemId === NEW ? { create: { number: itemNumber, title: itemTitle } } : { existingId: itemId },
        recommendation: { label: label.trim(), text, kind, addressee: addressee || guessAddressee(text) },
      });
      undoableCreate('new recommendation', { kind: 'recommendation', id: row.id });
      const ui = useUi.getState();
      // The new row must be in the table: filters that would hide it are cleared (the committee is kept, or moved to the new one's).
      ui.clearFilters();
      if (ui.filter.committeeId && ui.filter.committeeId !== row.committeeId) ui.setFilter({ committeeId: row.committeeId });
      ui.setView('tracker');
      ui.select({ kind: 'recommendation', id: row.id });
      ui.notify(`Recommendation${row.label ? ` ${row.label}` : ''} added.`);
      close();
      // After the dialog has given the focus back to its opener: the table takes it, on the new row.
      ui.focusTable();
    } catch (e) {
      setError(describeError(e));
    }
  }

  const committeeOptions = [...(committees ?? []).map((c) => ({ value: c.id, label: c.name })), { value: NEW, label: 'New committee…' }];
  const meetingOptions = [...(meetings ?? []).map((m) => ({ value: m.id, label: formatLongDate(m.date) })), { value: NEW, label: 'New meeting…' }];
  const itemOptions = [...(items ?? []).map((i) => ({ value: i.id, label: `${i.number ? `${i.number}. ` : ''}${i.title}` })), { value: NEW, label: 'New agenda item…' }];

  return (
    <Dialog title="New recommendation" onClose={close} onSubmit={submit} submitLabel="Add recommendation" wide>
      <ErrorSummary problems={error ? [...problems, { fieldId: 'new-rec-text', message: error }] : problems} />
      <div className="field-grid">
        <SelectField label="Committee" value={committeeId} onChange={(e) => chooseCommittee(e.target.value)} options={committeeOptions} />
        {committeeId === NEW && (
          <TextField id="new-rec-committee-name" label="New committee name" value={newCommittee} onChange={(e) => setNewCommittee(e.target.value)} error={problemFor('new-rec-committee-name')} />
        )}
        <SelectField label="Meeting" value={meetingId} onChange={(e) => chooseMeeting(e.target.value)} options={meetingOptions} />
        {meetingId === NEW && <DateField id="new-rec-meeting-date" label="New meeting date" value={meetingDate ?? ''} onChange={setMeetingDate} error={problemFor('new-rec-meeting-date')} required />}
        <SelectField label="Agenda item" value={itemId} onChange={(e) => setItemId(e.target.value)} options={itemOptions} />
        {itemId === NEW && (
          <>
            <TextField label="New item number (optional)" value={itemNumber} onChange={(e) => setItemNumber(e.target.value)} />
            <TextField id="new-rec-item-title" label="New item title" value={itemTitle} onChange={(e) => setItemTitle(e.target.value)} error={problemFor('new-rec-item-title')} />
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
        id="new-rec-text"
        label="Recommendation"
        error={problemFor('new-rec-text')}
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
