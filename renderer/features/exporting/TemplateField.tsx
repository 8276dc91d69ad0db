// Choosing the council's own Word template (.docx with {{tracker}} where the tables go), which is remembered for the committee.
import { useId, useState } from 'react';
import { templatePlaceholders } from '../../../shared/index';
import { describeError } from '../../db/index';
import { readTemplateFile, type ChosenTemplate } from './formats';

interface Props {
  template: ChosenTemplate | null;
  onChange(template: ChosenTemplate | null): void;
}

export function TemplateField({ template, onChange }: Props) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    setProblem(null);
    if (!file) return;
    try {
      const chosen = await readTemplateFile(file);
      const found = await templatePlaceholders(chosen.data);
      if (!found.includes('tracker')) {
        throw new Error(`${file.name} has no {{tracker}} in it. Type {{tracker}} on a line of its own where the tables should go, save it and choose it again.`);
      }
      onChange(chosen);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      input.value = '';
    }
  }

  return (
    <div className={problem ? 'field field-error' : 'field'}>
      <label htmlFor={id}>Council template (Word .docx, optional)</label>
      <span className="field-hint" id={`${id}-hint`}>
        {template
          ? `The tables go into ${template.name}, where it says {{tracker}}; its header, footer and styles are kept. Remembered for this committee.`
          : 'None: the app’s own page, header and footer. A template needs {{tracker}} on a line of its own; {{committee}}, {{period}}, {{version}}, {{date}} and {{author}} are filled in too.'}
      </span>
      {problem && (
        <span className="field-message" role="alert">
          {problem}
        </span>
      )}
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <input id={id} type="file" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" aria-describedby={`${id}-hint`} onChange={(e) => void choose(e.currentTarget)} />
        {template && (
          <button type="button" className="button button-small" onClick={() => onChange(null)}>
            Remove template
          </button>
        )}
      </div>
    </div>
  );
}
