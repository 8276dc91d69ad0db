// The column-mapping step of an import: for each layout of the file's tables, what each column holds
// (guessed from its heading, changeable) with the first few values under it, so the officer sees what
// a guess means; then the committee when no column names it, and how dates are written.
import { useId } from 'react';
import { COLUMN_FIELDS, COLUMN_FIELD_LABELS, findCouncilDate, findMonthOfHeading, formatLongDate, parseCouncilDate, type ColumnField, type ColumnMapping, type DateOrder, type TableLayout } from '../../../shared/index';

export interface MappingChoices {
  /** One mapping per layout, by the layout's key. */
  mappings: Record<string, ColumnMapping>;
  committeeName: string;
  dateFormat: DateOrder;
  /** A workbook with a sheet per committee: each sheet's name is the committee of its rows. */
  tableNameIsCommittee: boolean;
}

/** The fields whose cells are read as dates: their first values show how they will be read. */
const DATE_FIELDS: ReadonlySet<ColumnField> = new Set(['meetingDate', 'receivedDate', 'responseDate', 'targetDate', 'progressDate']);

/**
 * The first non-blank values of a column, shortened, to show under its heading. With `dates`, a
 * numeric date shows how it will be read ("04/11/2025 (4 November 2025)"), so the day-first choice shows.
 */
export function columnExamples(layout: TableLayout, column: number, count = 3, dates?: DateOrder): string[] {
  const values: string[] = [];
  for (const table of layout.tables) {
    for (const row of table.rows) {
      let value = (row[column] ?? '').replace(/\s+/g, ' ').trim();
      // A workbook's date cells are read as ISO; the officer sees them as councils write them.
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) value = formatLongDate(value) || value;
      else if (dates && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(value)) {
        const read = parseCouncilDate(value, dates);
        if (read) value = `${value} (${formatLongDate(read)})`;
      }
      if (value !== '') values.push(value.length > 70 ? `${value.slice(0, 69)}…` : value);
      if (values.length === count) return values;
    }
  }
  return values;
}

/** A label longer than this is cut in a column's select at 1366 pixels wide, so it is also written out under it. */
const SHORT_LABEL = 24;

/**
 * What choosing `field` does with the column, in words, where the select alone does not say it: a
 * column kept in the notes shows how it will read there, one left out says so, and a long field name
 * (cut in a narrow select) is written out in full.
 */
export function columnMeaning(field: ColumnField, header: string, example: string | undefined, context: MeaningContext = {}): string | null {
  const heading = header.trim() === '' ? 'its column' : header.trim();
  if (field === 'notes') {
    const sample = example === undefined ? '' : example.length > 40 ? `${example.slice(0, 39)}…` : example;
    return sample === '' ? `Kept in the notes under “${heading}”.` : `Kept in the notes as “${heading}: ${sample}”.`;
  }
  if (field === 'ignore') return 'Left out: not imported.';
  if (field === 'progressUpdate') {
    // Said as the builder dates them: by a date column, else a date in the heading, else the day of the import.
    const dated = context.dateColumn
      ? `dated by “${context.dateColumn.trim() || 'its date column'}”`
      : (() => {
          const fromHeading = findCouncilDate(header, context.dateFormat)?.iso ?? findMonthOfHeading(header);
          return fromHeading ? `dated ${formatLongDate(fromHeading)} from its heading` : 'dated the day of the import (no date column, no date in its heading)';
        })();
    return `Each cell becomes a progress update, ${dated}, after any already there.`;
  }
  if (field === 'committee') return 'Each row goes to the committee it names.';
  const label = COLUMN_FIELD_LABELS[field];
  return label.length > SHORT_LABEL ? label : null;
}

/** What the rest of the mapping tells a column's meaning: the progress date column's heading, how dates are read. */
export interface MeaningContext {
  dateColumn?: string;
  dateFormat?: DateOrder;
}

interface LayoutProps {
  layout: TableLayout;
  /** Says which tables the layout covers, where the file has several layouts or tables. */
  caption: string | null;
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
  /** How numeric dates are read, to show under a date column what each will become. */
  dateFormat?: DateOrder;
}

