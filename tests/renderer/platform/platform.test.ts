// renderer/platform: Electron calls go through window.scrutiny with safe names and bytes; web mode
// downloads through a temporary link and revokes its object URL afterwards.
import { describe, expect, it, vi } from 'vitest';
import {
  cleanIpcError,
  createPlatform,
  defaultFilters,
  downloadBlob,
  notificationText,
  safeFileName,
  type DownloadEnv,
} from '../../../renderer/platform/index';
import { NotifyRequestSchema, SaveFileRequestSchema, type ScrutinyBridge } from '../../../shared/ipc/contract';
import type { MenuCommand } from '../../../shared/ipc/menuCommands';

function fakeBridge(result: Awaited<ReturnType<ScrutinyBridge['saveFile']>> = { status: 'saved', path: '/x' }) {
  const handlers: ((c: MenuCommand) => void)[] = [];
  const unsubscribe = vi.fn();
  const bridge: ScrutinyBridge = {
    kind: 'electron',
    saveFile: vi.fn(async () => result),
    appInfo: vi.fn(async () => ({ version: '0.1.0', platform: 'win32' })),
    notify: vi.fn(async () => true),
    writeBackup: vi.fn(async () => ({ status: 'written' as const, name: 'backup-2026-11-22-090000-daily.json' })),
    listBackups: vi.fn(async () => ({ folder: '/data/backups', backups: [] })),
    readBackup: vi.fn(async () => Promise.reject(new Error("Error invoking remote method 'backup:read': Error: The automatic backup \"x\" is no longer there."))),
    onMenuCommand: vi.fn((handler: (c: MenuCommand) => void) => {
      handlers.push(handler);
      return unsubscribe;
    }),
    onFlushRequest: vi.fn(() => unsubscribe),
  };
  return { bridge, handlers, unsubscribe };
}

function fakeDownloadEnv() {
  const link = { href: '', download: '', rel: '', style: { display: '' }, click: vi.fn(), remove: vi.fn() };
  const appended: unknown[] = [];
  const pending: (() => void)[] = [];
  const blobs: Blob[] = [];
  const env: DownloadEnv = {
    document: { createElement: () => link, body: { append: (node: unknown) => appended.push(node) } } as unknown as Document,
    createObjectURL: (blob) => {
      blobs.push(blob);
      return 'blob:app://scrutiny-tracker/1';
    },
    revokeObjectURL: vi.fn(),
    later: (callback) => void pending.push(callback),
  };
  return { env, link, appended, pending, blobs };
}

