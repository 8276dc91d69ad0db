// Everything about one recommendation, editable in place and saved as it is typed.
import { useLiveQuery } from 'dexie-react-hooks';
import { formatLongDate, isVagueResponse, responseOwner, responseState } from '../../../shared/index';
import { getDb, historyFor, type EditableField } from '../../db/index';
import { AutoField } from '../../ui/AutoField';
import { SelectField } from '../../ui/fields';
import { ADDRESSEE_OPTIONS, KIND_OPTIONS, OUTCOME_OPTIONS, RAG_OPTIONS, STATUS_OPTIONS } from '../../ui/options';
import { deleteRecord, saveRecommendation } from '../actions';
import { ChaseHistory } from '../chasing/ChaseHistory';
import { VAGUE_EXPLANATION } from '../chasing/StatePill';
import { useChasingSettings, useToday } from '../chasing/useChasingSettings';
import { HistoryPanel } from './HistoryPanel';
import { ProgressUpdates } from './ProgressUpdates';
import { TargetDateField } from './TargetDateField';

export function RecommendationEditor({ id }: { id: string }) {
  const chasing = useChasingSettings();
  const today = useToday();
  const data = useLiveQuery(async () => {
    const db = getDb();
    const row = await db.recommendations.get(id);
    if (!row) return null;
    const [item, meeting, committee, history] = await Promise.all([
      db.items.get(row.itemId),
      db.meetings.get(row.meetingId),
      db.committees.get(row.committeeId),
      historyFor(db, row.id),
    ]);
    // The first target date ever set: the oldest revision's "from" value.
    const revisions = history.filter((h) => h.field === 'targetDate' && h.oldValue !== '');
    const originalTarget = revisions.at(-1)?.oldValue ?? null;
    return { row, item, meeting, committee, originalTarget };
  }, [id]);
  if (data === undefined) return null;
  if (data === null) return <p className="detail-empty">This recommendation is no longer in the tracker.</p>;
  const { row, item, meeting, committee, originalTarget } = data;
  const save = (field: EditableField) => (value: string) => saveRecommendation(row.id, { [field]: value });
  const at = (field: EditableField) => ({ kind: 'recommendation' as const, id: row.id, field });
  const select = (field: EditableField) => (e: { target: { value: string } }) => void saveRecommendation(row.id, { [field]: e.target.value });
  // Where it stands against the response clock, under the council's own rule: "Overdue by 12 days (due 26 November 2023)".
  const state = chasing ? responseState(row, today, chasing.settings) : null;
  const clock = state && state.state !== 'not-applicable' ? `${state.label}${state.dueDate ? ` (due ${formatLongDate(state.dueDate)})` : ''}` : undefined;

  return (
    <div className="editor">
      <p className="editor-context">
        {committee?.name}
        <br />
        {meeting ? formatLongDate(meeting.date) : ''} · {item?.number ? `${item.number}. ` : ''}
        {item?.title}
      </p>
      <h2 className="editor-title">{row.label ? `Recommendation ${row.label}` : 'Recommendation'}</h2>
      <div className="field-grid">
        <AutoField label="Label as printed" hint="For example 1, a or ii" value={row.label} onSave={save('label')} draft={at('label')} />
        <SelectField label="Kind" value={row.kind} onChange={select('kind')} options={KIND_OPTIONS} />
      </div>
      <AutoField id="editor-first-field" label="Recommendation" value={row.text} onSave={save('text')} draft={at('text')} multiline rows={5} />
      <div className="field-grid">
        <SelectField label="Addressed to" value={row.addressee} onChange={select('addressee')} options={ADDRESSEE_OPTIONS} />
        <AutoField label="Named cabinet member or partner" value={row.addresseeName} onSave={save('addresseeName')} draft={at('addresseeName')} />
        <AutoField label="Lead officer" value={row.leadOfficer} onSave={save('leadOfficer')} draft={at('leadOfficer')} />
        <AutoField label="Directorate or portfolio" value={row.directorate} onSave={save('directorate')} draft={at('directorate')} />
        {/* Kept as the council's tracker wrote them (optional fields: absent on older records). */}
        <AutoField label="Origin" hint="Committee, task group or review" value={row.origin ?? ''} onSave={save('origin')} draft={at('origin')} />
        <AutoField label="Priority" hint="As given: High, 1…" value={row.priority ?? ''} onSave={save('priority')} draft={at('priority')} />
      </div>

      <h3 className="editor-section">Executive response</h3>
      <div className="field-grid">
        <AutoField label="Date received" date value={row.receivedDate} onSave={save('receivedDate')} draft={at('receivedDate')} hint={clock} />
        <SelectField label="Outcome" value={row.responseOutcome} onChange={select('responseOutcome')} options={OUTCOME_OPTIONS} />
        <AutoField label="Response date" date value={row.responseDate} onSave={save('responseDate')} draft={at('responseDate')} />
        <AutoField label="Response given by" value={row.respondedBy} onSave={save('respondedBy')} draft={at('respondedBy')} />
      </div>
      <AutoField
        label="The response in its own words"
        value={row.responseText}
        onSave={save('responseText')} draft={at('responseText')}
        multiline
        rows={4}
        hint={isVagueResponse(row) ? `Vague: ${VAGUE_EXPLANATION.charAt(0).toLowerCase()}${VAGUE_EXPLANATION.slice(1)}` : undefined}
      />
      <ChaseHistory recommendationId={row.id} ownerName={responseOwner(row).name} recommendation={row} />

      <h3 className="editor-section">Implementation</h3>
      <div className="field-grid">
        <SelectField label="Status" value={row.status} onChange={select('status')} options={STATUS_OPTIONS} />
        <SelectField label="RAG rating" value={row.rag} onChange={select('rag')} options={RAG_OPTIONS} />
        <TargetDateField key={row.id} recommendationId={row.id} value={row.targetDate} original={originalTarget ?? null} />
      </div>
      <AutoField label="Action taken" value={row.action} onSave={save('action')} draft={at('action')} multiline rows={2} />
      <ProgressUpdates recommendationId={row.id} />
      <AutoField label="Notes" value={row.notes} onSave={save('notes')} draft={at('notes')} multiline rows={3} />
      <HistoryPanel recommendationId={row.id} />

      <div className="editor-actions">
        <button type="button" className="button button-danger" onClick={() => void deleteRecord({ kind: 'recommendation', id: row.id })}>
          Delete recommendation
        </button>
      </div>
    </div>
  );
}
