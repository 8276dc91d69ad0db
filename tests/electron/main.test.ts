// electron/main.ts wired end to end: the real bundle (built by scripts/build-electron.mjs) is run
// against a recording stand-in for the `electron` module, since Electron's binary cannot run here.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildElectron } from '../../scripts/build-electron.mjs';

type Fn = (...args: never[]) => unknown;
const calls: string[] = [];
const state: {
  privileged?: unknown;
  protocolHandler?: (request: { url: string; method: string }) => Promise<Response>;
  windows: { options: Record<string, unknown>; url?: string; shown: boolean }[];
  ipc: Map<string, Fn>;
  appEvents: Map<string, Fn>;
  menuTemplate?: { label?: string }[];
  permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
  permissionCheck?: (contents: unknown, permission: string, origin: string) => boolean;
  beforeRequest?: { filter: { urls: string[] }; listener: (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void };
  spellcheck?: string[];
  windowEvents: Map<string, Fn>;
  contentsEvents: Map<string, Fn>;
  messageBoxes: { message: string; buttons: string[] }[];
} = { windows: [], ipc: new Map(), appEvents: new Map(), windowEvents: new Map(), contentsEvents: new Map(), messageBoxes: [] };

let tmp: string;
let appPath: string;

function fakeElectron() {
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getFocusedWindow = () => null;
    static getAllWindows = () => BrowserWindow.all;
    static fromWebContents = () => BrowserWindow.all[0] ?? null;
    record: { options: Record<string, unknown>; url?: string; shown: boolean };
    webContents = {
      send: (...args: unknown[]) => calls.push(`send ${JSON.stringify(args)}`),
      on: (event: string, listener: Fn) => state.contentsEvents.set(event, listener),
      reload: () => calls.push('reload'),
    };
    constructor(options: Record<string, unknown>) {
      this.record = { options, shown: false };
      state.windows.push(this.record);
      BrowserWindow.all.push(this);
    }
    once(event: string, listener: () => void) {
      if (event === 'ready-to-show') listener();
    }
    on(event: string, listener: Fn) {
      state.windowEvents.set(event, listener);
    }
    isDestroyed() {
      return false;
    }
    show() {
      this.record.shown = true;
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  return {
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        calls.push('registerSchemesAsPrivileged');
        state.privileged = schemes;
      },
      handle: (scheme: string, handler: typeof state.protocolHandler) => {
        calls.push(`protocol.handle ${scheme}`);
        state.protocolHandler = handler;
      },
    },
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => {
        calls.push('requestSingleInstanceLock');
        return true;
      },
      quit: () => calls.push('quit'),
      on: (event: string, listener: Fn) => state.appEvents.set(event, listener),
      whenReady: () => {
        calls.push('whenReady');
        return Promise.resolve();
      },
      isReady: () => true,
      getAppPath: () => appPath,
      getVersion: () => '9.8.7',
      // The logs folder is really written to (by the crash test), so it is a temporary one.
      getPath: (name: string) => (name === 'logs' ? path.join(tmp, 'logs') : `/home/officer/${name}`),
    },
    BrowserWindow,
    Notification: class {
      static isSupported = () => true;
      constructor(private options: { title: string; body: string }) {}
      show() {
        calls.push(`notification ${this.options.title}: ${this.options.body}`);
      }
    },
    dialog: {
      showMessageBox: async (_window: unknown, options: { message: string; buttons: string[] }) => {
        state.messageBoxes.push(options);
        return { response: 0 };
      },
      showSaveDialog: async () => ({ canceled: true }), showErrorBox: (title: string, body: string) => calls.push(`error ${title}: ${body}`) },
    ipcMain: { handle: (channel: string, listener: Fn) => state.ipc.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => {
        state.menuTemplate = template;
        return template;
      },
      setApplicationMenu: () => calls.push('setApplicationMenu'),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof state.permissionRequest) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: typeof state.permissionCheck) => (state.permissionCheck = handler),
        webRequest: { onBeforeRequest: (filter: { urls: string[] }, listener: NonNullable<typeof state.beforeRequest>['listener']) => (state.beforeRequest = { filter, listener }) },
        setSpellCheckerLanguages: (languages: string[]) => (state.spellcheck = languages),
      },
    },
  };
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-main-'));
  appPath = path.join(tmp, 'app');
  await mkdir(path.join(appPath, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Scrutiny Tracker</title>');
  const [mainFile] = await buildElectron({ outDir: path.join(tmp, 'dist-electron'), quiet: true });

  const electron = fakeElectron();
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = loader._load;
  loader._load = (request, ...rest) => (request === 'electron' ? electron : originalLoad(request, ...rest));
  try {
    createRequire(import.meta.url)(mainFile!);
    // Let whenReady().then(start) run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    loader._load = originalLoad;
  }
}, 60_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('electron/main.ts', () => {
  it('registers app:// as privileged before ready, and takes the single-instance lock', () => {
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('whenReady'));
    expect(state.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(calls).toContain('requestSingleInstanceLock');
    expect(state.appEvents.has('second-instance')).toBe(true);
  });

  it('opens one locked-down window on app://scrutiny-tracker/index.html', () => {
    expect(state.windows).toHaveLength(1);
    const [win] = state.windows;
    expect(win?.url).toBe('app://scrutiny-tracker/index.html');
    expect(win?.shown).toBe(true);
    expect(win?.options.title).toBe('Scrutiny Tracker');
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      // Off except on macOS: elsewhere Electron would download dictionaries from the internet.
      spellcheck: process.platform === 'darwin',
      preload: path.join(tmp, 'dist-electron', 'preload.cjs'),
    });
    expect(state.spellcheck).toBeUndefined();
  });

  it('serves the renderer folder through the app protocol, with the CSP', async () => {
    expect(calls).toContain('protocol.handle app');
    const response = await state.protocolHandler!({ url: 'app://scrutiny-tracker/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Scrutiny Tracker</title>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await state.protocolHandler!({ url: 'app://scrutiny-tracker/../../etc/passwd', method: 'GET' })).status).toBe(403);
  });

  it('registers the contract channels, which refuse strangers', async () => {
    expect([...state.ipc.keys()].sort()).toEqual(['app:info', 'app:notify', 'backup:list', 'backup:read', 'backup:write', 'edits:flushed', 'file:save']);
    const appInfo = state.ipc.get('app:info') as (event: unknown) => Promise<unknown>;
    await expect(appInfo({ senderFrame: { url: 'app://scrutiny-tracker/index.html' } })).resolves.toEqual({ version: '9.8.7', platform: process.platform });
    await expect(appInfo({ senderFrame: { url: 'http://evil.example/' } })).rejects.toThrow(/refused/);
    const notify = state.ipc.get('app:notify') as (event: unknown, request: unknown) => Promise<unknown>;
    await expect(notify({ senderFrame: { url: 'app://scrutiny-tracker/index.html' } }, { title: 'Responses overdue', body: '2 are overdue.' })).resolves.toBe(true);
    expect(calls).toContain('notification Responses overdue: 2 are overdue.');
    await expect(notify({ senderFrame: { url: 'http://evil.example/' } }, { title: 'x', body: 'y' })).rejects.toThrow(/refused/);
  });

  it('keeps automatic backups in the data folder\'s "backups"', async () => {
    const list = state.ipc.get('backup:list') as (event: unknown) => Promise<unknown>;
    await expect(list({ senderFrame: { url: 'app://scrutiny-tracker/index.html' } })).resolves.toEqual({ folder: path.join('/home/officer/userData', 'backups'), backups: [] });
    await expect(list({ senderFrame: { url: 'http://evil.example/' } })).rejects.toThrow(/refused/);
  });

  it('denies permissions and cancels network requests at the session', () => {
    const answers: boolean[] = [];
    state.permissionRequest!({}, 'media', (granted) => answers.push(granted), { requestingUrl: 'app://scrutiny-tracker/index.html' });
    state.permissionRequest!({}, 'clipboard-sanitized-write', (granted) => answers.push(granted), { requestingUrl: 'http://evil.example/' });
    expect(answers).toEqual([false, false]);
    expect(state.permissionCheck!({}, 'geolocation', 'app://scrutiny-tracker')).toBe(false);
    let cancelled: boolean | undefined;
    state.beforeRequest!.listener({ url: 'https://evil.example/beacon' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
    expect(state.beforeRequest!.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
  });

  it('hardens every web contents: foreign navigation prevented, window.open denied, webviews refused', () => {
    const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
    let openHandler: ((details: { url: string }) => unknown) | undefined;
    const contents = {
      on: (event: string, listener: (event: { url?: string; preventDefault(): void }) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => (openHandler = handler),
    };
    state.appEvents.get('web-contents-created')!({} as never, contents as never);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      let prevented = false;
      listeners.get(event)!({ url: 'https://evil.example/', preventDefault: () => (prevented = true) });
      expect(prevented).toBe(true);
      prevented = false;
      listeners.get(event)!({ url: 'app://scrutiny-tracker/index.html', preventDefault: () => (prevented = true) });
      expect(prevented).toBe(false);
    }
    let webviewPrevented = false;
    listeners.get('will-attach-webview')!({ preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
    expect(openHandler?.({ url: 'app://scrutiny-tracker/index.html' })).toEqual({ action: 'deny' });
  });

  it('installs the menu, whose items reach the window as menu:command', () => {
    expect(calls).toContain('setApplicationMenu');
    const file = state.menuTemplate?.[0] as { submenu: { label?: string; click?: () => void }[] };
    file.submenu.find((i) => i.label === 'New meeting')!.click!();
    expect(calls).toContain('send ["menu:command","new-meeting"]');
  });

  it('answers a crashed page with a plain dialog and a reload, and logs it in the logs folder', async () => {
    state.contentsEvents.get('render-process-gone')!({} as never, { reason: 'oom', exitCode: 1 } as never);
    await vi.waitFor(() => expect(calls).toContain('reload'));
    expect(state.messageBoxes[0]?.message).toBe("Scrutiny Tracker's window stopped working, so it will be reloaded.");
    await vi.waitFor(async () => expect(await readFile(path.join(tmp, 'logs', 'window.log'), 'utf8')).toMatch(/window page gone: reason=oom exitCode=1\n.*window reloaded/));
    expect(state.windowEvents.has('unresponsive')).toBe(true);
    expect(state.windowEvents.has('responsive')).toBe(true);
  });
});
