// The preload bridge: named functions on the contract's channels, menu commands filtered, and
// unsubscribe really removing the listener.
import { describe, expect, it, vi } from 'vitest';
import { createBridge, type IpcRendererLike } from '../../electron/bridge';
import { IPC_CHANNELS } from '../../shared/ipc/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike & { emit(channel: string, ...args: unknown[]): void } = {
    invoke: vi.fn(async (channel: string) => (channel === IPC_CHANNELS.appInfo ? { version: '0.1.0', platform: 'win32' } : { status: 'cancelled' })),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
    emit(channel, ...args) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'event object' }, ...args);
    },
  };
  return { ipc, listeners };
}

describe('preload bridge', () => {
  it('exposes only named functions and its kind', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['appInfo', 'kind', 'listBackups', 'notify', 'onFlushRequest', 'onMenuCommand', 'readBackup', 'saveFile', 'writeBackup']);
    expect(bridge.kind).toBe('electron');
  });

  it('invokes the contract channels with the request unchanged', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    const request = { suggestedName: 'a.docx', data: new Uint8Array([1, 2]), filters: [] };
    await expect(bridge.saveFile(request)).resolves.toEqual({ status: 'cancelled' });
    await expect(bridge.appInfo()).resolves.toEqual({ version: '0.1.0', platform: 'win32' });
    await bridge.notify({ title: 'Responses overdue', body: '2 responses are overdue.' });
    expect(ipc.invoke).toHaveBeenNthCalledWith(1, 'file:save', request);
    expect(ipc.invoke).toHaveBeenNthCalledWith(2, 'app:info');
    expect(ipc.invoke).toHaveBeenNthCalledWith(3, 'app:notify', { title: 'Responses overdue', body: '2 responses are overdue.' });
  });

  it('invokes the backup channels with their arguments unchanged', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    await bridge.writeBackup({ kind: 'daily', text: '{}' });
    await bridge.listBackups();
    await bridge.readBackup('backup-2026-11-22-101500-daily.json');
    expect(vi.mocked(ipc.invoke).mock.calls).toEqual([
      ['backup:write', { kind: 'daily', text: '{}' }],
      ['backup:list'],
      ['backup:read', 'backup-2026-11-22-101500-daily.json'],
    ]);
  });

  it('passes on menu commands, never the event object, and drops anything else', () => {
    const { ipc } = fakeIpc();
    const handler = vi.fn();
    createBridge(ipc).onMenuCommand(handler);
    ipc.emit('menu:command', 'undo');
    ipc.emit('menu:command', 'rm -rf /');
    ipc.emit('menu:command', { command: 'undo' });
    ipc.emit('menu:command');
    expect(handler.mock.calls).toEqual([['undo']]);
  });

  it('stops listening when unsubscribed', () => {
    const { ipc, listeners } = fakeIpc();
    const handler = vi.fn();
    const off = createBridge(ipc).onMenuCommand(handler);
    off();
    ipc.emit('menu:command', 'find');
    expect(handler).not.toHaveBeenCalled();
    expect(listeners.get('menu:command')?.size).toBe(0);
  });

  it('saves pending edits when main asks, then answers with the request number (even if a save failed)', async () => {
    const { ipc, listeners } = fakeIpc();
    const bridge = createBridge(ipc);
    const flush = vi.fn(async () => undefined);
    const stop = bridge.onFlushRequest(flush);
    ipc.emit(IPC_CHANNELS.flushEdits, 7);
    await vi.waitFor(() => expect(ipc.invoke).toHaveBeenCalledWith(IPC_CHANNELS.editsFlushed, 7));
    expect(flush).toHaveBeenCalledTimes(1);
    ipc.emit(IPC_CHANNELS.flushEdits, 'not a number');
    expect(flush).toHaveBeenCalledTimes(1);
    const failing = createBridge(ipc);
    failing.onFlushRequest(async () => Promise.reject(new Error('disk full')));
    stop();
    ipc.emit(IPC_CHANNELS.flushEdits, 8);
    await vi.waitFor(() => expect(ipc.invoke).toHaveBeenCalledWith(IPC_CHANNELS.editsFlushed, 8));
    expect(flush).toHaveBeenCalledTimes(1);
    expect(listeners.get(IPC_CHANNELS.flushEdits)?.size).toBe(1);
  });
});
