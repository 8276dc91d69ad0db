// Labelled form controls. Every control has a visible label tied to it, and an optional hint.
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface Labelled {
  label: string;
  hint?: string;
  error?: string | null;
  /** The label beside the control rather than above it (compact bars). */
  inline?: boolean;
}

function Wrap({ id, label, hint, error, inline, children }: Labelled & { id: string; children: ReactNode }) {
  return (
    <div className={['field', error ? 'field-error' : '', inline ? 'field-inline' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-message" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function TextField({ label, hint, error, inline: _inline, id: givenId, ...rest }: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <Wrap id={id} label={label} hint={hint} error={error}>
      <input id={id} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} {...rest} />
    </Wrap>
  );
}

export function TextArea({ label, hint, error, inline: _inline, id: givenId, ...rest }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <Wrap id={id} label={label} hint={hint} error={error}>
      <textarea id={id} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} {...rest} />
    </Wrap>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ label, hint, error, options, inline, id: givenId, ...rest }: Labelled & SelectHTMLAttributes<HTMLSelectElement> & { options: Option[] }) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <Wrap id={id} label={label} hint={hint} error={error} inline={inline}>
      <select id={id} aria-describedby={describedBy(id, hint, error)} {...rest}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}
