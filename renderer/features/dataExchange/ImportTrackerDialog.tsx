// "Import a tracker": choose a file (interchange JSON, CSV, Excel, or a tracker kept in Word), choose
// a workbook's sheets and map the tables' columns (remembered for next time), then see what the import
// would add and every problem found before anything is written; the import itself is one transaction.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  buildFromLayouts,
  countOf,
  formatLongDate,
  groupLayouts,
  guessLayoutMapping,
  prepareTable,
  readTrackerDocx,
  todayIso,
  type ImportProblem,
  type PreparedTable,
  type Tracker,
} from '../../../shared/index';
import { describeError, getDb, importTracker, type ImportSummary } from '../../db/index';
import { backupBeforeImport } from '../backup/backupActions';
import { useUi } from '../../state/ui';
import { useDroppedFile } from '../../state/useDroppedFile';
import { Dialog } from '../../ui/Dialog';
import { LayoutColumns, MappingChoicesFields, mappingProblem, type MappingChoices } from './ColumnMappingStep';
import { readTrackerFile, TRACKER_FILE_TYPES, type TrackerFileRead } from './readTrackerFile';
import { recallMappings, rememberMappings } from './rememberedMappings';
import { columnsMappedTo, describeContents, describeImported, describeNoted, describeProblem, describeSummary } from './summary';

/** The problems listed in full; a file with thousands of them shows the first ones and a count. */
const SHOWN_PROBLEMS = 200;

interface Candidate {
  tracker: Tracker;
  problems: ImportProblem[];
}

const NO_CHOICES: MappingChoices = { mappings: {}, committeeName: '', dateFormat: 'dmy', tableNameIsCommittee: false };

/** "2024-25 (12 rows)": a sheet as the sheet choice names it. */
function sheetLabel(table: PreparedTable): string {
  const rows = table.rows.filter((r) => r.some((c) => c.trim() !== '')).length;
  return `${table.name} (${countOf(rows, 'row')})`;
}

/** Sheet names that are years ("2024-25", "2023/24", "2024") are not committees. */
const YEARLY = /^\s*(?:year\s*)?\d{4}(?:\s*[-/–]\s*\d{2,4})?\s*$/i;

const SHOW_PROGRESS_FROM = 4000;

