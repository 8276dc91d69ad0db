// IPC handlers: callers other than app://scrutiny-tracker refused, hostile arguments refused by the
// contract's schemas before any dialog or write, and the save flow writing exactly the bytes given.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  assertTrustedSender,
  createAppInfoHandler,
  createNotifyHandler,
  createSaveFileHandler,
  describeWriteError,
  registerIpcHandlers,
  type InvokeEventLike,
  type SaveDialogRequest,
} from '../../electron/ipc';
import { IPC_CHANNELS, MAX_FILE_NAME_LENGTH, MAX_NOTIFICATION_BODY, MAX_NOTIFICATION_TITLE, MAX_SAVE_BYTES, type NotifyRequest } from '../../shared/ipc/contract';

const appEvent: InvokeEventLike = { senderFrame: { url: 'app://scrutiny-tracker/index.html' } };

function fakes(dialogAnswer: { canceled: boolean; filePath?: string } = { canceled: true }) {
  const showSaveDialog = vi.fn(async (_event: InvokeEventLike, _options: SaveDialogRequest) => dialogAnswer);
  const write = vi.fn(async (_file: string, _data: Uint8Array) => {});
  const handler = createSaveFileHandler({ showSaveDialog, writeFile: write, defaultDirectory: () => '/home/officer/Documents' });
  return { showSaveDialog, write, handler };
}

const goodRequest = () => ({
  suggestedName: 'Appendix 26 September 2023.docx',
  data: new Uint8Array([80, 75, 3, 4]),
  filters: [{ name: 'Word document', extensions: ['docx'] }],
});

describe('sender check', () => {
  const hostileSenders: [string, InvokeEventLike][] = [
    ['no frame (navigated away or destroyed)', { senderFrame: null }],
    ['file://', { senderFrame: { url: 'file:///C:/Users/x/evil.html' } }],
    ['http://evil', { senderFrame: { url: 'http://evil.example/' } }],
    ['the web-mode origin', { senderFrame: { url: 'http://127.0.0.1:4870/' } }],
    ['app://other-host', { senderFrame: { url: 'app://other-host/index.html' } }],
    ['a look-alike host', { senderFrame: { url: 'app://scrutiny-tracker.evil.example/' } }],
    ['devtools', { senderFrame: { url: 'devtools://devtools/bundled/inspector.html' } }],
    ['about:blank', { senderFrame: { url: 'about:blank' } }],
  ];

  it.each(hostileSenders)('refuses file:save from %s before showing a dialog', async (_label, event) => {
    const { handler, showSaveDialog, write } = fakes({ canceled: false, filePath: '/tmp/x.docx' });
    await expect(handler(event, goodRequest())).rejects.toThrow("file:save was refused: the request did not come from Scrutiny Tracker's own window.");
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
  });

  it.each(hostileSenders)('refuses app:notify from %s without showing anything', async (_label, event) => {
    const show = vi.fn(() => true);
    await expect(createNotifyHandler(show)(event, { title: 'Overdue', body: 'x' })).rejects.toThrow(/^app:notify was refused: the request did not come/);
    expect(show).not.toHaveBeenCalled();
  });

  it.each(hostileSenders)('refuses app:info from %s', async (_label, event) => {
    await expect(createAppInfoHandler({ version: '1.0.0', platform: 'win32' })(event)).rejects.toThrow(/app:info was refused/);
  });

  it('accepts the app itself', () => {
    expect(() => assertTrustedSender(IPC_CHANNELS.saveFile, appEvent)).not.toThrow();
  });
});

