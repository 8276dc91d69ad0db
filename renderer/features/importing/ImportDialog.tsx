// Imports a tracker file in the interchange shape (JSON): pick it, see what it holds, then import.
import { useState } from 'react';
import { readInterchange, type Tracker } from '../../../shared/index';
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';
import { importInterchangeText } from '../actions';

const MAX_BYTES = 50 * 1024 * 1024;

export function ImportDialog() {
  const close = useUi((s) => s.closeDialog);
  const [file, setFile] = useState<{ name: string; text: string; tracker: Tracker } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function choose(chosen: File | undefined) {
    setFile(null);
    setProblem(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) return setProblem(`${chosen.name} is too large to be a tracker file (over 50 MB).`);
    const text = await chosen.text();
    try {
      setFile({ name: chosen.name, text, tracker: readInterchange(JSON.parse(text)) });
    } catch (error) {
      const why = error instanceof SyntaxError ? 'it is not valid JSON' : (error as Error).message;
      setProblem(`${chosen.name} cannot be imported: ${why}.`);
    }
  }

  async function submit() {
    if (file && (await importInterchangeText(file.text, file.name))) close();
  }

  const t = file?.tracker;
  return (
    <Dialog title="Import a tracker file" onClose={close} onSubmit={submit} submitLabel="Import" submitDisabled={!file}>
      <p>Choose a tracker saved in the interchange format (.json). What it holds is added to your tracker; anything already there is left as it is.</p>
      <div className="field">
        <label htmlFor="import-file">Tracker file</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {t && (
        <p role="status">
          {t.committees[0]?.name}: {t.meetings.length} meetings, {t.items.length} agenda items, {t.recommendations.length} recommendations.
        </p>
      )}
    </Dialog>
  );
}
