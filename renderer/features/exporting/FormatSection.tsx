// The "Format" part of the export dialog: the built-in format or one of the officer's, made from another, saved under a name, saved to or opened from a file, with a live preview.
import { useEffect, useId, useState } from 'react';
import { DEFAULT_OUTCOME_LABELS, parseFormat, serializeFormat, type ExportFormat, type Tracker } from '../../../shared/index';
import { describeError, getDb } from '../../db/index';
import { platform } from '../../platform/index';
import { SelectField } from '../../ui/fields';
import type { ExportChoices } from './buildExport';
import { FormatEditor } from './FormatEditor';
import { FormatPreview } from './FormatPreview';
import { deleteFormat, formatFromDocument, loadSavedFormats, saveFormat } from './formats';
import { SCHEDULE_STATUS_LABELS, withDefaults } from './preferences';

interface Props {
  choices: ExportChoices;
  tracker: Tracker | null;
  onChange(custom: ExportFormat | null): void;
}

export function FormatSection({ choices, tracker, onChange }: Props) {
  const [saved, setSaved] = useState<ExportFormat[]>([]);
  const [picked, setPicked] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const openId = useId();

  useEffect(() => {
    let live = true;
    void loadSavedFormats(getDb())
      .catch(() => [])
      .then((list) => {
        if (live) setSaved(list);
      });
    return () => {
      live = false;
    };
  }, []);

  const page = { orientation: choices.orientation, font: choices.font, fontSize: choices.fontSize, which: choices.which };
  const shown: ExportFormat = { ...(choices.custom ?? formatFromDocument(choices.document, choices.columns, page)), ...page, fontSize: Number.isFinite(choices.fontSize) ? choices.fontSize : 11 };

  function say(text: string) {
    setMessage(text);
    setProblem(null);
  }
  function fail(error: unknown) {
    setProblem(describeError(error));
    setMessage(null);
  }

  async function save() {
    try {
      const list = await saveFormat(getDb(), shown);
      setSaved(list);
      setPicked(shown.name);
      say(`Saved as “${shown.name}”. It is in Your formats next time.`);
    } catch (error) {
      fail(error);
    }
  }

  async function saveToFile() {
    try {
      const text = serializeFormat(shown);
      const result = await platform.saveFile({
        suggestedName: `${shown.name.replace(/[\\/:*?"<>|]+/g, '-')}.format.json`,
        data: new TextEncoder().encode(text),
        mimeType: 'application/json',
        filters: [{ name: 'Export format', extensions: ['json'] }],
      });
      if (result === 'saved') say('The format was saved to a file, which a colleague can open in their export dialog.');
    } catch (error) {
      fail(error);
    }
  }

  async function open(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    try {
      if (file.size > 256 * 1024) throw new Error(`${file.name} is too large to be a saved format.`);
      const format = parseFormat(await file.text());
      onChange(format);
      say(`Opened “${format.name}”. Save it to keep it in Your formats.`);
    } catch (error) {
      fail(error);
    } finally {
      input.value = '';
    }
  }

  async function remove() {
    try {
      setSaved(await deleteFormat(getDb(), picked));
      say(`“${picked}” was deleted from Your formats.`);
      setPicked('');
    } catch (error) {
      fail(error);
    }
  }

  return (
    <details style={{ margin: '0 0 0.75rem' }} open={choices.custom !== null}>
      <summary style={{ fontWeight: 'bold', cursor: 'pointer', padding: '0.25rem 0' }}>Format: columns and layout</summary>
      <p className="field-hint">
        {choices.custom
          ? `Exporting in the format “${choices.custom.name}”.`
          : 'Exporting in the built-in format chosen above. Make your own from it: choose the columns, their order, headings and widths.'}
      </p>
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'end' }}>
        {choices.custom === null ? (
          <button type="button" className="button button-small" onClick={() => onChange(shown)}>
            Make a format from this one
          </button>
        ) : (
          <button type="button" className="button button-small" onClick={() => onChange(null)}>
            Back to the built-in format
          </button>
        )}
        {saved.length > 0 && (
          <>
            <SelectField
              label="Your formats"
              value={picked}
              onChange={(e) => setPicked(e.target.value)}
              options={[{ value: '', label: 'Choose a saved format' }, ...saved.map((f) => ({ value: f.name, label: f.name }))]}
            />
            <button
              type="button"
              className="button button-small"
              style={{ marginBottom: '0.5rem' }}
              disabled={picked === ''}
              onClick={() => {
                const f = saved.find((x) => x.name === picked);
                if (f) onChange(f);
              }}
            >
              Use this format
            </button>
            <button type="button" className="button button-small" style={{ marginBottom: '0.5rem' }} disabled={picked === ''} onClick={() => void remove()}>
              Delete it
            </button>
          </>
        )}
      </div>
      <div className="field">
        <label htmlFor={openId}>Open a format file (.json)</label>
        <input id={openId} type="file" accept=".json,application/json" onChange={(e) => void open(e.currentTarget)} />
      </div>

      {choices.custom && (
        <>
          <FormatEditor format={shown} onChange={(f) => onChange(f)} />
          <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', margin: '0.5rem 0' }}>
            <button type="button" className="button button-small" onClick={() => void save()}>
              Save format
            </button>
            <button type="button" className="button button-small" onClick={() => void saveToFile()}>
              Save format to a file…
            </button>
          </div>
        </>
      )}
      {message && (
        <p role="status" className="muted">
          {message}
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {tracker && (
        <FormatPreview
          tracker={tracker}
          format={shown}
          scope={{ committeeId: choices.committeeId, from: choices.from, to: choices.to }}
          statusLabels={withDefaults(choices.statusLabels, SCHEDULE_STATUS_LABELS)}
          outcomeLabels={withDefaults(choices.outcomeLabels, DEFAULT_OUTCOME_LABELS)}
        />
      )}
    </details>
  );
}
