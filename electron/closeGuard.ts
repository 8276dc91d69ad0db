// Saving pending edits before the window closes or the app quits: the first close is held, the page is
// asked to save (edits:flush with a request number), and the close goes ahead when the page answers
// (edits:flushed) or after a timeout, so a hung or crashed page can never keep the window open.
import { EditsFlushedArgsSchema, IPC_CHANNELS, describeContractError } from '../shared/ipc/contract';
import { assertTrustedSender, type InvokeEventLike, type InvokeHandler } from './ipc';

/** Long enough for a few IndexedDB writes on a slow laptop; short enough not to feel stuck. */
export const FLUSH_TIMEOUT_MS = 3000;

export interface CloseGuardDeps {
  /** Asks the page to save its pending edits (webContents.send on edits:flush). */
  send(requestId: number): void;
  /** Lets the close (or quit) go ahead: called once the page answered or the timeout passed. */
  proceed(): void;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  timeoutMs?: number;
}

export interface CloseGuard {
  /** Call from 'close' / 'before-quit': true means hold it (preventDefault) while the page saves. */
  shouldHold(): boolean;
  /** The page says the request `requestId` is done. */
  flushed(requestId: number): void;
}

export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let nextId = 1;
  let pending: { id: number; timer: unknown } | null = null;
  let released = false;

  function finish(id: number) {
    if (!pending || pending.id !== id) return;
    deps.clearTimer(pending.timer);
    pending = null;
    released = true;
    deps.proceed();
  }

  return {
    shouldHold() {
      if (released) return false;
      if (pending) return true; // a second click on the close box while saving: still saving
      const id = nextId++;
      pending = { id, timer: deps.setTimer(() => finish(id), deps.timeoutMs ?? FLUSH_TIMEOUT_MS) };
      try {
        deps.send(id);
      } catch {
        finish(id); // the page is gone: nothing to wait for
      }
      return true;
    },
    flushed(requestId) {
      finish(requestId);
    },
  };
}

/** The `edits:flushed` handler: sender check and validation, then the guard hears the page has saved. */
export function createEditsFlushedHandler<E extends InvokeEventLike>(guardFor: (event: E) => CloseGuard | null): InvokeHandler<E> {
  return async (event, ...args) => {
    const channel = IPC_CHANNELS.editsFlushed;
    assertTrustedSender(channel, event);
    const result = EditsFlushedArgsSchema.safeParse(args);
    if (!result.success) throw new Error(describeContractError(channel, result.error));
    guardFor(event)?.flushed(result.data[0]);
    return true;
  };
}
