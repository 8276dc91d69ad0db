// "Export to Word": one dialog with every choice, a live summary of what the document will hold, and the recent exports.
import { useEffect, useId, useState } from 'react';
import { todayIso } from '../../../shared/index';
import { describeError, getDb } from '../../db/index';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/fields';
import { defaultPeriod, describeCount, exportToWord, type ExportChoices } from './buildExport';
import { ChoiceGroup } from './ChoiceGroup';
import { FormatSection } from './FormatSection';
import { loadTemplate } from './formats';
import { readLogoFile } from './logo';
import { DEFAULT_PREFERENCES, loadPreferences } from './preferences';
import { TemplateField } from './TemplateField';
import { RecentExports } from './RecentExports';
import { useCommittees, useExportSummary, useNextVersion, useRecentExports } from './useExportSummary';
import { WordingSection } from './WordingSection';
import { DateField } from '../../ui/DateField';

const FONTS = ['Arial', 'Calibri', 'Verdana', 'Tahoma', 'Times New Roman', 'Georgia', 'Segoe UI'];

/** Lets the browser paint "Exporting…" before the build holds the main thread for a while. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    requestAnimationFrame(done);
    // A hidden window gets no animation frames; never wait on one.
    setTimeout(resolve, 100);
  });
}

const sectionTitle = { fontSize: '1rem', margin: '0.75rem 0 0.5rem' };

/** The date of the meeting chosen in the sidebar, if a meeting is what is chosen. */
async function selectedMeetingDate(): Promise<string | undefined> {
  const selection = useUi.getState().selection;
  if (selection?.kind !== 'meeting') return undefined;
  const meeting = await getDb().meetings.get(selection.id).catch(() => undefined);
  return meeting && meeting.date !== '' ? meeting.date : undefined;
}

