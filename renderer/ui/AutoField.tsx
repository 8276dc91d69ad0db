// Text fields that save as the officer types (after a short pause, and on leaving the field), so
// there is no Save button to forget. A failed save keeps the typed text and says why.
import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  label: string;
  value: string;
  onSave(value: string): Promise<boolean>;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  id?: string;
  type?: 'text' | 'date';
  placeholder?: string;
}

const PAUSE_MS = 600;

export function AutoField({ label, value, onSave, multiline, rows = 3, hint, id, type = 'text', placeholder }: Props) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  const [draft, setDraft] = useState(value);
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ draft, value, onSave });
  latest.current = { draft, value, onSave };

  // Outside changes (undo, another field's save) show unless the officer is mid-edit here.
  useEffect(() => {
    if (!dirty.current) setDraft(value);
  }, [value]);

  async function flush() {
    window.clearTimeout(timer.current);
    const { draft: text, value: saved, onSave: save } = latest.current;
    if (!dirty.current) return;
    dirty.current = false;
    if (text !== saved && !(await save(text))) dirty.current = true;
  }

  // Leaving the record (or closing the pane) saves what was typed.
  useEffect(() => () => void flush(), []);

  function change(next: string) {
    setDraft(next);
    dirty.current = true;
    window.clearTimeout(timer.current);
    // Dates save on leaving the field: a half-typed date reads as empty and must not clear the old one.
    if (type !== 'date') timer.current = window.setTimeout(() => void flush(), PAUSE_MS);
  }

  const common = {
    id: fieldId,
    value: draft,
    'aria-describedby': hint ? `${fieldId}-hint` : undefined,
    onBlur: () => void flush(),
    placeholder,
  };
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {hint && (
        <span className="field-hint" id={`${fieldId}-hint`}>
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => change(e.target.value)} />
      )}
    </div>
  );
}
