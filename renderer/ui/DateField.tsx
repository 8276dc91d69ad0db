// The app's one date field: officers type a date day first (12/9/24, 12 Sept 2024, ...), whatever the
// browser's locale, and see it read back in words beside it. A browser's own date box follows the
// browser's locale (mm/dd/yyyy in en-US) and stored 12/09/2024 as 9 December; this field never does.
// An impossible date is refused by the field with a message, and what was typed stays to be mended.
import { useId, useState, type Ref } from 'react';
import { formatInputDate, formatWeekdayDate, readDateInput } from '../../shared/index';

export interface DateFieldProps {
  label: string;
  /** The stored date, YYYY-MM-DD, or '' for none. */
  value: string;
  /**
   * Called as the officer types: a YYYY-MM-DD date, '' when the field is emptied, or null while the
   * text is not a date (the form must then save nothing).
   */
  onChange(date: string | null): void;
  /** Called on leaving the field, with what the text reads as (as onChange). */
  onLeave?(date: string | null): void;
  hint?: string;
  /** A message from the form (for example "Enter the meeting date"); shown in place of the field's own. */
  error?: string | null;
  id?: string;
  autoFocus?: boolean;
  /** True where an empty field is an error rather than "no date". */
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onKeyDown?(event: React.KeyboardEvent<HTMLInputElement>): void;
  /** Extra class on the wrapper (for example "field-inline" in the filter bar). */
  className?: string;
}

/** What a text reads as: a date, '' for empty, or null with the reason it is not a date. */
function reading(text: string): { date: string | null; message: string | null } {
  if (text.trim() === '') return { date: '', message: null };
  const read = readDateInput(text);
  return read.ok ? { date: read.iso, message: null } : { date: null, message: read.message };
}

export function DateField({ label, value, onChange, onLeave, hint, error, id, autoFocus, required, inputRef, onKeyDown, className }: DateFieldProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  const [text, setText] = useState(() => formatInputDate(value));
  const [shown, setShown] = useState(value);
  const [left, setLeft] = useState(false);
  const current = reading(text);

  // A new value from outside (undo, another record, a form reset) replaces the text, unless the text
  // already reads as that date (the officer's own typing coming back), or the form has set '' because
  // the text is not a date (the officer's text stays, to be mended).
  if (value !== shown) {
    setShown(value);
    if (current.date !== value && !(value === '' && current.date === null)) {
      setText(formatInputDate(value));
      setLeft(false);
    }
  }

  const ownMessage = left ? (current.message ?? (required && current.date === '' ? `Enter ${label.toLowerCase()}.` : null)) : null;
  const message = error ?? ownMessage;
  const words = current.date ? formatWeekdayDate(current.date) : '';
  const describedBy = [hint ? `${fieldId}-hint` : '', message ? `${fieldId}-error` : '', words ? `${fieldId}-words` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className={['field', 'date-field', message ? 'field-error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={fieldId}>{label}</label>
      {hint && (
        <span className="field-hint" id={`${fieldId}-hint`}>
          {hint}
        </span>
      )}
      {message && (
        <span className="field-message" id={`${fieldId}-error`} role="alert">
          {message}
        </span>
      )}
      <div className="date-field-row">
        <input
          id={fieldId}
          ref={inputRef}
          type="text"
          autoComplete="off"
          spellCheck={false}
          className="date-field-input"
          placeholder="dd/mm/yyyy"
          value={text}
          autoFocus={autoFocus}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          onKeyDown={onKeyDown}
          onChange={(e) => {
            const next = e.target.value;
            setText(next);
            // The message goes once the text reads as a date; a new one waits until the officer leaves.
            if (left && reading(next).date !== null) setLeft(false);
            onChange(reading(next).date);
          }}
          onBlur={() => {
            setLeft(true);
            onLeave?.(current.date);
          }}
        />
        <span className="date-field-words" id={`${fieldId}-words`}>
          {words}
        </span>
      </div>
    </div>
  );
}

/** A form's message for a date field whose text is not a date (null from onChange), or empty when it must not be. */
export function dateProblem(label: string, date: string | null, required = false): string | null {
  if (date === null) return `${label} must be a real date, written day first (for example 12/09/2024).`;
  if (required && date === '') return `Enter ${label.toLowerCase()}.`;
  return null;
}
