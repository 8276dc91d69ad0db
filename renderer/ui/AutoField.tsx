// Text fields that save as the officer types (after a short pause, and on leaving the field), so
// there is no Save button to forget. A failed save keeps the typed text and says why. What is typed
// is also noted in the drafts journal at once, and every pending save runs when the page is left,
// so a reload or a closed window within the pause loses nothing.
import { useEffect, useId, useRef, useState } from 'react';
import { draftJournal, type DraftTarget } from '../features/drafts/journal';
import { onFlushPending } from '../features/drafts/flush';
import { DateField } from './DateField';

interface Props {
  label: string;
  value: string;
  onSave(value: string): Promise<boolean>;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  id?: string;
  /** A date: the app's date field, saved once its text reads as a real date. */
  date?: boolean;
  placeholder?: string;
  /** The record field this edits: typing is journalled against it, so it survives a reload. */
  draft?: DraftTarget;
}

const PAUSE_MS = 600;

export function AutoField({ label, value, onSave, multiline, rows = 3, hint, id, date: isDate, placeholder, draft: target }: Props) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  const [draft, setDraft] = useState(value);
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ draft, value, onSave, target });
  latest.current = { draft, value, onSave, target };

  // Outside changes (undo, another field's save) show unless the officer is mid-edit here.
  useEffect(() => {
    if (!dirty.current) setDraft(value);
  }, [value]);

  async function flush() {
    window.clearTimeout(timer.current);
    const { draft: text, value: saved, onSave: save, target: journalled } = latest.current;
    if (!dirty.current) return;
    dirty.current = false;
    if (text === saved) {
      if (journalled) draftJournal.clear(journalled);
      return;
    }
    if (await save(text)) {
      if (journalled) draftJournal.clear(journalled);
    } else dirty.current = true;
  }

  // Leaving the record (or closing the pane) saves what was typed; so does leaving the page.
  useEffect(() => {
    const stop = onFlushPending(flush);
    return () => {
      stop();
      void flush();
    };
  }, []);

  function change(next: string) {
    setDraft(next);
    dirty.current = true;
    if (target) draftJournal.record(target, next, value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), PAUSE_MS);
  }

  if (isDate) {
    // A date is saved only once its text reads as a real date; while it does not, nothing is saved.
    return (
      <DateField
        id={fieldId}
        label={label}
        hint={hint}
        value={value}
        onChange={(date) => {
          window.clearTimeout(timer.current);
          if (date === null) {
            dirty.current = false;
            if (target) draftJournal.clear(target);
            return;
          }
          setDraft(date);
          latest.current.draft = date;
          dirty.current = true;
          if (target) draftJournal.record(target, date, value);
        }}
        onLeave={() => void flush()}
      />
    );
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
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
    </div>
  );
}
