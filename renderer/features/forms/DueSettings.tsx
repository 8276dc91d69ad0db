// The two settings of "due a progress update": how near a target date counts, and how old a last update may be.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DEFAULT_FORMS_DUE, type FormsDueSettings } from '../../../shared/index';
import { describeError, getDb, getSetting, setSetting } from '../../db/index';
import { TextField } from '../../ui/fields';
import { FORMS_DUE_KEY } from './useForms';

export function DueSettings() {
  const saved = useLiveQuery(() => getSetting<FormsDueSettings>(getDb(), FORMS_DUE_KEY, DEFAULT_FORMS_DUE), []);
  const [draft, setDraft] = useState<{ nearDays: string; staleMonths: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!saved) return null;
  const shown = draft ?? { nearDays: String(saved.nearDays), staleMonths: String(saved.staleMonths) };

  async function save() {
    const nearDays = Number(shown.nearDays);
    const staleMonths = Number(shown.staleMonths);
    if (!Number.isInteger(nearDays) || nearDays < 0 || nearDays > 365) return setProblem('Days before the target date should be a whole number from 0 to 365.');
    if (!Number.isInteger(staleMonths) || staleMonths < 1 || staleMonths > 36) return setProblem('Months since the last update should be a whole number from 1 to 36.');
    try {
      await setSetting(getDb(), FORMS_DUE_KEY, { nearDays, staleMonths });
      setProblem(null);
      setDraft(null);
    } catch (error) {
      setProblem(describeError(error));
    }
  }

  return (
    <details className="forms-due-settings">
      <summary>When an update is due</summary>
      <div className="chase-log-form">
        <TextField label="Days before the target date" type="number" min={0} max={365} value={shown.nearDays} onChange={(e) => setDraft({ ...shown, nearDays: e.target.value })} />
        <TextField label="Months since the last update" type="number" min={1} max={36} value={shown.staleMonths} onChange={(e) => setDraft({ ...shown, staleMonths: e.target.value })} />
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="button button-small" disabled={draft === null} onClick={() => void save()}>
        Save
      </button>
    </details>
  );
}
