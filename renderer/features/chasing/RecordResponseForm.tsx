// Recording a response from the board in one short form — outcome, the response's words, date, who gave it — that works from the keyboard alone.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { OUTCOMES, type ChasingSettings, type Outcome, type Recommendation } from '../../../shared/index';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { DateField } from '../../ui/DateField';
import { recordResponse, responseFormProblem, type ResponseForm } from './chasingActions';

interface Props {
  recommendation: Recommendation;
  /** The person the response is owed by, offered as who gave it. */
  ownerName: string;
  settings: ChasingSettings;
  today: string;
  onDone(saved: boolean): void;
}

const OUTCOME_CHOICES = [{ value: '', label: 'Choose the outcome…' }, ...OUTCOMES.map((o) => ({ value: o, label: o }))];

export function RecordResponseForm({ recommendation, ownerName, settings, today, onDone }: Props) {
  const [form, setForm] = useState<ResponseForm>({ outcome: '', text: '', date: today, givenBy: recommendation.respondedBy || ownerName });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The date field's text does not read as a date: nothing is saved until it does.
  const [dateUnreadable, setDateUnreadable] = useState(false);
  const first = useRef<HTMLDivElement>(null);
  const titleId = useId();

  // The outcome takes the focus as the form opens, so the officer can go straight on typing.
  useEffect(() => {
    first.current?.querySelector('select')?.focus();
  }, []);

  async function submit() {
    const wrong = dateUnreadable ? 'The response date is not a real date: write it day first, for example 12/09/2024.' : responseFormProblem(form, today, recommendation.receivedDate);
    setProblem(wrong);
    if (wrong || busy) return;
    setBusy(true);
    const saved = await recordResponse(recommendation, form, today, settings);
    setBusy(false);
    onDone(saved);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onDone(false);
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    } else if (!e.ctrlKey && !e.metaKey && !/^F\d+$/.test(e.key)) {
      // Keys typed here are for the form: "N" picking "Noted" in the outcome list must not open a
      // new recommendation, nor Delete delete one (the app's single-key shortcuts listen on window).
      e.stopPropagation();
    }
  }

  const update = (patch: Partial<ResponseForm>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <form
      className="record-form"
      aria-labelledby={titleId}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h4 id={titleId} className="visually-hidden">
        Record the response to {recommendation.label ? `recommendation ${recommendation.label}` : 'this recommendation'}
      </h4>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="field-grid" ref={first}>
        <SelectField label="Outcome" value={form.outcome} onChange={(e) => update({ outcome: e.target.value as Outcome | '' })} options={OUTCOME_CHOICES} />
      </div>
      <TextArea
        label="The response in its own words"
        hint="Paste it from the letter or email; Ctrl+Enter saves"
        rows={4}
        value={form.text}
        onChange={(e) => update({ text: e.target.value })}
      />
      {/* The date comes last: today is usually right, and a date field takes three Tabs to cross. */}
      <div className="field-grid">
        <TextField label="Response given by" value={form.givenBy} onChange={(e) => update({ givenBy: e.target.value })} />
        <DateField
          label="Response date"
          value={form.date}
          onChange={(date) => {
            setDateUnreadable(date === null);
            if (date !== null) update({ date });
          }}
        />
      </div>
      <div className="record-form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Save response
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          Cancel
        </button>
        <span className="field-hint">Escape cancels. Undo (Ctrl+Z) takes the response out again.</span>
      </div>
    </form>
  );
}
