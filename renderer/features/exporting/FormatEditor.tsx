// Making a format from another: columns chosen, put in order (dragged, or moved with buttons from the keyboard), renamed and widened; grouping, order and period line.
import { useEffect, useId, useState, type DragEvent } from 'react';
import { FIELD_NAMES, FORMAT_FIELDS, type ExportFormat, type FormatColumn, type FormatField } from '../../../shared/index';
import { SelectField, TextField } from '../../ui/fields';

interface Props {
  format: ExportFormat;
  onChange(format: ExportFormat): void;
}

const GROUPING_NAMES: Record<ExportFormat['grouping'], string> = {
  headings: 'Meeting and item as headings, a table per item (as the appendix)',
  merged: 'One table, meeting and item printed once for their rows (as the schedule)',
  rows: 'One table, every row complete',
  items: 'A table per meeting, a row per agenda item (as the responses tracker)',
};

const ORDER_NAMES: Record<ExportFormat['order'], string> = {
  meeting: 'Meetings oldest first',
  'meeting-newest': 'Meetings newest first',
  'due-date': 'By date received (one-table layouts)',
  'target-date': 'By target date (one-table layouts)',
};

/** Read by screen readers, not shown: what a move did. */
const offscreen = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

const rowStyle = { display: 'grid', gridTemplateColumns: 'auto minmax(9rem, 1fr) minmax(9rem, 1.3fr) 6rem auto', gap: '0.5rem', alignItems: 'end' };

export function moveColumn(columns: readonly FormatColumn[], from: number, to: number): FormatColumn[] {
  if (to < 0 || to >= columns.length || from === to) return [...columns];
  const next = [...columns];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export function FormatEditor({ format, onChange }: Props) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [adding, setAdding] = useState<FormatField>('leadOfficer');
  const [announce, setAnnounce] = useState('');
  // After a move from the keyboard, focus stays on the same button of the column that moved.
  const [refocus, setRefocus] = useState<string | null>(null);
  const base = useId();
  const periodId = useId();
  useEffect(() => {
    if (refocus === null) return;
    const button = document.getElementById(refocus);
    if (button instanceof HTMLButtonElement && !button.disabled) button.focus();
    setRefocus(null);
  }, [refocus]);
  const columns = format.columns;
  const total = columns.reduce((a, c) => a + c.width, 0);

  function setColumns(next: FormatColumn[], message = '') {
    onChange({ ...format, columns: next });
    setAnnounce(message);
  }
  function patchColumn(index: number, patch: Partial<FormatColumn>) {
    setColumns(columns.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  }
  function move(index: number, to: number, button?: 'up' | 'down') {
    const c = columns[index]!;
    if (button) setRefocus(`${base}-${button}-${to}`);
    setColumns(moveColumn(columns, index, to), `${c.heading || FIELD_NAMES[c.field]} is now column ${to + 1} of ${columns.length}.`);
  }
  function drop(event: DragEvent, index: number) {
    event.preventDefault();
    if (dragging !== null) move(dragging, index);
    setDragging(null);
  }

  return (
    <div>
      <div className="field-grid">
        <TextField label="Format name" value={format.name} maxLength={80} onChange={(e) => onChange({ ...format, name: e.target.value })} />
        <SelectField
          label="Layout"
          value={format.grouping}
          onChange={(e) => onChange({ ...format, grouping: e.target.value as ExportFormat['grouping'] })}
          options={Object.entries(GROUPING_NAMES).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          label="Order"
          value={format.order}
          onChange={(e) => onChange({ ...format, order: e.target.value as ExportFormat['order'] })}
          options={Object.entries(ORDER_NAMES).map(([value, label]) => ({ value, label }))}
        />
        <TextField
          label="Title"
          value={format.title}
          maxLength={300}
          hint="{committee} is the committee's name; {number} the appendix number"
          onChange={(e) => onChange({ ...format, title: e.target.value })}
        />
      </div>
      <div className="field" style={{ flexDirection: 'row', gap: '0.4rem', alignItems: 'center', display: 'flex' }}>
        <input id={periodId} type="checkbox" checked={format.showPeriod} onChange={(e) => onChange({ ...format, showPeriod: e.target.checked })} />
        <label htmlFor={periodId}>Print the period under the title</label>
      </div>

      <h4 style={{ margin: '0.5rem 0 0.25rem' }}>Columns</h4>
      <p className="field-hint" style={{ margin: '0 0 0.25rem' }}>
        Drag a column by its number, or use Move up and Move down. Widths are shares of the page width ({total} in all).
      </p>
      <p role="status" style={offscreen}>
        {announce}
      </p>
      <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Columns, in order">
        {columns.map((column, index) => (
          <li
            key={`${index}-${column.field}`}
            draggable
            onDragStart={(e) => {
              setDragging(index);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => drop(e, index)}
            onDragEnd={() => setDragging(null)}
            style={{ ...rowStyle, padding: '0.25rem 0', borderTop: '1px solid var(--line)', opacity: dragging === index ? 0.5 : 1 }}
          >
            <span aria-hidden="true" style={{ cursor: 'grab', padding: '0 0.25rem 0.5rem', fontWeight: 'bold' }} title="Drag to move">
              ⠿ {index + 1}
            </span>
            <SelectField
              label={`Column ${index + 1}: field`}
              value={column.field}
              onChange={(e) => patchColumn(index, { field: e.target.value as FormatField })}
              options={FORMAT_FIELDS.map((f) => ({ value: f, label: FIELD_NAMES[f] }))}
            />
            <TextField label={`Column ${index + 1}: heading`} value={column.heading} maxLength={120} onChange={(e) => patchColumn(index, { heading: e.target.value })} />
            <TextField
              label={`Column ${index + 1}: width`}
              type="number"
              min={2}
              max={100}
              value={String(column.width)}
              onChange={(e) => {
                const width = Number(e.target.value);
                if (Number.isFinite(width) && width >= 2 && width <= 100) patchColumn(index, { width });
              }}
            />
            <span style={{ display: 'flex', gap: '0.25rem', paddingBottom: '0.4rem' }}>
              <button type="button" className="button button-small" disabled={index === 0} id={`${base}-up-${index}`} onClick={() => move(index, index - 1, 'up')} aria-label={`Move up column ${index + 1}`}>
                Move up
              </button>
              <button
                type="button"
                className="button button-small"
                id={`${base}-down-${index}`}
                disabled={index === columns.length - 1}
                onClick={() => move(index, index + 1, 'down')}
                aria-label={`Move down column ${index + 1}`}
              >
                Move down
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={columns.length === 1}
                onClick={() => setColumns(columns.filter((_, i) => i !== index), `Column ${index + 1} removed.`)}
                aria-label={`Remove column ${index + 1}`}
              >
                Remove
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'end', marginTop: '0.4rem' }}>
        <SelectField
          label="Add a column"
          value={adding}
          onChange={(e) => setAdding(e.target.value as FormatField)}
          options={FORMAT_FIELDS.map((f) => ({ value: f, label: FIELD_NAMES[f] }))}
        />
        <button
          type="button"
          className="button button-small"
          style={{ marginBottom: '0.5rem' }}
          disabled={columns.length >= 12}
          onClick={() => setColumns([...columns, { field: adding, heading: FIELD_NAMES[adding], width: 15 }], `${FIELD_NAMES[adding]} added as column ${columns.length + 1}.`)}
        >
          Add column
        </button>
      </div>
    </div>
  );
}
