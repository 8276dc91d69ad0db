// The Electron main process: one locked-down window on app://scrutiny-tracker. It only wires
// Electron's APIs to the tested rules in protocol.ts, security.ts, ipc.ts and menu.ts.
import { appendFile, lstat, mkdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, session, type WebContents } from 'electron';
import { APP_ORIGIN, APP_SCHEME, IPC_CHANNELS } from '../shared/ipc/contract';
import type { MenuCommand } from '../shared/ipc/menuCommands';
import { writeFileBeside } from './atomicWrite';
import { nodeBackupFs } from './backupFs';
import { createBackupStore } from './backups';
import { createCrashHandlers, createFileLog } from './crashes';
import { registerIpcHandlers } from './ipc';
import { createCloseGuard, createEditsFlushedHandler, type CloseGuard } from './closeGuard';
import { buildMenuTemplate } from './menu';
import { createAppProtocolHandler } from './protocol';
import { denyWindowOpen, isNavigationAllowed, isNetworkRequest, isPermissionGranted } from './security';

// Must happen before 'ready'. "standard" gives the origin its own storage (IndexedDB), "secure"
// makes it a secure context, "supportFetchAPI" lets the page fetch its own files.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
// Per window: holds its first close (or the app's quit) until the page has saved its pending edits.
const closeGuards = new WeakMap<WebContents, CloseGuard>();
let quitting = false;

function hardenContents(contents: WebContents): void {
  const guard = (event: { url: string; preventDefault(): void }) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
}

/** A crashed or stuck page gets a plain dialog and a reload, and a line in the logs folder, not a blank window. */
function watchForCrashes(window: BrowserWindow): void {
  const logDir = app.getPath('logs');
  const log = createFileLog(logDir, path.join(logDir, 'window.log'), {
    appendFile: (file, text) => appendFile(file, text, 'utf8'),
    size: async (file) => (await stat(file)).size,
    rename: (from, to) => rename(from, to),
    mkdir: async (dir) => void (await mkdir(dir, { recursive: true })),
  });
  const handlers = createCrashHandlers({
    showMessageBox: (options) => (window.isDestroyed() ? Promise.resolve({ response: 0 }) : dialog.showMessageBox(window, options)),
    reload: () => {
      if (!window.isDestroyed()) window.webContents.reload();
    },
    quit: () => app.quit(),
    log,
    now: () => new Date(),
  });
  window.webContents.on('render-process-gone', (_event, details) => void handlers.onRenderProcessGone(details));
  window.on('unresponsive', () => void handlers.onUnresponsive());
  window.on('responsive', () => handlers.onResponsive());
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Scrutiny Tracker',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      // A middle click would otherwise open a link in a new window, bypassing the window-open guard.
      disableBlinkFeatures: 'Auxclick',
      // Only macOS spell-checks with the system's own dictionaries; elsewhere Electron would fetch
      // Hunspell dictionaries from the internet, and the app makes no request off the machine.
      spellcheck: process.platform === 'darwin',
      devTools: !app.isPackaged,
    },
  });
  // Shown once painted, so the user never sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  const guard = createCloseGuard({
    send: (requestId) => window.webContents.send(IPC_CHANNELS.flushEdits, requestId),
    proceed: () => (quitting ? app.quit() : window.close()),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
  });
  closeGuards.set(window.webContents, guard);
  window.on('close', (event) => {
    if (guard.shouldHold()) event.preventDefault();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  watchForCrashes(window);
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

function start(): void {
  const ses = session.defaultSession;
  const rootDir = path.join(app.getAppPath(), 'dist', 'renderer');
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir, readFile: (file) => readFile(file), lstat: (file) => lstat(file) }));

  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    callback({ cancel: isNetworkRequest(details.url) });
  });

  registerIpcHandlers(ipcMain, {
    appInfo: { version: app.getVersion(), platform: process.platform },
    defaultDirectory: () => app.getPath('documents'),
    showSaveDialog: (event, options) => {
      const owner = BrowserWindow.fromWebContents(event.sender);
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
    },
    // Never in place: a failure mid-write (a full disk) must not destroy the file being replaced.
    writeFile: (file, data) => writeFileBeside(file, data),
    showNotification: ({ title, body }) => {
      if (!Notification.isSupported()) return false;
      new Notification({ title, body }).show();
      return true;
    },
    // The data folder belongs to the product name, like the tracker itself: backups sit beside it.
    backups: createBackupStore({ dir: path.join(app.getPath('userData'), 'backups'), fs: nodeBackupFs, now: () => new Date() }),
  });
  ipcMain.handle(IPC_CHANNELS.editsFlushed, createEditsFlushedHandler((event) => closeGuards.get(event.sender) ?? null));

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ send: sendMenuCommand, isPackaged: app.isPackaged, platform: process.platform })),
  );
  mainWindow = createWindow();
}

// One window, one database: a second launch focuses the first instead of opening another copy.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  // Quitting (Ctrl+Q, the menu, the system) first lets the window save what is being typed.
  app.on('before-quit', (event) => {
    quitting = true;
    const guard = mainWindow && !mainWindow.isDestroyed() ? closeGuards.get(mainWindow.webContents) : undefined;
    if (guard?.shouldHold()) event.preventDefault();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Scrutiny Tracker could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
