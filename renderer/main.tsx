// Entry point of the renderer: asks the browser to keep the tracker's storage, then draws the app.
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

// Without this a browser may clear IndexedDB under storage pressure; the tracker must not vanish.
void navigator.storage?.persist?.().catch(() => false);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
