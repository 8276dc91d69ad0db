// A crashed or stuck window page: a plain dialog, a reload, a line in the log; a crash loop asks
// before reloading again; the "not responding" question is withdrawn when the page answers.
import { mkdtemp, readFile, rm, stat, writeFile, appendFile, mkdir, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createCrashHandlers, createFileLog, describeGone, MAX_LOG_BYTES, type MessageBox } from '../../electron/crashes';

function setup(answer: (options: MessageBox) => Promise<{ response: number }> = async () => ({ response: 0 })) {
  let clock = Date.parse('2026-12-07T10:00:00Z');
  const lines: string[] = [];
  const boxes: MessageBox[] = [];
  const deps = {
    showMessageBox: vi.fn(async (options: MessageBox) => {
      boxes.push(options);
      return answer(options);
    }),
    reload: vi.fn(),
    quit: vi.fn(),
    log: (line: string) => lines.push(line),
    now: () => new Date(clock),
  };
  return { deps, lines, boxes, handlers: createCrashHandlers(deps), advance: (ms: number) => (clock += ms) };
}

describe('render-process-gone', () => {
  it('says what happened in plain words, reloads and logs it', async () => {
    const { deps, lines, boxes, handlers } = setup();
    await handlers.onRenderProcessGone({ reason: 'oom', exitCode: -536870904 });
    expect(boxes[0]!.message).toBe("Scrutiny Tracker's window stopped working, so it will be reloaded.");
    expect(boxes[0]!.detail).toMatch(/^It ran out of memory, perhaps on a very large or damaged file\. Everything already saved in the tracker is safe/);
    expect(boxes[0]!.buttons).toEqual(['Reload']);
    expect(deps.reload).toHaveBeenCalledTimes(1);
    expect(lines).toEqual(['2026-12-07T10:00:00.000Z window page gone: reason=oom exitCode=-536870904', '2026-12-07T10:00:00.000Z window reloaded after the page was gone']);
  });

  it('ignores a clean exit (the window closing)', async () => {
    const { deps, lines, handlers } = setup();
    await handlers.onRenderProcessGone({ reason: 'clean-exit', exitCode: 0 });
    expect(deps.showMessageBox).not.toHaveBeenCalled();
    expect(deps.reload).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
  });

  it('on the third crash in a minute offers Quit, and quits when asked', async () => {
    const { deps, boxes, handlers, advance } = setup(async (options) => ({ response: options.buttons.length - 1 }));
    await handlers.onRenderProcessGone({ reason: 'crashed', exitCode: 1 });
    advance(10_000);
    await handlers.onRenderProcessGone({ reason: 'crashed', exitCode: 1 });
    advance(10_000);
    await handlers.onRenderProcessGone({ reason: 'crashed', exitCode: 1 });
    expect(boxes.map((b) => b.buttons)).toEqual([['Reload'], ['Reload'], ['Reload', 'Quit']]);
    expect(boxes[2]!.detail).toMatch(/This has happened 3 times in the last minute/);
    expect(deps.reload).toHaveBeenCalledTimes(2);
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });

  it('crashes more than a minute apart are not a loop', async () => {
    const { boxes, handlers, advance } = setup();
    for (let i = 0; i < 3; i++) {
      await handlers.onRenderProcessGone({ reason: 'killed', exitCode: 9 });
      advance(61_000);
    }
    expect(boxes.every((b) => b.buttons.length === 1)).toBe(true);
  });

  it('names every reason Electron gives in words', () => {
    for (const reason of ['oom', 'crashed', 'killed', 'launch-failed', 'integrity-failure', 'abnormal-exit', 'memory-eviction']) {
      expect(describeGone({ reason, exitCode: 1 })).toMatch(/^It /);
    }
  });
});

describe('unresponsive', () => {
  it('asks Wait or Reload once, and reloads on Reload', async () => {
    const { deps, boxes, handlers } = setup(async () => ({ response: 1 }));
    const first = handlers.onUnresponsive();
    void handlers.onUnresponsive(); // Electron repeats the event: one question is enough
    await first;
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.message).toBe('Scrutiny Tracker is not responding.');
    expect(boxes[0]!.buttons).toEqual(['Wait', 'Reload']);
    expect(deps.reload).toHaveBeenCalledTimes(1);
  });

  it('withdraws the question when the window answers again, and does not reload', async () => {
    let resolveBox: (r: { response: number }) => void = () => undefined;
    const { deps, boxes, lines, handlers } = setup(
      (options) =>
        new Promise((resolve) => {
          resolveBox = resolve;
          options.signal?.addEventListener('abort', () => resolve({ response: 1 }));
        }),
    );
    const pending = handlers.onUnresponsive();
    handlers.onResponsive();
    await pending;
    expect(boxes[0]!.signal?.aborted).toBe(true);
    expect(deps.reload).not.toHaveBeenCalled();
    expect(lines.map((l) => l.slice(25))).toEqual(['window not responding', 'window responding again']);
    resolveBox({ response: 0 });
  });
});

describe('the log file', () => {
  it('appends lines, and moves a full log aside so it never grows without end', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-log-'));
    try {
      const file = path.join(dir, 'logs', 'window.log');
      const fs = {
        appendFile: (f: string, t: string) => appendFile(f, t),
        size: async (f: string) => (await stat(f)).size,
        rename: (a: string, b: string) => rename(a, b),
        mkdir: async (d: string) => void (await mkdir(d, { recursive: true })),
      };
      const log = createFileLog(path.dirname(file), file, fs);
      log('one');
      log('two');
      await vi.waitFor(async () => expect(await readFile(file, 'utf8')).toBe('one\ntwo\n'));
      await writeFile(file, 'x'.repeat(MAX_LOG_BYTES + 1));
      log('three');
      await vi.waitFor(async () => expect(await readFile(file, 'utf8')).toBe('three\n'));
      expect((await stat(`${file}.old`)).size).toBe(MAX_LOG_BYTES + 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('never throws when the disk refuses', async () => {
    const log = createFileLog('/nowhere', '/nowhere/window.log', {
      appendFile: async () => Promise.reject(new Error('ENOSPC')),
      size: async () => 0,
      rename: async () => undefined,
      mkdir: async () => undefined,
    });
    expect(() => log('line')).not.toThrow();
    await new Promise((r) => setTimeout(r, 10));
  });
});
