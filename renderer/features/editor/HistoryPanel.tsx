// Every change to a recommendation, newest first: when, which field, from what to what, and why.
import { useLiveQuery } from 'dexie-react-hooks';
import { format, parseISO } from 'date-fns';
import { ADDRESSEE_LABELS, KIND_LABELS, RAG_LABELS, STATUS_LABELS, formatLongDate, isIsoDate, type HistoryEntry } from '../../../shared/index';
import { getDb, historyFor } from '../../db/index';

const FIELD_LABELS: Record<string, string> = {
  label: 'Label',
  text: 'Recommendation',
  kind: 'Kind',
  addressee: 'Addressed to',
  addresseeName: 'Named cabinet member or partner',
  leadOfficer: 'Lead officer',
  directorate: 'Directorate or portfolio',
  receivedDate: 'Date received',
  responseOutcome: 'Outcome',
  responseText: 'Response',
  responseDate: 'Response date',
  respondedBy: 'Response given by',
  action: 'Action taken',
  status: 'Status',
  rag: 'RAG rating',
  targetDate: 'Target date',
  notes: 'Notes',
  origin: 'Origin',
  priority: 'Priority',
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  kind: KIND_LABELS,
  addressee: ADDRESSEE_LABELS,
  status: STATUS_LABELS,
  rag: RAG_LABELS,
};

/** A stored value as the officer reads it: dates written out, codes named, long text shortened. */
export function describeValue(field: string, value: string): string {
  if (value === '') return '(empty)';
  if (isIsoDate(value)) return formatLongDate(value);
  const named = VALUE_LABELS[field]?.[value];
  if (named) return named;
  return value.length > 160 ? `${value.slice(0, 157)}…` : value;
}

export function HistoryPanel({ recommendationId }: { recommendationId: string }) {
  const entries = useLiveQuery(() => historyFor(getDb(), recommendationId), [recommendationId]);
  return (
    <details className="history">
      <summary>
        <h3 className="editor-section history-title">History{entries ? ` (${entries.length})` : ''}</h3>
      </summary>
      {entries && entries.length === 0 && <p className="muted">No changes since it was added.</p>}
      {entries && entries.length > 0 && (
        <ol className="history-list">
          {entries.map((h: HistoryEntry) => (
            <li key={h.id}>
              <span className="history-when">{format(parseISO(h.at), "d MMMM yyyy, HH:mm")}</span>{' '}
              <strong>{FIELD_LABELS[h.field] ?? h.field}</strong>: {describeValue(h.field, h.oldValue)} → {describeValue(h.field, h.newValue)}
              {h.reason && <span className="history-reason"> Reason: {h.reason}</span>}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
