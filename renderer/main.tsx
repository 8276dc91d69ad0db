// Entry point of the renderer: asks the browser to keep the tracker's storage, upgrades an older database (saying so), then draws the app.
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { backupBeforeOpening, upgradeBeforeOpening } from './features/backup/beforeUpgrade';
import { Upgrading } from './features/backup/Upgrading';
import './styles.css';

// Without this a browser may clear IndexedDB under storage pressure; the tracker must not vanish.
void navigator.storage?.persist?.().catch(() => false);

const root = createRoot(document.getElementById('root')!);

// In the desktop app an older database is backed up before the app opens (and upgrades) it.
void backupBeforeOpening()
  .then(() => upgradeBeforeOpening(() => root.render(<Upgrading />)))
  .finally(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
