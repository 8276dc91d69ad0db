// "Chasing settings": the deadline rule, due-soon days, when to stop chasing and with what words, the municipal year, the names on letters, and the chase templates.
import { useEffect, useState } from 'react';
import {
  ADDRESSEES,
  ADDRESSEE_LABELS,
  CHASE_LEVELS,
  CHASE_LEVEL_LABELS,
  TEMPLATE_PLACEHOLDERS,
  type ChaseLevel,
  type ChaseTemplate,
} from '../../../shared/index';
import { describeError, getDb, loadChasingSettings, saveChasingSettings } from '../../db/index';
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { DEFAULT_TEMPLATES, formProblems, fromForm, templateWarnings, toForm, type RuleUnit, type SettingsForm } from './settingsForm';

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: new Date(2000, i, 1).toLocaleString('en-GB', { month: 'long' }) }));
const UNITS = [
  { value: 'months', label: 'calendar months' },
  { value: 'weeks', label: 'weeks' },
  { value: 'days', label: 'days' },
];
const sectionTitle = { fontSize: '1rem', margin: '1rem 0 0.5rem', paddingTop: '0.5rem', borderTop: '1px solid var(--line)' };

export function ChasingSettingsDialog() {
  const close = useUi((s) => s.closeDialog);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);

  // Read once on opening, so nothing resets the fields while the officer is editing them.
  useEffect(() => {
    let live = true;
    void loadChasingSettings(getDb()).then((loaded) => {
      if (!live) return;
      setForm(toForm(loaded.settings));
      setLoadProblem(loaded.problem);
    });
    return () => {
      live = false;
    };
  }, []);

  const problems = form ? formProblems(form) : {};
  const err = (field: keyof typeof problems) => (shown ? (problems[field] ?? null) : null);
  const update = (patch: Partial<SettingsForm>) => setForm((f) => (f ? { ...f, ...patch } : f));
  const updateTemplate = (level: ChaseLevel, patch: Partial<ChaseTemplate>) =>
    setForm((f) => (f ? { ...f, templates: { ...f.templates, [level]: { ...f.templates[level], ...patch } } } : f));

  async function submit() {
    if (!form || busy) return;
    setShown(true);
    if (Object.keys(problems).length > 0) {
      setProblem('Some settings need putting right before they can be saved: see the messages below.');
      return;
    }
    setBusy(true);
    try {
      await saveChasingSettings(getDb(), fromForm(form));
      useUi.getState().notify('Chasing settings saved.');
      close();
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  function toggleAddressee(a: (typeof ADDRESSEES)[number]) {
    if (!form) return;
    const has = form.ruleAppliesTo.includes(a);
    update({ ruleAppliesTo: has ? form.ruleAppliesTo.filter((x) => x !== a) : ADDRESSEES.filter((x) => x === a || form.ruleAppliesTo.includes(x)) });
  }

  return (
    <Dialog title="Chasing settings" onClose={close} onSubmit={submit} submitLabel={busy ? 'Saving…' : 'Save settings'} submitDisabled={!form || busy} wide>
      {loadProblem && (
        <p className="form-error" role="alert">
          {loadProblem}
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {!form ? (
        <p className="muted">Reading the settings…</p>
      ) : (
        <>
          <h3 style={{ ...sectionTitle, borderTop: 0, marginTop: 0, paddingTop: 0 }}>The response deadline</h3>
          <div className="field-grid">
            <TextField
              label="Responses are due within"
              inputMode="numeric"
              value={form.ruleAmount}
              onChange={(e) => update({ ruleAmount: e.target.value })}
              error={err('rule')}
              hint="The law (s9FE) says two months"
            />
            <SelectField label="Counted in" value={form.ruleUnit} onChange={(e) => update({ ruleUnit: e.target.value as RuleUnit })} options={UNITS} />
            <TextField
              label="“Due soon” this many days before"
              inputMode="numeric"
              value={form.dueSoonDays}
              onChange={(e) => update({ dueSoonDays: e.target.value })}
              error={err('dueSoonDays')}
              hint="0 to 365"
            />
          </div>
          <fieldset style={{ border: '1px solid var(--line)', padding: '0.4rem 0.75rem 0.6rem', margin: '0 0 0.75rem' }}>
            <legend style={{ fontWeight: 'bold', fontSize: '0.9rem' }}>The deadline applies to recommendations addressed to</legend>
            {err('ruleAppliesTo') && (
              <p className="field-message" role="alert">
                {err('ruleAppliesTo')}
              </p>
            )}
            {ADDRESSEES.map((a) => (
              <label key={a} style={{ display: 'inline-flex', gap: '0.3rem', alignItems: 'center', margin: '0.2rem 1rem 0.2rem 0' }}>
                <input type="checkbox" checked={form.ruleAppliesTo.includes(a)} onChange={() => toggleAddressee(a)} />
                {ADDRESSEE_LABELS[a]}
              </label>
            ))}
          </fieldset>

          <h3 style={sectionTitle}>Not pursued</h3>
          <TextField
            label="Offer to close recommendations with no response after this many months"
            inputMode="numeric"
            value={form.notPursuedAfterMonths}
            onChange={(e) => update({ notPursuedAfterMonths: e.target.value })}
            error={err('notPursuedAfterMonths')}
            hint="1 to 120; the council’s usual is 12"
          />
          <TextArea
            label="Wording added to the response when closing"
            rows={2}
            value={form.notPursuedWording}
            onChange={(e) => update({ notPursuedWording: e.target.value })}
            error={err('notPursuedWording')}
          />

          <h3 style={sectionTitle}>Numbers</h3>
          <SelectField
            label="The municipal year starts in"
            value={form.municipalYearStartMonth}
            onChange={(e) => update({ municipalYearStartMonth: e.target.value })}
            options={MONTHS}
            hint="Usually May, the month of the annual council meeting"
          />

          <h3 style={sectionTitle}>Letters and emails</h3>
          <div className="field-grid">
            <TextField label="Council’s name" value={form.councilName} onChange={(e) => update({ councilName: e.target.value })} error={err('councilName')} />
            <TextField
              label="Your name"
              value={form.officerName}
              onChange={(e) => update({ officerName: e.target.value })}
              error={err('officerName')}
              hint="Letters are signed with it"
            />
            <TextField label="Your job title" value={form.officerTitle} onChange={(e) => update({ officerTitle: e.target.value })} error={err('officerTitle')} />
            <TextField
              label="Your email address"
              type="email"
              value={form.officerEmail}
              onChange={(e) => update({ officerEmail: e.target.value })}
              error={err('officerEmail')}
              hint="Printed under the address on letters, and in the email’s signature"
            />
            <TextField label="Your telephone number" type="tel" value={form.officerPhone} onChange={(e) => update({ officerPhone: e.target.value })} error={err('officerPhone')} hint="Printed as the letter’s Direct line" />
            <TextField label="Our ref (optional)" value={form.letterReference} onChange={(e) => update({ letterReference: e.target.value })} error={err('letterReference')} hint="Printed at the top of letters, for example SCR/CYP" />
          </div>
          <TextArea
            label="Council’s postal address"
            rows={3}
            value={form.officerAddress}
            onChange={(e) => update({ officerAddress: e.target.value })}
            error={err('officerAddress')}
            hint="At the top right of letters, under the council’s name; one line per line"
          />

          <h3 style={sectionTitle}>Chase templates</h3>
          <p className="field-hint" style={{ margin: '0 0 0.3rem' }}>
            Words in braces are filled in for each chase:
          </p>
          <dl className="placeholder-list" style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.1rem 0.75rem', margin: '0 0 0.75rem', fontSize: '0.9rem' }}>
            {Object.entries(TEMPLATE_PLACEHOLDERS).map(([name, what]) => (
              <div key={name} style={{ display: 'contents' }}>
                <dt>
                  <code>{`{${name}}`}</code>
                </dt>
                <dd style={{ margin: 0 }}>{what}</dd>
              </div>
            ))}
          </dl>
          {err('templates') && (
            <p className="field-message" role="alert">
              {err('templates')}
            </p>
          )}
          {CHASE_LEVELS.map((level) => {
            const warning = templateWarnings(form.templates[level]);
            const name = CHASE_LEVEL_LABELS[level];
            return (
              <fieldset key={level} style={{ border: '1px solid var(--line)', padding: '0.4rem 0.75rem 0.6rem', margin: '0 0 0.75rem' }}>
                <legend style={{ fontWeight: 'bold', fontSize: '0.95rem' }}>{name}</legend>
                <TextField label={`${name} subject`} value={form.templates[level].subject} onChange={(e) => updateTemplate(level, { subject: e.target.value })} />
                <TextArea
                  label={`${name} text`}
                  hint={warning ?? 'Blank lines separate paragraphs'}
                  rows={6}
                  value={form.templates[level].body}
                  onChange={(e) => updateTemplate(level, { body: e.target.value })}
                />
                <button type="button" className="button button-small" onClick={() => updateTemplate(level, DEFAULT_TEMPLATES[level])}>
                  Put back the usual {name.toLowerCase()} wording
                </button>
              </fieldset>
            );
          })}
        </>
      )}
    </Dialog>
  );
}
