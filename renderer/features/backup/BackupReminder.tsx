// Backups at start: the daily automatic backup in the desktop app, and in a browser the weekly reminder bar offering to save one.
import { useEffect, useState } from 'react';
import { platform } from '../../platform/index';
import { dailyBackupOnStart, saveBackupFile } from './backupActions';
import { checkWeeklyReminder } from './reminder';

const barStyle = {
  display: 'flex',
  gap: '0.75rem',
  alignItems: 'center',
  flexWrap: 'wrap' as const,
  padding: '0.5rem 1rem',
  background: 'var(--soft)',
  borderBottom: '2px solid var(--brand)',
};

// Once per start, even where React runs an effect twice (StrictMode in development).
let startChecks: Promise<boolean> | null = null;
function runStartChecks(): Promise<boolean> {
  // A failure here must never stop the app: the daily backup says so itself, the reminder just stays away.
  startChecks ??= platform.kind === 'electron' ? dailyBackupOnStart().then(() => false) : checkWeeklyReminder().catch(() => false);
  return startChecks;
}

export function BackupReminder() {
  const [remind, setRemind] = useState(false);

  useEffect(() => {
    let live = true;
    void runStartChecks().then((due) => live && setRemind(due));
    return () => {
      live = false;
    };
  }, []);

  if (!remind) return null;
  return (
    <section style={barStyle} aria-label="Backup reminder">
      <span>It is over a week since a backup of the tracker was saved. A browser keeps no backups of its own.</span>
      <button
        type="button"
        className="button button-small button-primary"
        onClick={() => void saveBackupFile().then((saved) => saved && setRemind(false))}
      >
        Save a backup
      </button>
      <button type="button" className="button button-small" onClick={() => setRemind(false)}>
        Not now
      </button>
    </section>
  );
}
