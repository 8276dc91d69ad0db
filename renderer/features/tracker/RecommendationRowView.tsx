// One recommendation as a row of the table: label, words, addressee, response (or where it stands against the clock), status, target.
import { ADDRESSEE_LABELS, STATUS_LABELS, formatLongDate, isAnswered, isVagueResponse, outcomeLabel, responseState } from '../../../shared/index';
import type { RecommendationRow } from '../../db/index';
import { StatePill, VagueMarker } from '../chasing/StatePill';
import { useChasingSettings, useToday } from '../chasing/useChasingSettings';
import { gridTemplate, type ColumnId } from './columns';

interface Props {
  row: RecommendationRow;
  selected: boolean;
  onSelect(): void;
  /** Meeting and item, shown on the row when the table is not grouped. */
  context?: string;
  /** The columns the officer has chosen to show. */
  columns: readonly ColumnId[];
}

export function RecommendationRowView({ row, selected, onSelect, context, columns }: Props) {
  const show = (c: ColumnId) => columns.includes(c);
  const loaded = useChasingSettings();
  const today = useToday();
  const outcomeClass = `pill pill-outcome-${(row.responseOutcome || 'none').toLowerCase().replace(/\s+/g, '-')}`;
  const state = loaded ? responseState(row, today, loaded.settings) : null;
  const answered = isAnswered(row.responseOutcome);
  // An answer shows its outcome (and, where its dates are known, whether it came in time); anything
  // still owed shows where it stands against the clock instead of a bare "Awaiting response".
  const timing = answered && state && state.state !== 'not-applicable' && state.timingKnown ? state : null;
  return (
    <div
      id={`rec-${row.id}`}
      role="option"
      aria-selected={selected}
      className={selected ? 'table-row table-row-selected' : 'table-row'}
      onClick={onSelect}
      style={{ gridTemplateColumns: gridTemplate(columns) }}
    >
      <span className="cell-label">{row.label}</span>
      <span className="cell-text">
        {context && <span className="cell-context">{context}</span>}
        {row.text}
      </span>
      {show('addressee') && <span className="cell-addressee">{row.addresseeName || ADDRESSEE_LABELS[row.addressee]}</span>}
      {show('outcome') && (
      <span className="cell-outcome response-stack">
        {answered || !state ? <span className={outcomeClass}>{outcomeLabel(row.responseOutcome)}</span> : <StatePill state={state} />}
        {timing && <span className={`state-note state-note-${timing.tone}`}>{timing.label}</span>}
        {isVagueResponse(row) && <VagueMarker />}
      </span>
      )}
      {show('responseText') && <span className="cell-response">{row.responseText}</span>}
      {show('status') && (
        <span className="cell-status">
          {row.rag && <span className={`rag rag-${row.rag}`} aria-label={`RAG ${row.rag}`} />}
          {STATUS_LABELS[row.status]}
        </span>
      )}
      {show('target') && <span className="cell-target">{row.targetDate ? formatLongDate(row.targetDate) : ''}</span>}
      {show('leadOfficer') && <span className="cell-lead">{row.leadOfficer}</span>}
      {show('origin') && (
        <span className="cell-origin" title={row.origin}>
          {row.origin ?? ''}
        </span>
      )}
      {show('priority') && <span className="cell-priority">{row.priority ?? ''}</span>}
    </div>
  );
}
