// "Chase…": one person's picked recommendations, the level (suggested, changeable), whom to, the
// greeting and the template's words (editable), and the letter, email draft or email text. Making a
// letter is not sending it: the chase is logged once, when the officer says it was sent, and how.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  CHASE_LEVEL_LABELS,
  CHASE_METHOD_LABELS,
  CHASE_METHODS,
  formatLongDate,
  greetingFor,
  newChaseRecords,
  responseState,
  suggestChaseLevel,
  type BoardInput,
  type ChaseLevel,
  type ChaseMethod,
  type ChasingSettings,
} from '../../../shared/index';
import { describeError } from '../../db/index';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { ChoiceGroup } from '../exporting/ChoiceGroup';
import { copyToClipboard, emailText, OUTPUT_METHOD, produceChase, templateText, type ChaseForm, type ChaseOutput } from './chaseFiles';
import { logChaseWithUndo } from './chasingActions';
import { useChases } from './useBoard';

interface Props {
  items: BoardInput[];
  settings: ChasingSettings;
  today: string;
  onClose(): void;
}

const LEVEL_HINTS: Record<ChaseLevel, string> = {
  reminder: 'before the due date',
  chase: 'once the response is overdue',
  escalation: 'to someone senior, when chasing has not brought a reply',
};

const OUTPUT_DONE: Record<ChaseOutput, string> = {
  letter: 'Letter saved.',
  eml: 'Email draft saved: open it to check it and send it.',
  copy: 'Email text copied: paste it into a new email.',
};

