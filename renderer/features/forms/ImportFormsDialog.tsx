// "Import returned forms…": reads a returned response or update form (chosen, or dropped on the window), shows per
// recommendation what would change and what could not be read, and takes in the ticked ones in one transaction.
import { useId, useState } from 'react';
import { formatLongDate, planReturnedForm, readResponseForm, showValue, todayIso, type FormPlan } from '../../../shared/index';
import { applyFormPlan, describeError, getDb, trackerForForms, undoFormPlan } from '../../db/index';
import { useUndo } from '../../state/undo';
import { useDroppedFile } from '../../state/useDroppedFile';
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';
import './forms.css';

export function ImportFormsDialog() {
  const close = () => useUi.getState().closeDialog();
  const inputId = useId();
  const [fileName, setFileName] = useState('');
  const [plan, setPlan] = useState<FormPlan | null>(null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const today = todayIso();

  async function open(file: File) {
    setBusy(true);
    setProblem(null);
    setPlan(null);
    setFileName(file.name);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const tracker = await trackerForForms(getDb());
      const reading = await readResponseForm(bytes, tracker);
      const sentTo = (tracker.forms ?? []).find((f) => f.formReference === reading.formReference)?.to;
      const next = planReturnedForm(reading, tracker, { returnedOn: today, sentTo });
      setPlan(next);
      setTicked(new Set(next.entries.filter((e) => e.recommendationId && (e.changes.length > 0 || e.progress)).map((e) => e.recommendationId!)));
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  useDroppedFile((file) => void open(file));

  async function apply() {
    if (!plan || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const chosen = [...ticked];
      const done = await applyFormPlan(getDb(), plan, chosen, today);
      let latest = done.undo;
      useUndo.getState().push({
        label: 'taking in the returned form',
        undo: () => undoFormPlan(getDb(), latest),
        redo: async () => {
          latest = (await applyFormPlan(getDb(), plan, chosen, today)).undo;
        },
      });
      useUi.getState().notify(`Took in the returned form for ${done.recommendations} recommendation${done.recommendations === 1 ? '' : 's'}: ${done.changes} change${done.changes === 1 ? '' : 's'}${done.updates > 0 ? ` and ${done.updates} progress update${done.updates === 1 ? '' : 's'}` : ''}.`, 'info', true);
      close();
    } catch (error) {
      setProblem(describeError(error));
      setBusy(false);
    }
  }

  function toggle(id: string, on: boolean) {
    setTicked((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  const count = ticked.size;
  return (
    <Dialog
      title="Import returned forms"
      onClose={close}
      wide
      onSubmit={plan ? apply : undefined}
      submitLabel={`Take in ${count} recommendation${count === 1 ? '' : 's'}`}
      submitDisabled={busy || count === 0}
    >
      <div className="field">
        <label htmlFor={inputId}>A returned response or update form (.docx or .xlsx)</label>
        <input
          id={inputId}
          type="file"
          accept=".docx,.xlsx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void open(file);
          }}
        />
        <p className="field-hint">Or drop the file on the window.</p>
      </div>
      {busy && !plan && <p role="status">Reading {fileName}…</p>}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {plan && (
        <>
          <p className="form-summary">
            {plan.kind === 'update' ? 'Update form' : 'Response form'} {plan.formReference ?? '(its reference was lost)'}
            {plan.givenBy ? `, completed by ${plan.givenBy}` : ''}. Dated {formatLongDate(plan.respondedOn)}
            {plan.respondedOn === today ? ' (the day it came back)' : ' (as the form says)'}.
          </p>
          <ul className="form-review">
            {plan.entries.map((entry, index) => {
              const id = entry.recommendationId;
              const nothing = entry.changes.length === 0 && !entry.progress;
              const boxId = `form-entry-${index}`;
              return (
                <li key={`${id ?? 'row'}-${index}`} className={id ? 'form-entry' : 'form-entry form-entry-unmatched'}>
                  <div className="form-entry-head">
                    {id ? (
                      <input type="checkbox" id={boxId} checked={ticked.has(id)} disabled={nothing} onChange={(e) => toggle(id, e.target.checked)} />
                    ) : (
                      <span className="form-flag">Not matched</span>
                    )}
                    <label htmlFor={id ? boxId : undefined}>
                      {entry.label ? `${entry.label}. ` : ''}
                      {entry.text.length > 140 ? `${entry.text.slice(0, 140).trimEnd()}…` : entry.text || '(no words)'}
                    </label>
                  </div>
                  {entry.changes.length > 0 && (
                    <table className="form-changes">
                      <caption className="visually-hidden">Changes to this recommendation</caption>
                      <thead>
                        <tr>
                          <th scope="col">Field</th>
                          <th scope="col">Now</th>
                          <th scope="col">From the form</th>
                        </tr>
                      </thead>
                      <tbody>
                        {entry.changes.map((c) => (
                          <tr key={c.field}>
                            <th scope="row">{c.label}</th>
                            <td>{showValue(c.field, c.from)}</td>
                            <td>{showValue(c.field, c.to)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  {entry.targetReason !== undefined && entry.targetReason !== '' && <p className="form-note">Reason for the new target date: {entry.targetReason}</p>}
                  {entry.progress && (
                    <p className="form-note">
                      Progress update, {formatLongDate(entry.progress.date)}: {entry.progress.text}
                    </p>
                  )}
                  {id && nothing && <p className="form-note muted">Nothing to change: the form left this one blank, or says what the tracker holds.</p>}
                  {entry.problems.length > 0 && (
                    <ul className="form-problems">
                      {entry.problems.map((p) => (
                        <li key={p}>
                          <strong>Could not read: </strong>
                          {p}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Dialog>
  );
}
