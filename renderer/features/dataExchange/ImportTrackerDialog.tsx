// "Import a tracker": choose a file (interchange JSON, CSV, Excel or a Word tracker), map a
// spreadsheet's columns, then see what the import would add and every problem found before
// anything is written; the import itself is one transaction.
import { useEffect, useId, useRef, useState } from 'react';
import {
  findHeaderRow,
  formatCount,
  guessColumnMapping,
  readTrackerDocx,
  rowsToTracker,
  type ImportProblem,
  type Tracker,
} from '../../../shared/index';
import { describeError, getDb, importTracker, type ImportSummary } from '../../db/index';
import { backupBeforeImport } from '../backup/backupActions';
import { useUi } from '../../state/ui';
import { useDroppedFile } from '../../state/useDroppedFile';
import { Dialog } from '../../ui/Dialog';
import { ColumnMappingStep, mappingProblem, type MappingChoices } from './ColumnMappingStep';
import { readTrackerFile, TRACKER_FILE_TYPES, type TableRead, type TrackerFileRead } from './readTrackerFile';
import { describeContents, describeProblem, describeSummary } from './summary';

/** The problems listed in full; a file with thousands of them shows the first ones and a count. */
const SHOWN_PROBLEMS = 200;

interface Candidate {
  tracker: Tracker;
  problems: ImportProblem[];
}

interface Table {
  headers: string[];
  rows: string[][];
  firstRowNumber: number;
}

function tableOf(read: TableRead): Table | null {
  const header = findHeaderRow(read.rows);
  if (header < 0) return null;
  const width = Math.max(0, ...read.rows.map((r) => r.length));
  const headers = Array.from({ length: width }, (_, i) => read.rows[header]![i] ?? '');
  return { headers, rows: read.rows.slice(header + 1), firstRowNumber: header + 2 };
}

const SHOW_PROGRESS_FROM = 4000;

export function ImportTrackerDialog() {
  const close = useUi((s) => s.closeDialog);
  const id = useId();
  const [name, setName] = useState('');
  const [read, setRead] = useState<TrackerFileRead | null>(null);
  const [table, setTable] = useState<Table | null>(null);
  const [choices, setChoices] = useState<MappingChoices>({ mapping: [], committeeName: '', dateFormat: 'dmy' });
  const [stage, setStage] = useState<'choose' | 'mapping' | 'preview'>('choose');
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [docxCommittee, setDocxCommittee] = useState('');
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [stored, setStored] = useState<{ done: number; total: number } | null>(null);

  async function choose(file: File | undefined) {
    setRead(null);
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
        const t = tableOf(result);
        if (!t) throw new Error(`"${file.name}" has nothing in it to import.`);
        setTable(t);
        // The committee chosen in the sidebar is the likeliest one for a sheet that names none.
        const current = useUi.getState().filter.committeeId;
        const committee = current ? ((await getDb().committees.get(current))?.name ?? '') : '';
        setChoices({ mapping: guessColumnMapping(t.headers, t.rows.slice(0, 20)), committeeName: committee, dateFormat: 'dmy' });
        setStage('mapping');
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

  function preview() {
    if (!table) return;
    const why = mappingProblem(choices);
    if (why) return setProblem(why);
    setProblem(null);
    const built = rowsToTracker(table.rows, choices.mapping, {
      committeeName: choices.committeeName,
      dateFormat: choices.dateFormat,
      firstRowNumber: table.firstRowNumber,
      headers: table.headers,
    });
    setCandidate(built);
    setStage('preview');
  }

  async function runImport() {
    if (!candidate) return;
    setBusy('Importing…');
    try {
      // In Electron, a copy of the tracker as it is now is kept before a bulk import changes it.
      await backupBeforeImport();
      const done = await importTracker(getDb(), candidate.tracker, { onProgress: (n, total) => setStored({ done: n, total }) });
      const ui = useUi.getState();
      const added = `${formatCount(done.recommendations)} recommendation${done.recommendations === 1 ? '' : 's'}`;
      const skipped = done.skipped ? ` ${formatCount(done.skipped)} already in the tracker were left as they were.` : '';
      ui.notify(`Imported ${added} from ${name}.${skipped}`);
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
  const canImport = stage === 'preview' && candidate !== null && summary !== null && candidate.tracker.recommendations.length > 0 && busy === null;
  const problems = candidate?.problems ?? [];
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

      {stage === 'mapping' && table && (
        <>
          {read?.kind === 'table' && read.sheet && <p className="muted">Reading the sheet &ldquo;{read.sheet}&rdquo;.</p>}
          <ColumnMappingStep headers={table.headers} samples={table.rows.slice(0, 5)} choices={choices} onChange={setChoices} />
        </>
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
          {table && (
            <button type="button" className="button" onClick={() => setStage('mapping')}>
              Back to the columns
            </button>
          )}
        </section>
      )}
    </Dialog>
  );
}
