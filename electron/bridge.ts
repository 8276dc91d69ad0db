// Builds the `window.scrutiny` object from an ipcRenderer-like object, so the preload stays one
// line of wiring and the bridge can be tested without Electron.
import { IPC_CHANNELS } from '../shared/ipc/channels';
import type { ScrutinyBridge } from '../shared/ipc/contract';
import { isMenuCommand } from '../shared/ipc/menuCommands';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Named functions only: the page never receives ipcRenderer itself or an event object, so it can
 * reach no channel beyond these. Main validates every argument again; the types here are a courtesy.
 */
export function createBridge(ipc: IpcRendererLike): ScrutinyBridge {
  return {
    kind: 'electron',
    saveFile: (request) => ipc.invoke(IPC_CHANNELS.saveFile, request) as ReturnType<ScrutinyBridge['saveFile']>,
    appInfo: () => ipc.invoke(IPC_CHANNELS.appInfo) as ReturnType<ScrutinyBridge['appInfo']>,
    notify: (request) => ipc.invoke(IPC_CHANNELS.notify, request) as ReturnType<ScrutinyBridge['notify']>,
    writeBackup: (request) => ipc.invoke(IPC_CHANNELS.backupWrite, request) as ReturnType<ScrutinyBridge['writeBackup']>,
    listBackups: () => ipc.invoke(IPC_CHANNELS.backupList) as ReturnType<ScrutinyBridge['listBackups']>,
    readBackup: (name) => ipc.invoke(IPC_CHANNELS.backupRead, name) as ReturnType<ScrutinyBridge['readBackup']>,
    onMenuCommand(handler) {
      const listener = (_event: unknown, command: unknown) => {
        // Only the commands the contract names reach the page, whatever is sent on the channel.
        if (isMenuCommand(command)) handler(command);
      };
      ipc.on(IPC_CHANNELS.menuCommand, listener);
      return () => {
        ipc.removeListener(IPC_CHANNELS.menuCommand, listener);
      };
    },
    onFlushRequest(flush) {
      const listener = (_event: unknown, requestId: unknown) => {
        if (typeof requestId !== 'number') return;
        // Whether the saves succeed or not, main hears back: a failed save says so in the window.
        void flush()
          .catch(() => undefined)
          .then(() => ipc.invoke(IPC_CHANNELS.editsFlushed, requestId));
      };
      ipc.on(IPC_CHANNELS.flushEdits, listener);
      return () => {
        ipc.removeListener(IPC_CHANNELS.flushEdits, listener);
      };
    },
  };
}
