// A group of radio buttons in a fieldset with its legend: one choice among a few, each option labelled.
import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface Props<T extends string> {
  legend: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange(value: T): void;
}

// Inline styles: the export dialog's few layout needs, kept in its own folder.
const fieldsetStyle = { border: '1px solid var(--line)', padding: '0.4rem 0.75rem 0.6rem', margin: '0 0 0.75rem', minWidth: 0 };
const optionStyle = { display: 'flex', gap: '0.4rem', alignItems: 'baseline', margin: '0.2rem 0' };

export function ChoiceGroup<T extends string>({ legend, value, choices, onChange }: Props<T>) {
  const name = useId();
  return (
    <fieldset style={fieldsetStyle}>
      <legend style={{ fontWeight: 'bold', fontSize: '0.9rem', padding: '0 0.25rem' }}>{legend}</legend>
      {choices.map((c) => {
        const id = `${name}-${c.value}`;
        return (
          <div key={c.value} style={optionStyle}>
            <input
              type="radio"
              id={id}
              name={name}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
            />
            <label htmlFor={id}>
              {c.label}
              {c.hint && (
                <span className="field-hint">
                  {' '}
                  ({c.hint})
                </span>
              )}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
