// The collapsible "Wording" section: the chosen document's column headings and the outcome (or status) wording, as the council writes them.
import { STATUS_LABELS, DEFAULT_OUTCOME_LABELS } from '../../../shared/index';
import type { ExportDocument } from '../../db/index';
import { TextField } from '../../ui/fields';
import { COLUMN_NAMES, DEFAULT_COLUMNS, OUTCOME_NAMES, SCHEDULE_STATUS_LABELS, type ColumnsByDocument, type OutcomeWording, type StatusWording } from './preferences';

export interface Wording {
  columns: ColumnsByDocument;
  outcomeLabels: OutcomeWording;
  statusLabels: StatusWording;
}

interface Props extends Wording {
  document: ExportDocument;
  onChange(patch: Partial<Wording>): void;
}

const DOCUMENT_WORDS: Record<ExportDocument, string> = {
  appendix: 'the appendix',
  schedule: 'the schedule',
  responses: 'the responses tracker',
};

export function WordingSection({ document, columns, outcomeLabels, statusLabels, onChange }: Props) {
  const names = COLUMN_NAMES[document] as Record<string, string>;
  const headings = columns[document] as unknown as Record<string, string>;
  const defaults = DEFAULT_COLUMNS[document] as unknown as Record<string, string>;

  function setHeading(key: string, value: string) {
    onChange({ columns: { ...columns, [document]: { ...headings, [key]: value } } });
  }

  function reset() {
    onChange({
      columns: { ...columns, [document]: { ...defaults } },
      ...(document === 'appendix' ? { outcomeLabels: { ...DEFAULT_OUTCOME_LABELS } } : {}),
      ...(document === 'schedule' ? { statusLabels: { ...SCHEDULE_STATUS_LABELS } } : {}),
    });
  }

  return (
    <details style={{ margin: '0 0 0.75rem' }}>
      <summary style={{ fontWeight: 'bold', cursor: 'pointer', padding: '0.25rem 0' }}>Wording</summary>
      <p className="field-hint">
        Column headings and wording for {DOCUMENT_WORDS[document]}, as your council writes them. They are remembered for next time; an
        empty box prints the usual wording.
      </p>
      <h3 style={{ fontSize: '1rem', margin: '0.5rem 0' }}>Column headings</h3>
      <div className="field-grid">
        {Object.keys(defaults).map((key) => (
          <TextField key={key} label={names[key]!} value={headings[key] ?? ''} placeholder={defaults[key]} onChange={(e) => setHeading(key, e.target.value)} />
        ))}
      </div>
      {document === 'appendix' && (
        <>
          <h3 style={{ fontSize: '1rem', margin: '0.5rem 0' }}>Outcome wording</h3>
          <div className="field-grid">
            {(Object.keys(OUTCOME_NAMES) as (keyof OutcomeWording)[]).map((key) => (
              <TextField
                key={key || 'none'}
                label={OUTCOME_NAMES[key]}
                value={outcomeLabels[key]}
                placeholder={DEFAULT_OUTCOME_LABELS[key] || 'printed blank'}
                onChange={(e) => onChange({ outcomeLabels: { ...outcomeLabels, [key]: e.target.value } })}
              />
            ))}
          </div>
        </>
      )}
      {document === 'schedule' && (
        <>
          <h3 style={{ fontSize: '1rem', margin: '0.5rem 0' }}>Status wording</h3>
          <div className="field-grid">
            {(Object.keys(STATUS_LABELS) as (keyof StatusWording)[]).map((key) => (
              <TextField
                key={key}
                label={STATUS_LABELS[key]}
                value={statusLabels[key]}
                placeholder={SCHEDULE_STATUS_LABELS[key] || 'printed blank'}
                onChange={(e) => onChange({ statusLabels: { ...statusLabels, [key]: e.target.value } })}
              />
            ))}
          </div>
        </>
      )}
      {document === 'responses' && <p className="field-hint">The responses tracker prints the executive’s own words, so it has no outcome wording.</p>}
      <button type="button" className="button button-small" onClick={reset}>
        Use the usual wording
      </button>
    </details>
  );
}