describe('platform in Electron', () => {
  it('saves bytes through the bridge with a sanitised name and the default file type', async () => {
    const { bridge } = fakeBridge();
    const platform = createPlatform(bridge);
    expect(platform.kind).toBe('electron');
    const data = new Uint8Array([80, 75, 3, 4]);
    await expect(platform.saveFile({ suggestedName: 'CYPSC: 26/09/2023.docx', data, mimeType: 'x' })).resolves.toBe('saved');
    const request = vi.mocked(bridge.saveFile).mock.calls[0]![0];
    expect(request).toEqual({ suggestedName: 'CYPSC- 26-09-2023.docx', data, filters: [{ name: 'Word document', extensions: ['docx'] }] });
    // What the platform sends always passes main's validation.
    expect(SaveFileRequestSchema.safeParse(request).success).toBe(true);
  });

  it('encodes text as UTF-8 and passes on cancellation', async () => {
    const { bridge } = fakeBridge({ status: 'cancelled' });
    const platform = createPlatform(bridge);
    await expect(platform.saveFile({ suggestedName: 'backup.json', data: '{"£":1}', mimeType: 'application/json', filters: [] })).resolves.toBe('cancelled');
    const request = vi.mocked(bridge.saveFile).mock.calls[0]![0];
    expect(request.data).toEqual(new TextEncoder().encode('{"£":1}'));
    expect(request.filters).toEqual([]);
  });

  it("rejects with main's own sentence, not Electron's wrapper", async () => {
    const { bridge } = fakeBridge();
    vi.mocked(bridge.saveFile).mockRejectedValue(
      new Error("Error invoking remote method 'file:save': Error: Scrutiny Tracker could not save \"a.docx\": the disk is full."),
    );
    await expect(createPlatform(bridge).saveFile({ suggestedName: 'a.docx', data: '', mimeType: 'x' })).rejects.toThrow(
      /^Scrutiny Tracker could not save "a.docx": the disk is full\.$/,
    );
  });

  it('shows notifications through the bridge, always in a shape main accepts, and answers false if refused', async () => {
    const { bridge } = fakeBridge();
    const platform = createPlatform(bridge);
    await expect(platform.notify('Responses overdue', '2 responses are overdue.')).resolves.toBe(true);
    expect(bridge.notify).toHaveBeenCalledWith({ title: 'Responses overdue', body: '2 responses are overdue.' });
    await platform.notify('Line\nbreak \u0007title'.repeat(30), `${'x'.repeat(600)}\u001b`);
    const sent = vi.mocked(bridge.notify).mock.calls[1]![0];
    expect(NotifyRequestSchema.safeParse(sent).success).toBe(true);
    vi.mocked(bridge.notify).mockRejectedValue(new Error("Error invoking remote method 'app:notify': Error: refused"));
    await expect(platform.notify('a', 'b')).resolves.toBe(false);
  });

  it('relays menu commands and their unsubscribe', () => {
    const { bridge, handlers, unsubscribe } = fakeBridge();
    const seen: MenuCommand[] = [];
    const off = createPlatform(bridge).onMenuCommand((c) => seen.push(c));
    handlers[0]!('undo');
    off();
    expect(seen).toEqual(['undo']);
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});

describe('automatic backups in Electron', () => {
  it('writes, lists and reads through the bridge, passing on main\'s own sentence', async () => {
    const { bridge } = fakeBridge();
    const platform = createPlatform(bridge);
    await expect(platform.writeBackup('before-restore', '{"format":"scrutiny-tracker-backup"}')).resolves.toBe(true);
    expect(bridge.writeBackup).toHaveBeenCalledWith({ kind: 'before-restore', text: '{"format":"scrutiny-tracker-backup"}' });
    await expect(platform.listBackups()).resolves.toEqual({ folder: '/data/backups', backups: [] });
    await expect(platform.readBackup('x')).rejects.toThrow(/^The automatic backup "x" is no longer there\.$/);
  });
});

describe('platform in a browser', () => {
  it('downloads through a hidden link, then revokes the URL', async () => {
    const { env, link, appended, pending, blobs } = fakeDownloadEnv();
    const platform = createPlatform(undefined, env);
    expect(platform.kind).toBe('web');
    const bytes = new Uint8Array([1, 2, 3, 4, 5]).subarray(1, 4);
    await expect(platform.saveFile({ suggestedName: 'Appendix.docx', data: bytes, mimeType: 'application/x-test' })).resolves.toBe('saved');
    expect(link.download).toBe('Appendix.docx');
    expect(link.href).toBe('blob:app://scrutiny-tracker/1');
    expect(appended).toEqual([link]);
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.remove).toHaveBeenCalledOnce();
    expect(blobs[0]?.type).toBe('application/x-test');
    // Only the view's own bytes, not the whole buffer behind it.
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(new Uint8Array([2, 3, 4]));
    expect(env.revokeObjectURL).not.toHaveBeenCalled();
    pending.forEach((run) => run());
    expect(env.revokeObjectURL).toHaveBeenCalledWith('blob:app://scrutiny-tracker/1');
  });

  it('still removes the link and revokes the URL if click throws', () => {
    const { env, link, pending } = fakeDownloadEnv();
    link.click.mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(() => downloadBlob(new Blob(['x']), 'a.txt', env)).toThrow('blocked');
    expect(link.remove).toHaveBeenCalledOnce();
    pending.forEach((run) => run());
    expect(env.revokeObjectURL).toHaveBeenCalledOnce();
  });

  it('has no native menu, and no app info', async () => {
    const platform = createPlatform(undefined, fakeDownloadEnv().env);
    const off = platform.onMenuCommand(() => {});
    expect(typeof off).toBe('function');
    expect(() => off()).not.toThrow();
    await expect(platform.appInfo()).resolves.toBeNull();
  });

  it('keeps no automatic backups: writing one says so by resolving false', async () => {
    const platform = createPlatform(undefined, fakeDownloadEnv().env);
    await expect(platform.writeBackup('daily', '{}')).resolves.toBe(false);
    await expect(platform.listBackups()).resolves.toBeNull();
    await expect(platform.readBackup('backup-2026-11-22-090000-daily.json')).rejects.toThrow('Automatic backups are kept only by the desktop app.');
  });

  it('shows no desktop notification, so the in-app message is used', async () => {
    await expect(createPlatform(undefined, fakeDownloadEnv().env).notify('Responses overdue', '1 response is overdue.')).resolves.toBe(false);
  });
});

describe('helpers', () => {
  it('cleans notification text: one-line title, line breaks kept in the body, cut to length with an ellipsis', () => {
    expect(notificationText(' Responses\r\noverdue ', 'One.\r\nTwo.\tThree')).toEqual({ title: 'Responses overdue', body: 'One.\nTwo. Three' });
    const long = notificationText('t'.repeat(150), 'b'.repeat(800));
    expect(long.title).toHaveLength(100);
    expect(long.title.endsWith('…')).toBe(true);
    expect(long.body).toHaveLength(500);
    expect(notificationText('\u0000', '').title).toBe('Scrutiny Tracker');
  });

  it.each([
    ['Children / Young People: 26/09/2023.docx', 'Children - Young People- 26-09-2023.docx'],
    ['  spaced   out  .docx', 'spaced out .docx'],
    ['report...', 'report'],
    ['', 'Scrutiny Tracker export'],
    ['...', 'Scrutiny Tracker export'],
    ['CON.docx', '_CON.docx'],
    ['a\u0000b\nc.json', 'a-b-c.json'],
    // A right-to-left override would show "evil\u202Efdp.exe" as "evilexe.pdf"; zero-width characters hide in names.
    ['evil\u202Efdp.exe', 'evilfdp.exe'],
    ['Appendix\u200B\u200D\u2066\u2069\uFEFF.docx', 'Appendix.docx'],
    ['\u200B', 'Scrutiny Tracker export'],
    ['COM\u00b9.docx', '_COM\u00b9.docx'],
    ['lpt\u00b3', '_lpt\u00b3'],
    ['CONIN$.txt', '_CONIN$.txt'],
    ['conout$', '_conout$'],
    ['nul .json', '_nul .json'],
    ['COM0.docx', '_COM0.docx'],
    ['Console.docx', 'Console.docx'],
  ])('safeFileName(%j) is %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('shortens long names but keeps the extension, within what main accepts', () => {
    const name = safeFileName(`${'Recommendation '.repeat(40)}.docx`);
    expect(name.length).toBeLessThanOrEqual(200);
    expect(name.endsWith('.docx')).toBe(true);
    expect(SaveFileRequestSchema.shape.suggestedName.safeParse(name).success).toBe(true);
  });

  it('names the file type from the extension', () => {
    expect(defaultFilters('a.DOCX')).toEqual([{ name: 'Word document', extensions: ['docx'] }]);
    expect(defaultFilters('a.xyz')).toEqual([{ name: 'XYZ file', extensions: ['xyz'] }]);
    expect(defaultFilters('no-extension')).toEqual([]);
  });

  it('strips only Electron’s wrapper from IPC errors', () => {
    expect(cleanIpcError(new Error("Error invoking remote method 'app:info': Error: app:info was refused. It takes no arguments.")).message).toBe(
      'app:info was refused. It takes no arguments.',
    );
    expect(cleanIpcError('plain').message).toBe('plain');
  });
});
