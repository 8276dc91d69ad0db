// One window per tracker. Two browser tabs on the same tracker overwrote each other's edits silently
// (and undo in one could wipe the other's newer edit), so a window holds a Web Lock while it has the
// tracker open; a second window says so and offers to take over, which stops the first.

export const WINDOW_LOCK_NAME = 'scrutiny-tracker:open-tracker';

/** The part of navigator.locks used here (so tests can pass their own). */
export interface LockManagerLike {
  request(name: string, options: { ifAvailable?: boolean; steal?: boolean }, callback: (lock: unknown) => Promise<unknown> | unknown): Promise<unknown>;
}

export type WindowLockResult = 'held' | 'elsewhere' | 'unsupported';

/**
 * Takes the lock for this window and keeps it until the page goes. `steal` takes it from the other
 * window (which hears `onLost`). Resolves 'elsewhere' when another window holds it and `steal` is false.
 */
export function acquireWindowLock(locks: LockManagerLike | undefined, options: { steal?: boolean; onLost(): void }): Promise<WindowLockResult> {
  if (!locks) return Promise.resolve('unsupported');
  return new Promise((resolve) => {
    const request = locks.request(WINDOW_LOCK_NAME, options.steal ? { steal: true } : { ifAvailable: true }, (lock) => {
      if (!lock) {
        resolve('elsewhere');
        return undefined;
      }
      resolve('held');
      // Held until the page is gone: the promise never settles.
      return new Promise(() => {});
    });
    // A stolen lock rejects its request (AbortError): this window must stop editing.
    request.catch(() => {
      resolve('elsewhere');
      options.onLost();
    });
  });
}