describe('file:save argument validation', () => {
  const hostile: [string, unknown[], RegExp][] = [
    ['no arguments', [], /exactly one argument/],
    ['two arguments', [goodRequest(), goodRequest()], /exactly one argument/],
    ['a string instead of a request', ['C:/Windows/system.ini'], /The save request must be an object/],
    ['null', [null], /The save request must be an object/],
    ['a name that is not text', [{ ...goodRequest(), suggestedName: 42 }], /suggestedName: The file name must be text/],
    ['an empty name', [{ ...goodRequest(), suggestedName: '' }], /suggestedName: The file name is empty/],
    ['a huge name', [{ ...goodRequest(), suggestedName: `${'a'.repeat(100_000)}.docx` }], /longer than 200 characters/],
    ['a name one character too long', [{ ...goodRequest(), suggestedName: 'a'.repeat(MAX_FILE_NAME_LENGTH + 1) }], /longer than/],
    ['a forward-slash path', [{ ...goodRequest(), suggestedName: '../../.bashrc' }], /may not contain/],
    ['a backslash path', [{ ...goodRequest(), suggestedName: '..\\..\\Startup\\evil.bat' }], /may not contain/],
    ['an absolute Windows path', [{ ...goodRequest(), suggestedName: 'C:\\Windows\\win.ini' }], /may not contain/],
    ['an absolute POSIX path', [{ ...goodRequest(), suggestedName: '/etc/passwd' }], /may not contain/],
    ['a NUL byte', [{ ...goodRequest(), suggestedName: 'a\u0000.docx' }], /control characters/],
    ['COM¹ (a superscript digit)', [{ ...goodRequest(), suggestedName: 'COM\u00b9.docx' }], /reserves for devices/],
    ['LPT³', [{ ...goodRequest(), suggestedName: 'LPT\u00b3' }], /reserves for devices/],
    ['CONIN$', [{ ...goodRequest(), suggestedName: 'CONIN$.txt' }], /reserves for devices/],
    ['CONOUT$', [{ ...goodRequest(), suggestedName: 'conout$' }], /reserves for devices/],
    ['a name that is only invisible characters', [{ ...goodRequest(), suggestedName: '\u202E\u200B' }], /The file name is empty/],
    ['a newline', [{ ...goodRequest(), suggestedName: 'a\n.docx' }], /control characters/],
    ['a dot-dot name', [{ ...goodRequest(), suggestedName: '..' }], /end with a dot/],
    ['a trailing dot', [{ ...goodRequest(), suggestedName: 'report.' }], /end with a dot/],
    ['a device name', [{ ...goodRequest(), suggestedName: 'CON.docx' }], /reserves for devices/],
    ['text instead of bytes', [{ ...goodRequest(), data: 'PK' }], /data: The file contents must be bytes/],
    ['an array of numbers', [{ ...goodRequest(), data: [80, 75] }], /must be bytes/],
    ['an ArrayBuffer', [{ ...goodRequest(), data: new ArrayBuffer(4) }], /must be bytes/],
    ['a byteLength look-alike', [{ ...goodRequest(), data: { byteLength: 4, 0: 80 } }], /must be bytes/],
    [
      'too many bytes',
      [{ ...goodRequest(), data: Object.defineProperty(new Uint8Array(1), 'byteLength', { value: MAX_SAVE_BYTES + 1 }) }],
      /larger than 256 MB/,
    ],
    ['a missing filters list', [{ suggestedName: 'a.docx', data: new Uint8Array() }], /filters/],
    ['a filter extension with a dot', [{ ...goodRequest(), filters: [{ name: 'Word', extensions: ['.docx'] }] }], /filters\.0\.extensions\.0/],
    ['a filter extension with a path', [{ ...goodRequest(), filters: [{ name: 'Word', extensions: ['../x'] }] }], /letters and digits only/],
    ['a filter with no extensions', [{ ...goodRequest(), filters: [{ name: 'Word', extensions: [] }] }], /at least one extension/],
    ['too many filters', [{ ...goodRequest(), filters: Array.from({ length: 11 }, () => ({ name: 'W', extensions: ['docx'] })) }], /At most 10/],
    ['an unexpected field', [{ ...goodRequest(), defaultPath: '/etc' }], /Unexpected field "defaultPath"/],
    ['a prototype-polluting field', [Object.assign(JSON.parse('{"__proto__":{"polluted":1}}'), goodRequest())], /Unexpected field "__proto__"/],
  ];

  it.each(hostile)('refuses %s with a clear message and touches nothing', async (_label, args, message) => {
    const { handler, showSaveDialog, write } = fakes({ canceled: false, filePath: '/tmp/x.docx' });
    const error = await handler(appEvent, ...args).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^file:save was refused\. /);
    expect((error as Error).message).toMatch(message);
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
  });

  it('accepts ordinary council file names', async () => {
    for (const suggestedName of ["Children's Services – appendix (2023-24).docx", 'Tracker backup 2024-07-30.json', 'Résumé.csv']) {
      const { handler } = fakes();
      await expect(handler(appEvent, { ...goodRequest(), suggestedName })).resolves.toEqual({ status: 'cancelled' });
    }
  });
});

