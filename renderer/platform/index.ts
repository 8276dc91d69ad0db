// The renderer's one interface to its home: Electron (through window.scrutiny) or a browser
// ("web mode"). Features call `platform` and never look at window.scrutiny themselves.
import { MAX_NOTIFICATION_BODY, MAX_NOTIFICATION_TITLE, type AppInfo, type BackupList, type FileFilter, type ScrutinyBridge } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/menuCommands';
import type { BackupKind } from '../../shared/backup/files';
import { isWindowsReservedName, stripInvisible } from '../../shared/ipc/fileNames';

export interface SaveRequest {
  /** A file name without a folder, e.g. "CYPSC appendix 26 September 2023.docx"; unsafe characters are replaced. */
  suggestedName: string;
  /** Bytes (a .docx) or text (JSON, CSV), written exactly; text as UTF-8. */
  data: Uint8Array | string;
  /** Used for the browser download, e.g. "application/vnd.openxmlformats-officedocument.wordprocessingml.document". */
  mimeType: string;
  /** File types offered by the Save dialog; by default the suggested name's extension. */
  filters?: FileFilter[];
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  /**
   * Electron: the native Save dialog, resolving 'cancelled' if the user closes it. Web: a
   * download, which always resolves 'saved' because a browser does not say whether it was kept.
   * Rejects with a plain-English Error when the file could not be written.
   */
  saveFile(request: SaveRequest): Promise<'saved' | 'cancelled'>;
  /**
   * Runs `handler` for each native menu command; returns the unsubscribe function (call it on
   * unmount). In web mode there is no native menu: the renderer binds the keys itself.
   */
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
  /**
   * Electron: runs `flush` (saving every pending edit) when the window is about to close or the app
   * to quit, and tells main when it is done. Web: nothing (pagehide covers a browser). Returns the unsubscribe.
   */
  onFlushRequest(flush: () => Promise<void>): () => void;
  /** Version and operating system in Electron; null in a browser. */
  appInfo(): Promise<AppInfo | null>;
  /**
   * Electron: a desktop notification, resolving true once shown. Web: nothing, resolving false, so
   * the caller's in-app message is the one the officer sees. Never rejects: a notification is a courtesy.
   */
  notify(title: string, body: string): Promise<boolean>;
  /**
   * Electron: keeps an automatic backup (the text of a full backup) in the app's data folder and
   * resolves true (a daily one already made today counts). Web: there is no such folder; resolves
   * false. Rejects with main's plain-English sentence when the backup could not be written.
   */
  writeBackup(kind: BackupKind, text: string): Promise<boolean>;
  /** Electron: the automatic backups, newest first, and their folder. Web: null. */
  listBackups(): Promise<BackupList | null>;
  /** Electron: the text of one automatic backup. Web: rejects, as there are none. */
  readBackup(name: string): Promise<string>;
}

const MAX_NAME = 200;
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;

/**
 * A name the Save dialog accepts on every system: committee names and dates often hold "/" or ":",
 * so they become "-" rather than the save being refused. Keeps the extension when shortening.
 */
export function safeFileName(name: string, fallback = 'Scrutiny Tracker export'): string {
  let safe = stripInvisible(name).replace(UNSAFE_CHARACTERS, '-').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  if (safe.length > MAX_NAME) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 17 ? safe.slice(dot) : '';
    safe = safe.slice(0, MAX_NAME - extension.length).trimEnd() + extension;
  }
  if (safe === '' || /^\.+$/.test(safe)) safe = fallback;
  if (isWindowsReservedName(safe)) safe = `_${safe}`;
  return safe;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  docx: 'Word document',
  json: 'JSON file',
  csv: 'CSV file',
  txt: 'Text file',
  html: 'Web page',
  pdf: 'PDF document',
};

/** The Save dialog's file type for a name's extension, e.g. "Word document (*.docx)". */
export function defaultFilters(fileName: string): FileFilter[] {
  const match = /\.([A-Za-z0-9]{1,16})$/.exec(fileName);
  if (!match?.[1]) return [];
  const extension = match[1].toLowerCase();
  return [{ name: TYPE_NAMES[extension] ?? `${extension.toUpperCase()} file`, extensions: [extension] }];
}