/** One layout's columns: heading, the field chosen, and the first values. */
export function LayoutColumns({ layout, caption, mapping, onChange, dateFormat = 'dmy' }: LayoutProps) {
  const id = useId();
  const setField = (column: number, field: ColumnField) => onChange(mapping.map((f, i) => (i === column ? field : f)));
  const dateColumn = mapping.indexOf('progressDate');
  return (
    <section className="mapping-layout" aria-labelledby={caption ? `${id}-caption` : undefined} aria-label={caption ? undefined : 'Columns'}>
      {caption && (
        <h3 className="mapping-caption" id={`${id}-caption`}>
          {caption}
        </h3>
      )}
      <div className="mapping-columns">
        {layout.headers.map((header, column) => {
          const field = mapping[column] ?? 'notes';
          const examples = columnExamples(layout, column, 3, DATE_FIELDS.has(field) ? dateFormat : undefined);
          const meaning = columnMeaning(field, header, examples[0], { dateColumn: dateColumn === -1 ? undefined : layout.headers[dateColumn], dateFormat });
          const described = [meaning ? `${id}-means-${column}` : '', `${id}-eg-${column}`].filter(Boolean).join(' ');
          return (
            <div className={`mapping-column mapping-column-${field}`} key={column}>
              <label htmlFor={`${id}-col-${column}`}>
                <span className="mapping-number">Column {column + 1}:</span> {header.trim() === '' ? '(no heading)' : header.trim()}
              </label>
              <select
                id={`${id}-col-${column}`}
                value={field}
                title={COLUMN_FIELD_LABELS[field]}
                onChange={(e) => setField(column, e.target.value as ColumnField)}
                aria-describedby={described}
              >
                {COLUMN_FIELDS.map((f) => (
                  <option key={f} value={f}>
                    {COLUMN_FIELD_LABELS[f]}
                  </option>
                ))}
              </select>
              {meaning && (
                <p className="mapping-meaning" id={`${id}-means-${column}`}>
                  {meaning}
                </p>
              )}
              <ul className="mapping-examples" id={`${id}-eg-${column}`} aria-label={`First values in column ${column + 1}`}>
                {examples.length === 0 ? <li className="muted">Nothing in the first rows</li> : examples.map((value, i) => <li key={i}>{value}</li>)}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}

interface ChoicesProps {
  choices: MappingChoices;
  onChange(choices: MappingChoices): void;
  /** No layout maps a committee column, so the committee must come from somewhere else. */
  needsCommittee: boolean;
  /** Several sheets are chosen, so each sheet's name could be its committee. */
  severalSheets: boolean;
}

/** The choices that are not about one column: the committee and how dates are written. */
export function MappingChoicesFields({ choices, onChange, needsCommittee, severalSheets }: ChoicesProps) {
  const id = useId();
  const { committeeName, dateFormat, tableNameIsCommittee } = choices;
  return (
    <div className="field-grid">
      {needsCommittee && severalSheets && (
        <div className="field field-check">
          <input id={`${id}-sheets`} type="checkbox" checked={tableNameIsCommittee} onChange={(e) => onChange({ ...choices, tableNameIsCommittee: e.target.checked })} />
          <label htmlFor={`${id}-sheets`}>Each sheet&rsquo;s name is its committee</label>
        </div>
      )}
      {needsCommittee && !(severalSheets && tableNameIsCommittee) && (
        <div className="field field-span">
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
  );
}

/** What must be chosen before the preview, in words; null when the choices will do. */
export function mappingProblem(layouts: ReadonlyArray<TableLayout>, choices: MappingChoices, severalSheets: boolean): string | null {
  if (layouts.length === 0) return 'Choose at least one sheet to import.';
  const mappings = layouts.map((l) => choices.mappings[l.key] ?? []);
  if (mappings.some((m) => !m.includes('text'))) return 'Choose the column that holds the recommendations.';
  const named = mappings.every((m) => m.includes('committee')) || (severalSheets && choices.tableNameIsCommittee);
  if (!named && choices.committeeName.trim() === '') return 'Give the committee’s name, or choose the column that names it.';
  return null;
}