describe('file:save flow', () => {
  let tmp: string;
  beforeEach(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-ipc-'));
  });
  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('resolves cancelled and writes nothing when the dialog is cancelled', async () => {
    const { handler, showSaveDialog, write } = fakes({ canceled: true });
    await expect(handler(appEvent, goodRequest())).resolves.toEqual({ status: 'cancelled' });
    expect(showSaveDialog).toHaveBeenCalledWith(appEvent, {
      title: 'Save file',
      defaultPath: path.join('/home/officer/Documents', 'Appendix 26 September 2023.docx'),
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
    expect(write).not.toHaveBeenCalled();
  });

  it('offers the dialog a name with bidirectional and zero-width characters removed', async () => {
    const { handler, showSaveDialog } = fakes({ canceled: true });
    await handler(appEvent, { ...goodRequest(), suggestedName: 'evil\u202Efdp\u200B.docx' });
    expect(showSaveDialog.mock.calls[0]?.[1].defaultPath).toBe(path.join('/home/officer/Documents', 'evilfdp.docx'));
  });

  it('treats a dialog that returns no path as cancelled', async () => {
    const { handler, write } = fakes({ canceled: false, filePath: '' });
    await expect(handler(appEvent, goodRequest())).resolves.toEqual({ status: 'cancelled' });
    expect(write).not.toHaveBeenCalled();
  });

  it('writes exactly the bytes given to the chosen path, and reopens that folder next time', async () => {
    const chosen = path.join(tmp, 'Appendix.docx');
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const showSaveDialog = vi.fn(async (_event: InvokeEventLike, _options: SaveDialogRequest) => ({ canceled: false, filePath: chosen }));
    const handler = createSaveFileHandler({ showSaveDialog, writeFile: (file, data) => writeFile(file, data), defaultDirectory: () => '/docs' });

    await expect(handler(appEvent, { ...goodRequest(), data: bytes })).resolves.toEqual({ status: 'saved', path: chosen });
    expect(new Uint8Array(await readFile(chosen))).toEqual(bytes);

    await handler(appEvent, { ...goodRequest(), suggestedName: 'Second.docx' });
    expect(showSaveDialog.mock.calls[1]?.[1].defaultPath).toBe(path.join(tmp, 'Second.docx'));
  });

  it('turns a failed write into a sentence, naming the file', async () => {
    const failing = createSaveFileHandler({
      showSaveDialog: async () => ({ canceled: false, filePath: path.join(tmp, 'Appendix.docx') }),
      writeFile: async () => {
        throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      },
      defaultDirectory: () => tmp,
    });
    await expect(failing(appEvent, goodRequest())).rejects.toThrow(
      'Scrutiny Tracker could not save "Appendix.docx": the file is open in another program (such as Word)',
    );
  });

  it('describes other write errors plainly', () => {
    expect(describeWriteError('a.docx', Object.assign(new Error('x'), { code: 'ENOSPC' }))).toMatch(/disk is full/);
    expect(describeWriteError('a.docx', Object.assign(new Error('x'), { code: 'EROFS' }))).toMatch(/read-only/);
    expect(describeWriteError('a.docx', new Error('Something odd'))).toBe('Scrutiny Tracker could not save "a.docx": Something odd');
  });
});

describe('app:info and registration', () => {
  it('answers version and platform, and refuses arguments', async () => {
    const handler = createAppInfoHandler({ version: '0.1.0', platform: 'win32' });
    await expect(handler(appEvent)).resolves.toEqual({ version: '0.1.0', platform: 'win32' });
    await expect(handler(appEvent, 'extra')).rejects.toThrow('app:info was refused. It takes no arguments.');
  });

  it('registers a handler for every invoke channel of the contract', () => {
    const handle = vi.fn();
    registerIpcHandlers(
      { handle },
      {
        appInfo: { version: '0.1.0', platform: 'linux' },
        showSaveDialog: async () => ({ canceled: true }),
        writeFile: async () => {},
        defaultDirectory: () => '/',
        showNotification: () => true,
        backups: { write: async () => ({ status: 'written', name: 'x' }), list: async () => ({ folder: '/', backups: [] }), read: async () => '' },
      },
    );
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      [IPC_CHANNELS.appInfo, IPC_CHANNELS.notify, IPC_CHANNELS.saveFile, IPC_CHANNELS.backupWrite, IPC_CHANNELS.backupList, IPC_CHANNELS.backupRead].sort(),
    );
  });
});

