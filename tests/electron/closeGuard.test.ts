// Closing the window or quitting waits for the page to save its pending edits, but never for ever.
import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard, createEditsFlushedHandler } from '../../electron/closeGuard';
import { APP_ORIGIN } from '../../shared/ipc/contract';

function setup() {
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const send = vi.fn();
  const proceed = vi.fn();
  const guard = createCloseGuard({
    send,
    proceed,
    setTimer: (run, ms) => {
      const t = { run, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => void ((t as { cleared: boolean }).cleared = true),
    timeoutMs: 3000,
  });
  return { guard, send, proceed, timers };
}

describe('close guard', () => {
  it('holds the first close, asks the page to save, and lets the close go ahead when it answers', () => {
    const { guard, send, proceed, timers } = setup();
    expect(guard.shouldHold()).toBe(true);
    expect(send).toHaveBeenCalledWith(1);
    expect(guard.shouldHold()).toBe(true); // a second click while saving
    expect(send).toHaveBeenCalledTimes(1);
    guard.flushed(99); // a stale answer changes nothing
    expect(proceed).not.toHaveBeenCalled();
    guard.flushed(1);
    expect(proceed).toHaveBeenCalledTimes(1);
    expect(timers[0]!.cleared).toBe(true);
    expect(guard.shouldHold()).toBe(false); // the close that follows goes through
  });

  it('goes ahead after the timeout when the page never answers', () => {
    const { guard, proceed, timers } = setup();
    guard.shouldHold();
    expect(timers[0]!.ms).toBe(3000);
    timers[0]!.run();
    expect(proceed).toHaveBeenCalledTimes(1);
    guard.flushed(1); // a late answer does not close twice
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('goes ahead at once when the page cannot be asked', () => {
    const { guard, send, proceed } = setup();
    send.mockImplementation(() => {
      throw new Error('Object has been destroyed');
    });
    expect(guard.shouldHold()).toBe(true);
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('edits:flushed is validated and only accepted from the app page', async () => {
    const { guard, proceed } = setup();
    guard.shouldHold();
    const handler = createEditsFlushedHandler(() => guard);
    await expect(handler({ senderFrame: { url: 'https://evil.example/' } }, 1)).rejects.toThrow(/did not come from Scrutiny Tracker/);
    await expect(handler({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, 'one')).rejects.toThrow(/edits:flushed was refused/);
    expect(proceed).not.toHaveBeenCalled();
    await handler({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, 1);
    expect(proceed).toHaveBeenCalledTimes(1);
  });
});