/** Electron wraps a rejected invoke as "Error invoking remote method 'x': Error: ..."; the user needs only the end. */
export function cleanIpcError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, ''));
}

/** Text a notification may hold: control characters become spaces (line breaks kept in the body) and it is cut to the contract's lengths. */
export function notificationText(title: string, body: string): { title: string; body: string } {
  const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
  // eslint-disable-next-line no-control-regex
  const cleanTitle = title.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim() || 'Scrutiny Tracker';
  // eslint-disable-next-line no-control-regex
  const cleanBody = body.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]+/g, ' ').trim();
  return { title: cut(cleanTitle, MAX_NOTIFICATION_TITLE), body: cut(cleanBody, MAX_NOTIFICATION_BODY) };
}

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}

export function createElectronPlatform(bridge: ScrutinyBridge): Platform {
  return {
    kind: 'electron',
    async saveFile(request) {
      const suggestedName = safeFileName(request.suggestedName);
      try {
        const result = await bridge.saveFile({
          suggestedName,
          data: toBytes(request.data),
          filters: request.filters ?? defaultFilters(suggestedName),
        });
        return result.status;
      } catch (error) {
        throw cleanIpcError(error);
      }
    },
    onMenuCommand: (handler) => bridge.onMenuCommand(handler),
    onFlushRequest: (flush) => bridge.onFlushRequest(flush),
    appInfo: () => bridge.appInfo().catch((error: unknown) => Promise.reject(cleanIpcError(error))),
    notify: (title, body) => bridge.notify(notificationText(title, body)).then((shown) => shown === true, () => false),
    writeBackup: (kind, text) => bridge.writeBackup({ kind, text }).then(() => true, (error: unknown) => Promise.reject(cleanIpcError(error))),
    listBackups: () => bridge.listBackups().catch((error: unknown) => Promise.reject(cleanIpcError(error))),
    readBackup: (name) => bridge.readBackup(name).catch((error: unknown) => Promise.reject(cleanIpcError(error))),
  };
}

/** What a browser download needs; tests pass fakes, the app the real document and URL. */
export interface DownloadEnv {
  document: Document;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  /** Delay before the object URL is revoked: the browser reads the blob after click() returns. */
  later(callback: () => void): void;
}

function browserDownloadEnv(): DownloadEnv {
  return {
    document,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    later: (callback) => void setTimeout(callback, 30_000),
  };
}

/** Triggers a download of `blob` as `fileName` through a temporary <a download> link. */
export function downloadBlob(blob: Blob, fileName: string, env: DownloadEnv = browserDownloadEnv()): void {
  const url = env.createObjectURL(blob);
  const link = env.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  env.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    env.later(() => env.revokeObjectURL(url));
  }
}

export function createWebPlatform(env?: DownloadEnv): Platform {
  return {
    kind: 'web',
    async saveFile(request) {
      const bytes = toBytes(request.data);
      // slice() copies into a fresh ArrayBuffer, so a view over a larger or shared buffer saves only its own bytes.
      const blob = new Blob([bytes.slice()], { type: request.mimeType });
      downloadBlob(blob, safeFileName(request.suggestedName), env);
      return 'saved';
    },
    onMenuCommand: () => () => {},
    onFlushRequest: () => () => {},
    appInfo: async () => null,
    notify: async () => false,
    writeBackup: async () => false,
    listBackups: async () => null,
    readBackup: async () => Promise.reject(new Error('Automatic backups are kept only by the desktop app.')),
  };
}

/** The platform for whichever home the renderer finds itself in. */
export function createPlatform(bridge: ScrutinyBridge | undefined, env?: DownloadEnv): Platform {
  return bridge?.kind === 'electron' ? createElectronPlatform(bridge) : createWebPlatform(env);
}

export const platform: Platform = createPlatform(typeof window === 'undefined' ? undefined : window.scrutiny);
