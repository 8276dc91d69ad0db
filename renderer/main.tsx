// Entry point of the renderer: asks the browser to keep the tracker's storage, makes sure no other
// window has the tracker open, upgrades an older database (saying so), saves edits a closed window
// left unsaved, then draws the app.
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { backupBeforeOpening, upgradeBeforeOpening } from './features/backup/beforeUpgrade';
import { Upgrading } from './features/backup/Upgrading';
import { flushPendingEdits } from './features/drafts/flush';
import { installDraftSaving, replayUnsavedEdits } from './features/drafts/startDrafts';
import { OtherWindow } from './features/windowLock/OtherWindow';
import { acquireWindowLock, type LockManagerLike } from './features/windowLock/windowLock';
import { getDb } from './db/index';
import './styles.css';

// Without this a browser may clear IndexedDB under storage pressure; the tracker must not vanish.
void navigator.storage?.persist?.().catch(() => false);

const root = createRoot(document.getElementById('root')!);
const locks = (navigator as Navigator & { locks?: LockManagerLike }).locks;
let started = false;

/** Another window took the tracker over: save what was typed, close the database, say so. */
function lost(): void {
  void flushPendingEdits().finally(() => {
    getDb().close();
    root.render(<OtherWindow taken onTakeOver={() => void open(true)} />);
  });
}

async function open(steal: boolean): Promise<void> {
  const result = await acquireWindowLock(locks, { steal, onLost: lost });
  if (result === 'elsewhere') {
    root.render(<OtherWindow taken={false} onTakeOver={() => void open(true)} />);
    return;
  }
  if (started) {
    // Taken back after losing it: a fresh start (taking the lock again) reads the tracker as the
    // other window left it. The lock is this window's again already; the reload lets it go and retakes it.
    sessionStorage.setItem(TAKE_OVER_KEY, '1');
    window.location.reload();
    return;
  }
  started = true;
  // In the desktop app an older database is backed up before the app opens (and upgrades) it.
  await backupBeforeOpening()
    .then(() => upgradeBeforeOpening(() => root.render(<Upgrading />)))
    .then(() => replayUnsavedEdits())
    .finally(() => {
      installDraftSaving();
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
}

const TAKE_OVER_KEY = 'scrutiny-tracker:take-over';
const takeOver = sessionStorage.getItem(TAKE_OVER_KEY) === '1';
sessionStorage.removeItem(TAKE_OVER_KEY);
void open(takeOver);
