// Declares what the Electron preload puts on window: the typed bridge, absent in web mode.
import type { ScrutinyBridge } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Set by electron/preload.ts inside Electron; undefined when the renderer runs in a browser. */
    scrutiny?: ScrutinyBridge;
  }
}

export {};