export function ImportTrackerDialog() {
  const close = useUi((s) => s.closeDialog);
  const id = useId();
  const [name, setName] = useState('');
  const [read, setRead] = useState<TrackerFileRead | null>(null);
  const [tables, setTables] = useState<PreparedTable[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [choices, setChoices] = useState<MappingChoices>(NO_CHOICES);
  /** When the mapping used was the one remembered for these headings (ISO date-time), to say so. */
  const [recalled, setRecalled] = useState<string | null>(null);
  const [stage, setStage] = useState<'choose' | 'mapping' | 'preview'>('choose');
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [docxCommittee, setDocxCommittee] = useState('');
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [stored, setStored] = useState<{ done: number; total: number } | null>(null);

  async function choose(file: File | undefined) {
    setRead(null);
    setTables([]);
    setRecalled(null);
    setCandidate(null);
    setSummary(null);
    setProblem(null);
    setStage('choose');
    if (!file) return;
    setName(file.name);
    setBusy(`Reading ${file.name}…`);
    try {
      const result = await readTrackerFile(file);
      setRead(result);
      if (result.kind === 'table') {
        const prepared = result.tables.map(prepareTable).filter((t): t is PreparedTable => t !== null && t.rows.length > 0);
        if (prepared.length === 0) throw new Error(`"${file.name}" has nothing in it to import.`);
        setTables(prepared);
        setChosen(prepared.map((t) => t.name));
        const layouts = groupLayouts(prepared);
        // The committee chosen in the sidebar is the likeliest one for a sheet that names none.
        const current = useUi.getState().filter.committeeId;
        const sidebar = current ? ((await getDb().committees.get(current))?.name ?? '') : '';
        const remembered = await recallMappings(getDb(), layouts);
        const mappings = Object.fromEntries(layouts.map((l) => [l.key, remembered.get(l.key)?.mapping ?? guessLayoutMapping(l)]));
        const first = remembered.get(layouts[0]!.key);
        const sheets = result.source === 'xlsx' && prepared.length > 1;
        const next: MappingChoices = {
          mappings,
          committeeName: first?.committeeName || result.committeeName || sidebar,
          dateFormat: first?.dateFormat ?? 'dmy',
          tableNameIsCommittee: first?.tableNameIsCommittee ?? (sheets && !prepared.some((t) => YEARLY.test(t.name))),
        };
        setChoices(next);
        const all = layouts.every((l) => remembered.has(l.key));
        setRecalled(all && first ? first.confirmedAt : null);
        // Headings confirmed before: straight to the preview, one click from importing.
        if (all && mappingProblem(layouts, next, sheets) === null) {
          setCandidate(buildFromLayouts(layouts, layouts.map((l) => next.mappings[l.key]!), { ...buildOptions(next), tableNameIsCommittee: sheets && next.tableNameIsCommittee }));
          setStage('preview');
        } else setStage('mapping');
      } else {
        setDocxCommittee(result.committeeName ?? '');
        setCandidate({ tracker: result.tracker, problems: result.problems });
        setStage('preview');
      }
    } catch (error) {
      setProblem(`${file.name} cannot be imported: ${describeError(error).replace(/\.$/, '')}.`);
    } finally {
      setBusy(null);
    }
  }

  // A file dropped on the window opened this dialog: read it straight away.
  useDroppedFile((file) => void choose(file));

  // A Word tracker is read again under the committee name the officer gives.
  const docxBytes = read?.kind === 'tracker' && read.source === 'docx' ? read.bytes : undefined;
  const docxFound = read?.kind === 'tracker' ? (read.committeeName ?? '') : '';
  const readAs = useRef('');
  useEffect(() => {
    readAs.current = docxFound;
  }, [docxBytes, docxFound]);
  useEffect(() => {
    const wanted = docxCommittee.trim();
    if (!docxBytes || stage !== 'preview' || wanted === readAs.current) return;
    let live = true;
    const timer = setTimeout(() => {
      readTrackerDocx(docxBytes, { committeeName: wanted || undefined })
        .then((r) => {
          if (!live) return;
          readAs.current = wanted;
          setCandidate({ tracker: r.tracker, problems: r.problems });
        })
        .catch((error: unknown) => live && setProblem(describeError(error)));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [docxBytes, docxCommittee, stage]);

  // The preview: the same import, run and rolled back, says what would be added.
  useEffect(() => {
    setSummary(null);
    if (!candidate) return;
    let live = true;
    importTracker(getDb(), candidate.tracker, { dryRun: true })
      .then((s) => live && setSummary(s))
      .catch((error: unknown) => live && setProblem(`The preview failed: ${describeError(error)}`));
    return () => {
      live = false;
    };
  }, [candidate]);

  const isWorkbook = read?.kind === 'table' && read.source === 'xlsx' && tables.length > 1;
  const layouts = useMemo(() => groupLayouts(tables.filter((t) => chosen.includes(t.name))), [tables, chosen]);
  const severalSheets = isWorkbook && layouts.reduce((n, l) => n + l.tables.length, 0) > 1;

  function buildOptions(c: MappingChoices) {
    return { committeeName: c.committeeName, dateFormat: c.dateFormat, tableNameIsCommittee: c.tableNameIsCommittee, today: todayIso() };
  }

  function preview() {
    const why = mappingProblem(layouts, choices, severalSheets);
    if (why) return setProblem(why);
    setProblem(null);
    const mappings = layouts.map((l) => choices.mappings[l.key] ?? guessLayoutMapping(l));
    setCandidate(buildFromLayouts(layouts, mappings, { ...buildOptions(choices), tableNameIsCommittee: severalSheets && choices.tableNameIsCommittee }));
    setStage('preview');
  }

  function toggleSheet(name: string, on: boolean) {
    setChosen((names) => (on ? tables.map((t) => t.name).filter((n) => n === name || names.includes(n)) : names.filter((n) => n !== name)));
    setChoices((c) => {
      // A layout that appears only now gets its guess.
      const added = groupLayouts(tables.filter((t) => t.name === name)).filter((l) => !c.mappings[l.key]);
      return added.length === 0 ? c : { ...c, mappings: { ...c.mappings, ...Object.fromEntries(added.map((l) => [l.key, guessLayoutMapping(l)])) } };
    });
  }

  async function runImport() {
    if (!candidate) return;
    setBusy('Importing…');
    try {
      // In Electron, a copy of the tracker as it is now is kept before a bulk import changes it.
      await backupBeforeImport();
      const done = await importTracker(getDb(), candidate.tracker, { onProgress: (n, total) => setStored({ done: n, total }) });
      // The columns as confirmed, remembered against the headings for the next import of this tracker;
      // the import is done whether or not this small write succeeds.
      if (read?.kind === 'table') await rememberMappings(getDb(), layouts, choices).catch(() => undefined);
      const ui = useUi.getState();
      ui.notify(describeImported(done, name, read?.kind === 'table' ? columnsMappedTo(layouts, choices.mappings, 'notes') : []));
      if (done.committeeIds.length === 1) ui.setFilter({ committeeId: done.committeeIds[0] });
      close();
    } catch (error) {
      setProblem(`${name} could not be imported: ${describeError(error).replace(/\.$/, '')}. Nothing was imported.`);
    } finally {
      setBusy(null);
      setStored(null);
    }
  }

  const submit = stage === 'mapping' ? preview : runImport;
  // A file that adds nothing (already imported) offers no Import: the preview's words say why.
  const addsSomething = summary !== null && summary.committees + summary.meetings + summary.items + summary.recommendations + summary.updates > 0;
  const canImport = stage === 'preview' && candidate !== null && addsSomething && candidate.tracker.recommendations.length > 0 && busy === null;
  const problems = candidate?.problems ?? [];
  // Said in the preview, so the officer sees that no column is lost before importing.
  const noted = stage === 'preview' && read?.kind === 'table' ? describeNoted(columnsMappedTo(layouts, choices.mappings, 'notes')) : null;
  const leftOut = stage === 'preview' && read?.kind === 'table' ? columnsMappedTo(layouts, choices.mappings, 'ignore') : [];
  return (
    <Dialog
      title="Import a tracker"
      onClose={close}
      onSubmit={submit}
      submitLabel={stage === 'mapping' ? 'Preview' : 'Import'}
      submitDisabled={stage === 'mapping' ? busy !== null : !canImport}
      wide={stage !== 'choose'}
    >
      {stage === 'choose' && (
        <p>
          Choose a tracker to start from: the interchange file (.json), a spreadsheet (.csv or Excel .xlsx), or a tracker kept in Word
          (.docx) such as last year&rsquo;s appendix, schedule or responses tracker. You see what it holds before anything is added; anything
          already in your tracker is left as it is.
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-file`}>Tracker file</label>
        <input id={`${id}-file`} type="file" accept={TRACKER_FILE_TYPES} onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {busy && <p role="status">{busy}</p>}
      {/* Only a long import moves a bar (thousands of recommendations take seconds); the words are said once. */}
      {busy && stored && stored.total >= SHOW_PROGRESS_FROM && (
        <progress className="import-progress" max={stored.total} value={stored.done} aria-label="Recommendations stored" />
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}

      {stage === 'mapping' && read?.kind === 'table' && (
        <div className="mapping">
          {isWorkbook && (
            <fieldset className="mapping-sheets">
              <legend>Sheets to import</legend>
              {tables.map((t, i) => (
                <div className="field-check" key={t.name}>
                  <input id={`${id}-sheet-${i}`} type="checkbox" checked={chosen.includes(t.name)} onChange={(e) => toggleSheet(t.name, e.target.checked)} />
                  <label htmlFor={`${id}-sheet-${i}`}>{sheetLabel(t)}</label>
                </div>
              ))}
            </fieldset>
          )}
          {/* The committee and how dates are read come first: both change what the columns below mean. */}
          <MappingChoicesFields
            choices={choices}
            onChange={setChoices}
            needsCommittee={layouts.some((l) => !(choices.mappings[l.key] ?? []).includes('committee'))}
            severalSheets={severalSheets}
          />
          <p>
            Say what each column holds: the guesses come from the headings, with the first values under each. A blank meeting or item cell
            continues the one above it; a column left as Notes is kept in each recommendation&rsquo;s notes under its heading, and only
            &ldquo;Leave out&rdquo; drops it.
          </p>
          {layouts.map((layout) => (
            <LayoutColumns
              key={layout.key}
              layout={layout}
              // Always says how many columns there are: at 1366 × 768 a wide tracker's last columns are below the fold of their box.
              caption={
                layouts.length > 1 || (read.source === 'docx' && layout.tables.length > 1) || severalSheets
                  ? `${layout.tables.map((t) => t.name).join(', ')}: ${countOf(layout.headers.length, 'column')}`
                  : `${countOf(layout.headers.length, 'column')}`
              }
              mapping={choices.mappings[layout.key] ?? guessLayoutMapping(layout)}
              dateFormat={choices.dateFormat}
              onChange={(mapping) => setChoices((c) => ({ ...c, mappings: { ...c.mappings, [layout.key]: mapping } }))}
            />
          ))}
        </div>
      )}

      {stage === 'preview' && candidate && (
        <section aria-labelledby={`${id}-preview`} className="import-preview">
          <h3 id={`${id}-preview`}>What the import would do</h3>
          {docxBytes && (
            <div className="field">
              <label htmlFor={`${id}-committee`}>Committee name</label>
              <input id={`${id}-committee`} value={docxCommittee} onChange={(e) => setDocxCommittee(e.target.value)} aria-describedby={`${id}-committee-hint`} />
              <span className="field-hint" id={`${id}-committee-hint`}>
                {docxFound === '' ? 'The document does not name its committee: give the name.' : `As the document's title names it.`}
              </span>
            </div>
          )}
          <p>From {name}: {describeContents(candidate.tracker)}</p>
          <p role="status" className="import-summary">
            {summary ? describeSummary(summary) : 'Counting…'}
          </p>
          {summary && summary.skipped > 0 && (
            <p className="muted">
              Recommendations already in the tracker keep what they hold: only progress updates they do not have yet are added from this file; a
              newer status or response for them is not taken in, so change those in the editor.
            </p>
          )}
          {noted && <p>{noted}</p>}
          {leftOut.length > 0 && <p>Left out, as you chose: {leftOut.join(', ')}.</p>}
          {problems.length > 0 && (
            <>
              <h4>
                {problems.length} problem{problems.length === 1 ? '' : 's'} found
              </h4>
              <ul className="import-problems">
                {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                  <li key={i}>{describeProblem(p)}</li>
                ))}
              </ul>
              {problems.length > SHOWN_PROBLEMS && <p className="muted">and {problems.length - SHOWN_PROBLEMS} more.</p>}
            </>
          )}
          {recalled && <p className="muted">The columns are read as you confirmed them on {formatLongDate(recalled.slice(0, 10))} for these headings.</p>}
          {read?.kind === 'table' && (
            <button type="button" className="button" onClick={() => setStage('mapping')}>
              {recalled ? 'Change the columns' : 'Back to the columns'}
            </button>
          )}
        </section>
      )}
    </Dialog>
  );
}
