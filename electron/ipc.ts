// The main process's IPC handlers: each checks that the caller is our own app:// page and
// validates its arguments with the shared contract before touching the disk or a dialog.
import path from 'node:path';
import type { z } from 'zod';
import {
  AppInfoArgsSchema,
  BackupListArgsSchema,
  BackupReadArgsSchema,
  BackupWriteArgsSchema,
  describeContractError,
  IPC_CHANNELS,
  NotifyArgsSchema,
  SaveFileArgsSchema,
  type AppInfo,
  type FileFilter,
  type IpcChannel,
  type NotifyRequest,
  type SaveResult,
} from '../shared/ipc/contract';
import type { BackupStore } from './backups';
import { isAppUrl } from './security';

/** The part of Electron's IpcMainInvokeEvent the checks read. */
export interface InvokeEventLike {
  /** Null once the frame has navigated away or been destroyed. */
  readonly senderFrame: { readonly url: string } | null;
}

export type InvokeHandler<E> = (event: E, ...args: unknown[]) => Promise<unknown>;

/**
 * Refuses a call that did not come from a frame showing app://scrutiny-tracker. The window can
 * only ever show that origin, but this keeps a page loaded by some future mistake (or a devtools
 * experiment) from writing files.
 */
export function assertTrustedSender(channel: IpcChannel, event: InvokeEventLike): void {
  const url = event.senderFrame?.url;
  if (url === undefined || !isAppUrl(url)) {
    throw new Error(`${channel} was refused: the request did not come from Scrutiny Tracker's own window.`);
  }
}

function parseArgs<S extends z.ZodType>(channel: IpcChannel, schema: S, args: unknown[]): z.output<S> {
  const result = schema.safeParse(args);
  if (!result.success) throw new Error(describeContractError(channel, result.error));
  return result.data;
}

export interface SaveDialogRequest {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
}

export interface SaveFileDeps<E> {
  /** Shows the native Save dialog (main passes `dialog.showSaveDialog` on the sender's window). */
  showSaveDialog(event: E, options: SaveDialogRequest): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  /** Where the first dialog opens (the user's Documents folder); later ones reopen the last folder used. */
  defaultDirectory(): string;
}

/** Turns a failed write into a sentence the scrutiny officer can act on. */
export function describeWriteError(fileName: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code) : '';
  const start = `Scrutiny Tracker could not save "${fileName}"`;
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return `${start}: the file is open in another program (such as Word), or you may not write to that folder. Close the file, or choose another name or folder, and try again.`;
    case 'ENOSPC':
      return `${start}: the disk is full. Free some space or choose another drive, and try again.`;
    case 'EROFS':
      return `${start}: that drive is read-only. Choose another folder and try again.`;
    case 'ENOENT':
      return `${start}: the folder no longer exists. Choose another folder and try again.`;
    default:
      return `${start}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The `file:save` handler: sender check, validation, Save dialog, then the exact bytes written. */
export function createSaveFileHandler<E extends InvokeEventLike>(deps: SaveFileDeps<E>): InvokeHandler<E> {
  // Remembered for this session only, so a second export opens where the first was saved.
  let lastDirectory: string | undefined;
  return async (event, ...args) => {
    const channel = IPC_CHANNELS.saveFile;
    assertTrustedSender(channel, event);
    const [request] = parseArgs(channel, SaveFileArgsSchema, args);
    const result = await deps.showSaveDialog(event, {
      title: 'Save file',
      // suggestedName has been checked to hold no separators, so it cannot move the dialog elsewhere.
      defaultPath: path.join(lastDirectory ?? deps.defaultDirectory(), request.suggestedName),
      filters: request.filters,
    });
    if (result.canceled || !result.filePath) return { status: 'cancelled' } satisfies SaveResult;
    try {
      await deps.writeFile(result.filePath, request.data);
    } catch (error) {
      throw new Error(describeWriteError(path.basename(result.filePath), error), { cause: error });
    }
    lastDirectory = path.dirname(result.filePath);
    return { status: 'saved', path: result.filePath } satisfies SaveResult;
  };
}

/** The `app:info` handler. */
export function createAppInfoHandler<E extends InvokeEventLike>(info: AppInfo): InvokeHandler<E> {
  return async (event, ...args) => {
    assertTrustedSender(IPC_CHANNELS.appInfo, event);
    parseArgs(IPC_CHANNELS.appInfo, AppInfoArgsSchema, args);
    return { version: info.version, platform: info.platform } satisfies AppInfo;
  };
}

/**
 * Shows a desktop notification (main passes Electron's Notification); returns false where the
 * system has no notifications, so the renderer relies on its in-app message alone.
 */
export type ShowNotification = (request: NotifyRequest) => boolean;

/** The `app:notify` handler: sender check and validation, then the notification with exactly the text given. */
export function createNotifyHandler<E extends InvokeEventLike>(showNotification: ShowNotification): InvokeHandler<E> {
  return async (event, ...args) => {
    const channel = IPC_CHANNELS.notify;
    assertTrustedSender(channel, event);
    const [request] = parseArgs(channel, NotifyArgsSchema, args);
    try {
      return showNotification({ title: request.title, body: request.body });
    } catch {
      // A notification is a courtesy: the in-app message already says the same.
      return false;
    }
  };
}

/** Registers every invoke channel of the contract; main passes `ipcMain`. */
export function registerIpcHandlers<E extends InvokeEventLike>(
  ipcMain: { handle(channel: string, listener: InvokeHandler<E>): void },
  deps: SaveFileDeps<E> & { appInfo: AppInfo; showNotification: ShowNotification; backups: BackupStore },
): void {
  ipcMain.handle(IPC_CHANNELS.saveFile, createSaveFileHandler(deps));
  ipcMain.handle(IPC_CHANNELS.appInfo, createAppInfoHandler(deps.appInfo));
  ipcMain.handle(IPC_CHANNELS.notify, createNotifyHandler(deps.showNotification));
  ipcMain.handle(IPC_CHANNELS.backupWrite, createBackupWriteHandler(deps.backups));
  ipcMain.handle(IPC_CHANNELS.backupList, createBackupListHandler(deps.backups));
  ipcMain.handle(IPC_CHANNELS.backupRead, createBackupReadHandler(deps.backups));
}

/** The `backup:write` handler: sender check, then a size-limited backup of a known kind into the backups folder. */
export function createBackupWriteHandler<E extends InvokeEventLike>(backups: Pick<BackupStore, 'write'>): InvokeHandler<E> {
  return async (event, ...args) => {
    const channel = IPC_CHANNELS.backupWrite;
    assertTrustedSender(channel, event);
    const [request] = parseArgs(channel, BackupWriteArgsSchema, args);
    return backups.write(request.kind, request.text);
  };
}

/** The `backup:list` handler. */
export function createBackupListHandler<E extends InvokeEventLike>(backups: Pick<BackupStore, 'list'>): InvokeHandler<E> {
  return async (event, ...args) => {
    assertTrustedSender(IPC_CHANNELS.backupList, event);
    parseArgs(IPC_CHANNELS.backupList, BackupListArgsSchema, args);
    return backups.list();
  };
}

/** The `backup:read` handler: only a name matching the automatic backups' pattern, never a path. */
export function createBackupReadHandler<E extends InvokeEventLike>(backups: Pick<BackupStore, 'read'>): InvokeHandler<E> {
  return async (event, ...args) => {
    const channel = IPC_CHANNELS.backupRead;
    assertTrustedSender(channel, event);
    const [name] = parseArgs(channel, BackupReadArgsSchema, args);
    return backups.read(name);
  };
}
