// When the window's page crashes or stops responding: a plain dialog, a reload, and a line in the
// log, instead of a blank window. Electron's APIs are passed in, so the rules are unit-tested.

/** What Electron's 'render-process-gone' event gives (RenderProcessGoneDetails). */
export interface GoneDetails {
  reason: string;
  exitCode: number;
}

export interface MessageBox {
  type: 'error' | 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
  /** Closes the dialog when aborted (the window answered again). */
  signal?: AbortSignal;
}

export interface CrashDeps {
  /** dialog.showMessageBox on the window; resolves with the index of the button pressed. */
  showMessageBox(options: MessageBox): Promise<{ response: number }>;
  /** Reloads the window's page (webContents.reload()). */
  reload(): void;
  /** Quits the app. */
  quit(): void;
  /** Appends one line to the log; never throws. */
  log(line: string): void;
  now(): Date;
}

/** Crashes this close together are a loop (a page that crashes as it loads): stop reloading by itself. */
const CRASH_WINDOW_MS = 60_000;
const CRASHES_BEFORE_ASKING = 3;

const SAFE =
  'Everything already saved in the tracker is safe: each change is saved as it is made, and an import or restore that was under way was either finished or not started, never half done.';

/** Why the page went, in words. */
export function describeGone(details: GoneDetails): string {
  switch (details.reason) {
    case 'oom':
      return 'It ran out of memory, perhaps on a very large or damaged file.';
    case 'crashed':
      return 'It crashed.';
    case 'killed':
      return 'It was stopped by the system or another program.';
    case 'launch-failed':
      return 'It could not be started.';
    case 'integrity-failure':
      return "It failed Windows' code integrity check.";
    case 'memory-eviction':
      return 'It was closed by the system to free memory.';
    case 'abnormal-exit':
      return 'It stopped unexpectedly.';
    default:
      return `It stopped (${details.reason}).`;
  }
}

/** The handlers main attaches to the window's webContents ('render-process-gone') and the window ('unresponsive', 'responsive'). */
export function createCrashHandlers(deps: CrashDeps) {
  const crashes: number[] = [];
  let waiting: AbortController | null = null;
  let dialogOpen = false;

  async function onRenderProcessGone(details: GoneDetails): Promise<void> {
    // A clean exit is the window closing or reloading of its own accord: nothing went wrong.
    if (details.reason === 'clean-exit') return;
    const at = deps.now();
    deps.log(`${at.toISOString()} window page gone: reason=${details.reason} exitCode=${details.exitCode}`);
    waiting?.abort();
    const recent = crashes.filter((t) => at.getTime() - t < CRASH_WINDOW_MS);
    recent.push(at.getTime());
    crashes.splice(0, crashes.length, ...recent);
    const looping = recent.length >= CRASHES_BEFORE_ASKING;
    dialogOpen = true;
    try {
      const { response } = await deps.showMessageBox({
        type: 'error',
        title: 'Scrutiny Tracker',
        message: "Scrutiny Tracker's window stopped working, so it will be reloaded.",
        detail: `${describeGone(details)} ${SAFE}${looping ? ` This has happened ${recent.length} times in the last minute: if it goes on, quit and start Scrutiny Tracker again.` : ''}`,
        buttons: looping ? ['Reload', 'Quit'] : ['Reload'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      if (looping && response === 1) {
        deps.log(`${deps.now().toISOString()} quit after ${recent.length} crashes in a minute`);
        deps.quit();
        return;
      }
    } finally {
      dialogOpen = false;
    }
    deps.log(`${deps.now().toISOString()} window reloaded after the page was gone`);
    deps.reload();
  }

  async function onUnresponsive(): Promise<void> {
    if (waiting || dialogOpen) return;
    deps.log(`${deps.now().toISOString()} window not responding`);
    const controller = new AbortController();
    waiting = controller;
    try {
      const { response } = await deps.showMessageBox({
        type: 'warning',
        title: 'Scrutiny Tracker',
        message: 'Scrutiny Tracker is not responding.',
        detail: `It may be busy with a large file, or stuck. Wait for it, or reload the window: reloading stops what it was doing. ${SAFE}`,
        buttons: ['Wait', 'Reload'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        signal: controller.signal,
      });
      if (response === 1 && !controller.signal.aborted) {
        deps.log(`${deps.now().toISOString()} window reloaded while not responding`);
        deps.reload();
      }
    } finally {
      if (waiting === controller) waiting = null;
    }
  }

  /** The window answers again: the "not responding" question is withdrawn. */
  function onResponsive(): void {
    if (!waiting) return;
    deps.log(`${deps.now().toISOString()} window responding again`);
    waiting.abort();
  }

  return { onRenderProcessGone, onUnresponsive, onResponsive };
}

/** The file operations the log needs; main passes node:fs/promises. */
export interface LogFs {
  appendFile(file: string, text: string): Promise<void>;
  size(file: string): Promise<number>;
  rename(from: string, to: string): Promise<void>;
  mkdir(dir: string): Promise<void>;
}

/** Largest the log grows before it is moved aside to `<file>.old` (one old file kept). */
export const MAX_LOG_BYTES = 256 * 1024;

/**
 * A logger that appends lines to `file` one at a time, moving the file aside when it passes
 * MAX_LOG_BYTES so years of use cannot fill the disk. A failure to log is swallowed: the log must
 * never be the reason the app fails.
 */
export function createFileLog(dir: string, file: string, fs: LogFs): (line: string) => void {
  let queue: Promise<void> = Promise.resolve();
  return (line) => {
    queue = queue
      .then(async () => {
        await fs.mkdir(dir);
        const size = await fs.size(file).catch(() => 0);
        if (size > MAX_LOG_BYTES) await fs.rename(file, `${file}.old`);
        await fs.appendFile(file, `${line}\n`);
      })
      .catch(() => undefined);
  };
}