export function ChaseDialog({ items, settings, today, onClose }: Props) {
  const ids = useMemo(() => items.map((i) => i.recommendation.id), [items]);
  const history = useChases(ids);
  const [form, setForm] = useState<ChaseForm | null>(null);
  const [suggested, setSuggested] = useState<ChaseLevel | null>(null);
  const [edited, setEdited] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  // One chase, logged once: the way it went (offered from what was made) and whether it has been logged.
  const [sentBy, setSentBy] = useState<ChaseMethod>('letter');
  const [logged, setLogged] = useState<ChaseMethod | null>(null);
  const [greetingEdited, setGreetingEdited] = useState(false);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);

  const owner = useMemo(() => {
    try {
      return templateText(items, 'reminder', '', today, settings).owner;
    } catch {
      return null;
    }
  }, [items, today, settings]);

  // Opens once the chase history is read, at the suggested level with the template filled in.
  useEffect(() => {
    if (form || !history || !owner) return;
    const level = suggestChaseLevel(items, history, today, settings);
    // A person's name is offered; "Dear Executive (cabinet)" is not a greeting, so the officer names someone.
    const toName = level === 'escalation' || owner.source === 'addressee' ? '' : owner.name;
    const filled = templateText(items, level, toName, today, settings);
    setSuggested(level);
    setForm({ level, toName, toEmail: '', toAddress: '', greeting: greetingFor(toName), subject: filled.subject, body: filled.body });
  }, [form, history, owner, items, today, settings]);

  useEffect(() => {
    if (fallback) fallbackRef.current?.select();
  }, [fallback]);

  if (!owner) {
    return (
      <Dialog title="Chase" onClose={onClose}>
        <p className="form-error" role="alert">
          These recommendations cannot be chased together. Pick one person’s recommendations.
        </p>
      </Dialog>
    );
  }

  /** A new level or addressee refills the template, unless the officer has rewritten the words. */
  function change(patch: Partial<ChaseForm>) {
    setProblem(null);
    setNote(null);
    setForm((old) => {
      if (!old) return old;
      const next = { ...old, ...patch };
      if (!greetingEdited && patch.toName !== undefined) next.greeting = greetingFor(patch.toName);
      if (!edited && (patch.level !== undefined || patch.toName !== undefined)) {
        const filled = templateText(items, next.level, next.toName, today, settings);
        next.subject = filled.subject;
        next.body = filled.body;
      }
      return next;
    });
  }

  function editWords(patch: Pick<Partial<ChaseForm>, 'subject' | 'body'>) {
    setEdited(true);
    setProblem(null);
    setForm((old) => (old ? { ...old, ...patch } : old));
  }

  function resetWords() {
    if (!form) return;
    const filled = templateText(items, form.level, form.toName, today, settings);
    setEdited(false);
    setForm({ ...form, subject: filled.subject, body: filled.body });
  }

  /** Logs the chase, once, on every recommendation chased: called when the officer says it was sent. */
  async function logSent() {
    if (!form || logged) return;
    const records = newChaseRecords(ids, { date: today, to: form.toName, level: form.level, method: sentBy });
    if (!(await logChaseWithUndo(records))) {
      setNote('The chase could not be logged.');
      return;
    }
    setLogged(sentBy);
    setFallback(null);
    setNote(`Chase logged on ${ids.length} recommendation${ids.length === 1 ? '' : 's'}, sent by ${CHASE_METHOD_LABELS[sentBy].toLowerCase()}.`);
  }

  async function run(output: ChaseOutput) {
    if (!form || busy) return;
    setBusy(true);
    setProblem(null);
    setNote(null);
    setFallback(null);
    try {
      const done = await produceChase({ output, form, items, settings, today, save: (r) => platform.saveFile(r), copy: copyToClipboard });
      if (done) {
        if (!logged) setSentBy(OUTPUT_METHOD[output]);
        setNote(`${OUTPUT_DONE[output]}${logged ? '' : ' Once it has been sent, log the chase below.'}`);
      } else if (output === 'copy') {
        setFallback(emailText(form, templateText(items, form.level, form.toName, today, settings).rows, settings));
      } else setNote('The file was not saved.');
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  const count = `${items.length} recommendation${items.length === 1 ? '' : 's'}`;
  return (
    <Dialog title={`Chase ${owner.name}`} onClose={onClose} wide>
      <p style={{ margin: '0 0 0.4rem' }}>
        {count} owed by <strong>{owner.name}</strong>:
      </p>
      <ul className="chase-list">
        {items.map((i) => {
          const state = responseState(i.recommendation, today, settings);
          return (
            <li key={i.recommendation.id}>
              {i.recommendation.label ? `${i.recommendation.label}. ` : ''}
              {i.recommendation.text.length > 90 ? `${i.recommendation.text.slice(0, 90).trimEnd()}…` : i.recommendation.text}{' '}
              <span className="muted">
                ({i.itemTitle}, {formatLongDate(i.meetingDate)}) — {state.label}
              </span>
            </li>
          );
        })}
      </ul>
      {!form ? (
        <p className="muted">Reading the chase history…</p>
      ) : (
        <>
          <ChoiceGroup
            legend="Level"
            value={form.level}
            onChange={(level) => change({ level })}
            choices={(['reminder', 'chase', 'escalation'] as const).map((level) => ({
              value: level,
              label: `${CHASE_LEVEL_LABELS[level]}${level === suggested ? ' (suggested)' : ''}`,
              hint: LEVEL_HINTS[level],
            }))}
          />
          <div className="field-grid">
            <TextField
              label="To"
              placeholder="For example Councillor Jane Smith"
              value={form.toName}
              onChange={(e) => change({ toName: e.target.value })}
              hint={form.level === 'escalation' ? 'Someone senior, such as the chief executive or the monitoring officer' : 'As the greeting will name them'}
            />
            <TextField
              label="Greeting"
              value={form.greeting}
              onChange={(e) => {
                setGreetingEdited(true);
                change({ greeting: e.target.value });
              }}
              hint="Title and surname, as a letter is addressed"
            />
            <TextField label="Email address (optional)" type="email" value={form.toEmail} onChange={(e) => change({ toEmail: e.target.value })} hint="For the email draft’s To line" />
          </div>
          <TextArea
            label="Postal address (optional)"
            rows={3}
            value={form.toAddress}
            onChange={(e) => change({ toAddress: e.target.value })}
            hint="Printed under the name on the letter; leave it empty for internal post or email"
          />
          <TextField label="Subject" value={form.subject} onChange={(e) => editWords({ subject: e.target.value })} />
          <TextArea
            label="Letter and email text"
            hint="The greeting, the list of recommendations and the sign-off are added around it"
            rows={9}
            value={form.body}
            onChange={(e) => editWords({ body: e.target.value })}
          />
          {edited && (
            <button type="button" className="button button-small" onClick={resetWords}>
              Put back the template’s words
            </button>
          )}
          {settings.officerName === '' && (
            <p className="muted">
              Letters are signed with your name, which is not set yet.{' '}
              <button type="button" className="link-button" onClick={() => useUi.getState().openDialog('chasing-settings')}>
                Chasing settings…
              </button>
            </p>
          )}
          <div className="chase-actions">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void run('letter')}>
              Save letter (.docx)
            </button>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void run('eml')}>
              Save email draft (.eml)
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void run('copy')}>
              Copy email text
            </button>
          </div>
        </>
      )}
      {form && (
        <fieldset className="chase-sent">
          <legend>Was it sent?</legend>
          {logged ? (
            <p>Logged, sent by {CHASE_METHOD_LABELS[logged].toLowerCase()}. Undo (Ctrl+Z) takes it off again.</p>
          ) : (
            <div className="chase-sent-row">
              <SelectField label="How it was sent" value={sentBy} onChange={(e) => setSentBy(e.target.value as ChaseMethod)} options={CHASE_METHODS.map((m) => ({ value: m, label: CHASE_METHOD_LABELS[m] }))} />
              <button type="button" className="button" onClick={() => void logSent()}>
                It was sent today: log the chase
              </button>
            </div>
          )}
        </fieldset>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <p role="status" style={{ minHeight: '1.2em', margin: '0.5rem 0 0' }}>
        {note}
      </p>
      {fallback && (
        <div className="chase-fallback">
          <p>The computer did not let the app copy. The email text is selected below: press Ctrl+C to copy it, and once it has been sent, log the chase.</p>
          <label htmlFor="chase-fallback-text" className="visually-hidden">
            Email text
          </label>
          <textarea id="chase-fallback-text" ref={fallbackRef} readOnly rows={8} value={fallback} />
        </div>
      )}
    </Dialog>
  );
}
