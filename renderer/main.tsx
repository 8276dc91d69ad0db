// Entry point of the renderer: asks the browser to keep the tracker's storage, then draws the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import './styles.css';

// zod would probe for eval() to speed up parsing; the Content-Security-Policy forbids eval, so say
// so up front rather than have every start log a refused probe.
z.config({ jitless: true });

// Without this a browser may clear IndexedDB under storage pressure; the tracker must not vanish.
void navigator.storage?.persist?.().catch(() => false);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
