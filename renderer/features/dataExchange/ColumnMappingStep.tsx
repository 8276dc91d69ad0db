// The column-mapping step of a spreadsheet import: which tracker field each column holds (guessed
// from its heading, changeable), the committee when no column names it, and how dates are written.
import { useId } from 'react';
import { COLUMN_FIELDS, COLUMN_FIELD_LABELS, type ColumnField, type ColumnMapping, type DateOrder } from '../../../shared/index';

export interface MappingChoices {
  mapping: ColumnMapping;
  committeeName: string;
  dateFormat: DateOrder;
}

interface Props {
  headers: string[];
  /** The first few data rows, to show what each column holds. */
  samples: string[][];
  choices: MappingChoices;
  onChange(choices: MappingChoices): void;
}

/** The first non-blank values of a column, shortened, as a hint of what it holds. */
function example(samples: string[][], column: number): string {
  const values = samples.map((row) => (row[column] ?? '').replace(/\s+/g, ' ').trim()).filter((v) => v !== '');
  const shown = values.slice(0, 2).map((v) => (v.length > 60 ? `${v.slice(0, 59)}…` : v));
  return shown.length === 0 ? 'Nothing in the first rows' : `For example: ${shown.join(' · ')}`;
}

export function ColumnMappingStep({ headers, samples, choices, onChange }: Props) {
  const id = useId();
  const { mapping, committeeName, dateFormat } = choices;
  const setField = (column: number, field: ColumnField) => onChange({ ...choices, mapping: mapping.map((f, i) => (i === column ? field : f)) });
  const needsCommittee = !mapping.includes('committee');
  return (
    <div className="mapping">
      <p>
        Say what each column holds. The guesses come from the headings; a blank meeting or item cell continues the one above it, as in
        most councils&rsquo; sheets.
      </p>
      <div className="mapping-columns">
        {headers.map((header, column) => (
          <div className="field" key={column}>
            <label htmlFor={`${id}-col-${column}`}>
              Column {column + 1}: {header.trim() === '' ? '(no heading)' : header.trim()}
            </label>
            <select id={`${id}-col-${column}`} value={mapping[column] ?? 'ignore'} onChange={(e) => setField(column, e.target.value as ColumnField)} aria-describedby={`${id}-eg-${column}`}>
              {COLUMN_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {COLUMN_FIELD_LABELS[field]}
                </option>
              ))}
            </select>
            <span className="field-hint" id={`${id}-eg-${column}`}>
              {example(samples, column)}
            </span>
          </div>
        ))}
      </div>
      <div className="field-grid">
        {needsCommittee && (
          <div className="field">
            <label htmlFor={`${id}-committee`}>Committee name</label>
            <input id={`${id}-committee`} value={committeeName} onChange={(e) => onChange({ ...choices, committeeName: e.target.value })} aria-describedby={`${id}-committee-hint`} />
            <span className="field-hint" id={`${id}-committee-hint`}>
              No column names the committee, so every recommendation goes to this one.
            </span>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-dates`}>Dates like 03/04/2024 are</label>
          <select id={`${id}-dates`} value={dateFormat} onChange={(e) => onChange({ ...choices, dateFormat: e.target.value as DateOrder })}>
            <option value="dmy">Day first (3 April 2024)</option>
            <option value="mdy">Month first (March 4, 2024)</option>
          </select>
        </div>
      </div>
    </div>
  );
}

/** What must be chosen before the preview, in words; null when the choices will do. */
export function mappingProblem(choices: MappingChoices): string | null {
  if (!choices.mapping.includes('text')) return 'Choose the column that holds the recommendations.';
  if (!choices.mapping.includes('committee') && choices.committeeName.trim() === '') return 'Give the committee’s name, or choose the column that names it.';
  return null;
}
