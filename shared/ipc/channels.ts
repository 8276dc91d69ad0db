// The origin and IPC channel names of the contract (shared/ipc/contract.ts re-exports them), kept
// free of zod so the sandboxed preload can import them without bundling a validation library.

/**
 * The renderer's origin in Electron. IndexedDB (the whole tracker) belongs to this origin, so it
 * must never change: a new scheme or host would open an empty database and lose users' trackers.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'scrutiny-tracker';
export const APP_ORIGIN = 'app://scrutiny-tracker';

/** Channel names, shared so main and preload cannot drift apart. */
export const IPC_CHANNELS = {
  /** renderer -> main (invoke): show a Save dialog and write the bytes. */
  saveFile: 'file:save',
  /** renderer -> main (invoke): version and operating system, for the About box. */
  appInfo: 'app:info',
  /** renderer -> main (invoke): show a desktop notification (the start-up summary of overdue responses). */
  notify: 'app:notify',
  /** renderer -> main (invoke): keep an automatic backup (the text of a full backup) in the app's data folder. */
  backupWrite: 'backup:write',
  /** renderer -> main (invoke): the automatic backups kept, newest first, with their dates and counts. */
  backupList: 'backup:list',
  /** renderer -> main (invoke): the text of one automatic backup, by its file name. */
  backupRead: 'backup:read',
  /** main -> renderer (event): a native menu item or its accelerator was used. */
  menuCommand: 'menu:command',
  /** main -> renderer (event): the window is closing or the app quitting; save pending edits (carries a request number). */
  flushEdits: 'edits:flush',
  /** renderer -> main (invoke): pending edits are saved (the request number), so the window may close. */
  editsFlushed: 'edits:flushed',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

