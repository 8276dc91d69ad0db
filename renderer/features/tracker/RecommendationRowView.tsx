// One recommendation as a row of the table: label, words, addressee, response, status, target.
import { ADDRESSEE_LABELS, STATUS_LABELS, formatLongDate, outcomeLabel } from '../../../shared/index';
import type { RecommendationRow } from '../../db/index';

interface Props {
  row: RecommendationRow;
  selected: boolean;
  onSelect(): void;
  /** Meeting and item, shown on the row when the table is not grouped. */
  context?: string;
}

export function RecommendationRowView({ row, selected, onSelect, context }: Props) {
  const outcomeClass = `pill pill-outcome-${(row.responseOutcome || 'none').toLowerCase().replace(/\s+/g, '-')}`;
  return (
    <div
      id={`rec-${row.id}`}
      role="option"
      aria-selected={selected}
      className={selected ? 'table-row table-row-selected' : 'table-row'}
      onClick={onSelect}
    >
      <span className="cell-label">{row.label}</span>
      <span className="cell-text">
        {context && <span className="cell-context">{context}</span>}
        {row.text}
      </span>
      <span className="cell-addressee">{row.addresseeName || ADDRESSEE_LABELS[row.addressee]}</span>
      <span className="cell-outcome">
        <span className={outcomeClass}>{outcomeLabel(row.responseOutcome)}</span>
      </span>
      <span className="cell-status">
        {row.rag && <span className={`rag rag-${row.rag}`} aria-label={`RAG ${row.rag}`} />}
        {STATUS_LABELS[row.status]}
      </span>
      <span className="cell-target">{row.targetDate ? formatLongDate(row.targetDate) : ''}</span>
    </div>
  );
}