export function ExportDialog() {
  const close = useUi((s) => s.closeDialog);
  const committees = useCommittees();
  const [choices, setChoices] = useState<ExportChoices | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const fontListId = useId();
  const logoId = useId();

  // The dialog opens with the officer's last choices; the committee is the one the tracker shows,
  // the dates those of the meeting chosen in the sidebar (or the dates filtered), and the template
  // the one last used for that committee. Read once, on opening: nothing may reset the choices while
  // the officer is making them.
  useEffect(() => {
    let live = true;
    const { filter } = useUi.getState();
    const committeeId = filter.committeeId ?? '';
    const db = getDb();
    void Promise.all([
      loadPreferences(db).catch(() => DEFAULT_PREFERENCES),
      loadTemplate(db, committeeId).catch(() => null),
      selectedMeetingDate(),
    ]).then(([preferences, template, meetingDate]) => {
      const from = meetingDate ?? filter.from ?? '';
      const to = meetingDate ?? filter.to ?? '';
      if (live) setChoices({ ...preferences, committeeId, from, to, date: todayIso(), period: '', custom: null, template });
    });
    return () => {
      live = false;
    };
  }, []);

  // A committee that no longer exists falls back to all committees.
  const committeeId = choices && committees && !committees.some((c) => c.id === choices.committeeId) ? '' : choices?.committeeId;
  const scoped = choices && committeeId !== undefined ? { ...choices, committeeId } : null;
  const summary = useExportSummary(committees ? scoped : null);
  const version = useNextVersion(scoped?.document, scoped?.committeeId);
  const recent = useRecentExports(5);

  function update(patch: Partial<ExportChoices>) {
    setChoices((old) => (old ? { ...old, ...patch } : old));
    setNote(null);
    setProblem(null);
  }

  async function chooseLogo(input: HTMLInputElement) {
    const file = input.files?.[0];
    setLogoProblem(null);
    if (!file) return;
    try {
      update({ logo: await readLogoFile(file) });
    } catch (error) {
      setLogoProblem(describeError(error));
    } finally {
      // Lets the same file be chosen again after Remove.
      input.value = '';
    }
  }

  async function chooseCommittee(committeeId: string) {
    update({ committeeId });
    // Each committee has its own template, remembered from its last export.
    const template = await loadTemplate(getDb(), committeeId).catch(() => null);
    setChoices((old) => (old && old.committeeId === committeeId ? { ...old, template } : old));
  }

  const count = summary.kind === 'ready' ? summary.count : null;
  let periodHint = 'Empty: from the meetings';
  if (summary.kind === 'ready' && scoped) {
    try {
      const usual = defaultPeriod(summary.tracker, scoped);
      periodHint = usual === '' ? 'Empty: none printed' : `Empty: ${usual}`;
    } catch {
      // The summary above already says what is wrong with the dates.
    }
  }
  const canExport = !busy && scoped !== null && count !== null && count.recommendations > 0;

  async function submit() {
    if (!canExport || summary.kind !== 'ready' || !scoped) return;
    setBusy(true);
    setProblem(null);
    setNote(null);
    await afterPaint();
    try {
      const result = await exportToWord({ db: getDb(), tracker: summary.tracker, choices: scoped, save: (request) => platform.saveFile(request) });
      if (result.status === 'saved') {
        useUi.getState().notify(result.message);
        close();
        return;
      }
      setNote('The file was not saved, so this export was not recorded and the version number stays the same.');
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  let summaryText = 'Counting the recommendations…';
  if (count) {
    summaryText =
      count.recommendations === 0
        ? 'No recommendations match these choices.'
        : `${describeCount(count)}.${version === undefined ? '' : ` This will be version ${version}.`}`;
  } else if (summary.kind === 'problem') {
    summaryText = 'Nothing can be exported until the problem below is put right.';
  }

  return (
    <Dialog
      title="Export to Word"
      onClose={close}
      onSubmit={submit}
      submitLabel={busy ? 'Exporting…' : 'Export'}
      submitDisabled={!canExport}
      wide
    >
      <p role="status" style={{ fontWeight: 'bold', fontSize: '1.05rem', margin: '0 0 0.75rem' }}>
        {summaryText}
      </p>
      {summary.kind === 'problem' && (
        <p className="form-error" role="alert">
          {summary.message}
        </p>
      )}
      {!choices ? (
        <p className="muted">Opening with your last choices…</p>
      ) : (
        <>
          <ChoiceGroup
            legend="Document"
            value={choices.document}
            onChange={(document) => update({ document })}
            choices={[
              { value: 'appendix', label: 'Appendix', hint: 'recommendations and responses, for the committee’s agenda' },
              { value: 'schedule', label: 'Schedule with status', hint: 'recommendations, actions and their status' },
              { value: 'responses', label: 'Responses tracker', hint: 'recommendations, executive responses and updates' },
            ]}
          />

          <h3 style={sectionTitle}>What to include</h3>
          <div className="field-grid">
            <SelectField
              label="Committee"
              value={committeeId ?? ''}
              onChange={(e) => void chooseCommittee(e.target.value)}
              options={[{ value: '', label: 'All committees' }, ...(committees ?? []).map((c) => ({ value: c.id, label: c.name }))]}
            />
            <DateField label="Meetings from" value={choices.from} onChange={(from) => from !== null && update({ from })} hint="Empty: from the first" />
            <DateField label="Meetings to" value={choices.to} onChange={(to) => to !== null && update({ to })} hint="Empty: to the last" />
          </div>
          <ChoiceGroup
            legend="Which recommendations"
            value={choices.which}
            onChange={(which) => update({ which })}
            choices={[
              { value: 'all', label: 'All' },
              { value: 'open', label: 'Only open', hint: 'not yet completed' },
              { value: 'awaiting', label: 'Only awaiting a response', hint: 'no response recorded yet' },
            ]}
          />

          <h3 style={sectionTitle}>Page and footer</h3>
          <div className="field-grid">
            {choices.document === 'appendix' && (
              <TextField label="Appendix number" value={choices.appendixNumber} onChange={(e) => update({ appendixNumber: e.target.value })} hint="Empty: no number" />
            )}
            <TextField
              label="Period line"
              value={choices.period}
              placeholder="e.g. September 2023 — March 2025"
              onChange={(e) => update({ period: e.target.value })}
              hint={periodHint}
            />
            <TextField label="Author" value={choices.author} onChange={(e) => update({ author: e.target.value })} hint="As in the footer, e.g. Webb, Danial" />
            <DateField label="Date" value={choices.date} onChange={(date) => date !== null && update({ date })} hint="Printed in the footer" />
            <TextField
              label="Classification marking"
              value={choices.classification}
              onChange={(e) => update({ classification: e.target.value })}
              hint="Empty: none printed"
            />
            <TextField label="Font" value={choices.font} list={fontListId} onChange={(e) => update({ font: e.target.value })} />
            <TextField
              label="Font size (points)"
              type="number"
              min={8}
              max={20}
              step={0.5}
              value={Number.isFinite(choices.fontSize) ? String(choices.fontSize) : ''}
              onChange={(e) => update({ fontSize: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
            />
          </div>
          <datalist id={fontListId}>
            {FONTS.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
          <ChoiceGroup
            legend="Orientation"
            value={choices.orientation}
            onChange={(orientation) => update({ orientation })}
            choices={[
              { value: 'landscape', label: 'Landscape' },
              { value: 'portrait', label: 'Portrait' },
            ]}
          />
          <div className={logoProblem ? 'field field-error' : 'field'}>
            <label htmlFor={logoId}>Council logo (PNG or JPEG, optional)</label>
            <span className="field-hint" id={`${logoId}-hint`}>
              {choices.logo ? `Printed on the first page: ${choices.logo.name}` : 'No logo is printed.'}
            </span>
            {logoProblem && (
              <span className="field-message" role="alert">
                {logoProblem}
              </span>
            )}
            <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
              <input
                id={logoId}
                type="file"
                accept=".png,.jpg,.jpeg,image/png,image/jpeg"
                aria-describedby={`${logoId}-hint`}
                onChange={(e) => void chooseLogo(e.currentTarget)}
              />
              {choices.logo && (
                <button type="button" className="button button-small" onClick={() => update({ logo: null })}>
                  Remove logo
                </button>
              )}
            </div>
          </div>

          <TemplateField template={choices.template} onChange={(template) => update({ template })} />

          <FormatSection
            choices={choices}
            tracker={summary.kind === 'ready' ? summary.tracker : null}
            onChange={(custom) => update({ custom })}
          />

          <WordingSection
            document={choices.document}
            columns={choices.columns}
            outcomeLabels={choices.outcomeLabels}
            statusLabels={choices.statusLabels}
            onChange={update}
          />
        </>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {note && <p className="muted">{note}</p>}
      <RecentExports records={recent} committees={committees ?? []} />
    </Dialog>
  );
}
