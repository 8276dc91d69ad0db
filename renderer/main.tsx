// Entry point of the renderer: asks the browser to keep the tracker's storage, then draws the app.
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { backupBeforeOpening } from './features/backup/beforeUpgrade';
import './styles.css';

// Without this a browser may clear IndexedDB under storage pressure; the tracker must not vanish.
void navigator.storage?.persist?.().catch(() => false);

// In the desktop app an older database is backed up before the app opens (and upgrades) it.
void backupBeforeOpening().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