describe('app:notify', () => {
  const good = (): NotifyRequest => ({ title: 'Responses overdue', body: '3 responses became overdue since 20 November 2026.\nOpen Scrutiny Tracker to chase them.' });

  const hostile: [string, unknown[], RegExp][] = [
    ['no arguments', [], /exactly one argument/],
    ['two arguments', [good(), good()], /exactly one argument/],
    ['a string', ['Overdue'], /must be an object with a title and a body/],
    ['null', [null], /must be an object with a title and a body/],
    ['an array', [['Overdue', 'x']], /must be an object/],
    ['a title that is not text', [{ ...good(), title: 42 }], /title: The title must be text/],
    ['an empty title', [{ ...good(), title: '' }], /title: The title is empty/],
    ['a huge title', [{ ...good(), title: 'x'.repeat(100_000) }], /longer than 100 characters/],
    ['a title one too long', [{ ...good(), title: 'x'.repeat(MAX_NOTIFICATION_TITLE + 1) }], /title: The title is longer/],
    ['a title with a line break', [{ ...good(), title: 'Overdue\nFake second line' }], /line breaks or control characters/],
    ['a title with a NUL', [{ ...good(), title: 'Over\u0000due' }], /control characters/],
    ['a body that is not text', [{ ...good(), body: { toString: () => 'x' } }], /body: The body must be text/],
    ['a body one too long', [{ ...good(), body: 'x'.repeat(MAX_NOTIFICATION_BODY + 1) }], /body: The body is longer than 500/],
    ['a body with an escape character', [{ ...good(), body: 'x\u001b[31mred' }], /control characters other than line breaks/],
    ['a missing body', [{ title: 'Overdue' }], /body/],
    ['an unexpected field', [{ ...good(), icon: 'file:///etc/passwd' }], /Unexpected field "icon"/],
    ['a prototype-polluting field', [Object.assign(JSON.parse('{"__proto__":{"polluted":1}}'), good())], /Unexpected field "__proto__"/],
  ];

  it.each(hostile)('refuses %s with a clear message and shows nothing', async (_label, args, message) => {
    const show = vi.fn(() => true);
    const error = await createNotifyHandler(show)(appEvent, ...args).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^app:notify was refused\. /);
    expect((error as Error).message).toMatch(message);
    expect(show).not.toHaveBeenCalled();
  });

  it('shows exactly the title and body given, and answers whether it was shown', async () => {
    const show = vi.fn((_r: NotifyRequest) => true);
    await expect(createNotifyHandler(show)(appEvent, good())).resolves.toBe(true);
    expect(show).toHaveBeenCalledExactlyOnceWith(good());
    await expect(createNotifyHandler(() => false)(appEvent, { title: 'x', body: '' })).resolves.toBe(false);
  });

  it('answers false rather than failing when the system cannot show it', async () => {
    const broken = createNotifyHandler(() => {
      throw new Error('No notification server');
    });
    await expect(broken(appEvent, good())).resolves.toBe(false);
  });
});
