// The sandboxed preload: exposes the typed bridge as window.scrutiny and nothing else.
// It is bundled to one CommonJS file (dist-electron/preload.cjs) because a sandboxed preload
// cannot load other files of ours.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('scrutiny', createBridge(ipcRenderer));
