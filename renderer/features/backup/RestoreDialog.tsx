// "Restore from a backup…": choose a backup file (or, in the desktop app, one of the automatic backups), see what it holds once it has been checked in full, then replace the tracker with it.
import { format } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { MAX_BACKUP_CHARS, describeCounts, readBackup, type BackupContents, type BackupKind, type BackupList } from '../../../shared/index';
import { getDb } from '../../db/index';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';
import { restoreTracker } from './backupActions';
import { ProblemMessage } from '../../ui/ProblemMessage';

export const KIND_LABELS: Record<BackupKind, string> = {
  daily: 'daily',
  'before-restore': 'before a restore',
  'before-import': 'before an import',
  'before-upgrade': 'before an upgrade',
};

/** "22 November 2026 at 10:15", in the computer's own time zone. */
export function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, "d MMMM yyyy 'at' HH:mm");
}

interface Chosen {
  /** The file name, or the automatic backup's date, to name it in messages. */
  source: string;
  contents: BackupContents;
}

const listStyle = { maxHeight: '14rem', overflowY: 'auto' as const, border: '1px solid var(--line)', padding: '0.4rem 0.6rem', margin: '0 0 0.75rem' };
const optionStyle = { display: 'flex', gap: '0.4rem', alignItems: 'baseline', margin: '0.25rem 0' };

function AutomaticBackups({ list, chosen, onChoose }: { list: BackupList; chosen: string; onChoose(name: string): void }) {
  const name = useId();
  if (list.backups.length === 0) return <p className="muted">There are no automatic backups yet.</p>;
  return (
    <fieldset style={listStyle}>
      <legend style={{ fontWeight: 'bold', fontSize: '0.9rem', padding: '0 0.25rem' }}>Automatic backups, newest first</legend>
      {list.backups.map((b) => (
        <div key={b.name} style={optionStyle}>
          <input type="radio" id={`${name}-${b.name}`} name={name} checked={chosen === b.name} onChange={() => onChoose(b.name)} />
          <label htmlFor={`${name}-${b.name}`}>
            {formatSavedAt(b.createdAt)} ({KIND_LABELS[b.kind]}): {b.counts ? describeCounts(b.counts) : 'not a readable backup'}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export function RestoreDialog() {
  const close = useUi((s) => s.closeDialog);
  const [automatic, setAutomatic] = useState<BackupList | null>(null);
  const [automaticChosen, setAutomaticChosen] = useState('');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  // The reader's message (technical) apart from the words around it, so it can be explained in plain English.
  const [problem, setProblem] = useState<{ lead: string; message: string; tail?: string } | string | null>(null);
  const [downloadFirst, setDownloadFirst] = useState(true);
  const [busy, setBusy] = useState(false);
  const current = useLiveQuery(() => getDb().recommendations.count(), []);

  useEffect(() => {
    if (platform.kind !== 'electron') return;
    platform.listBackups().then(setAutomatic, (error: unknown) => setProblem(`The automatic backups could not be listed: ${(error as Error).message}`));
  }, []);

  /** Checks the whole text before anything else is offered: a bad file gets its sentence and goes no further. */
  function check(source: string, text: string) {
    try {
      setChosen({ source, contents: readBackup(text) });
    } catch (error) {
      setProblem({ lead: `${source} cannot be restored.`, message: (error as Error).message, tail: 'Your tracker has not been changed.' });
    }
  }

  async function chooseFile(file: File | undefined) {
    setChosen(null);
    setProblem(null);
    setAutomaticChosen('');
    if (!file) return;
    if (file.size > MAX_BACKUP_CHARS) {
      setProblem(`${file.name} cannot be restored. It is too large to be a Scrutiny Tracker backup (over ${MAX_BACKUP_CHARS / (1024 * 1024)} MB), so it was not read.`);
      return;
    }
    check(file.name, await file.text());
  }

  async function chooseAutomatic(name: string) {
    setChosen(null);
    setProblem(null);
    setAutomaticChosen(name);
    const entry = automatic?.backups.find((b) => b.name === name);
    const source = `The backup of ${entry ? formatSavedAt(entry.createdAt) : name}`;
    try {
      check(source, await platform.readBackup(name));
    } catch (error) {
      setProblem({ lead: `${source} cannot be restored.`, message: (error as Error).message });
    }
  }

  async function submit() {
    if (!chosen || busy) return;
    setBusy(true);
    const done = await restoreTracker(chosen.contents.tracker, { downloadFirst, counts: chosen.contents.header.counts });
    setBusy(false);
    if (done) close();
  }

  const header = chosen?.contents.header;
  return (
    <Dialog title="Restore from a backup" onClose={close} onSubmit={submit} submitLabel="Restore" submitDisabled={!chosen || busy} wide>
      <p>Restoring puts back everything a backup holds, in place of everything in the tracker now. The file is checked in full before anything changes.</p>
      {automatic && <AutomaticBackups list={automatic} chosen={automaticChosen} onChoose={(name) => void chooseAutomatic(name)} />}
      <div className="field">
        <label htmlFor="restore-file">{automatic ? 'Or choose a backup file' : 'Backup file'}</label>
        <input id="restore-file" type="file" accept=".json,application/json" onChange={(e) => void chooseFile(e.target.files?.[0])} />
      </div>
      {typeof problem === 'string' && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {problem && typeof problem === 'object' && <ProblemMessage lead={problem.lead} message={problem.message} tail={problem.tail} />}
      {header && (
        <p role="status">
          {chosen.source}: saved on {formatSavedAt(header.createdAt)}. It holds {describeCounts(header.counts)}.
        </p>
      )}
      {chosen && (current ?? 0) > 0 && (
        <p>
          <strong>
            The {current!.toLocaleString('en-GB')} recommendation{current === 1 ? '' : 's'} in the tracker now will be replaced.
          </strong>{' '}
          {platform.kind === 'electron' && 'A backup of the tracker as it is now is kept first, among the automatic backups, so you can go back to it.'}
        </p>
      )}
      {chosen && platform.kind === 'web' && (current ?? 0) > 0 && (
        <div style={optionStyle}>
          <input id="restore-download-first" type="checkbox" checked={downloadFirst} onChange={(e) => setDownloadFirst(e.target.checked)} />
          <label htmlFor="restore-download-first">First download a backup of the tracker as it is now (recommended: the browser keeps no backups of its own)</label>
        </div>
      )}
    </Dialog>
  );
}
