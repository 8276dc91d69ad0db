// One window per tracker: the first window holds the lock, a second hears it is held, and taking over stops the first.
import { describe, expect, it, vi } from 'vitest';
import { acquireWindowLock, WINDOW_LOCK_NAME, type LockManagerLike } from '../../../renderer/features/windowLock/windowLock';

/** A small in-memory LockManager with the Web Locks semantics used: ifAvailable and steal. */
function fakeLocks(): LockManagerLike {
  let holder: { reject(error: Error): void } | null = null;
  return {
    request(name, options, callback) {
      expect(name).toBe(WINDOW_LOCK_NAME);
      if (holder && options.ifAvailable) return Promise.resolve(callback(null));
      if (holder && options.steal) holder.reject(new DOMException('stolen', 'AbortError'));
      return new Promise((_resolve, reject) => {
        holder = { reject };
        void callback({ name });
      });
    },
  };
}

describe('window lock', () => {
  it('lets the first window have the tracker and tells the second it is held elsewhere', async () => {
    const locks = fakeLocks();
    const lost = vi.fn();
    await expect(acquireWindowLock(locks, { onLost: lost })).resolves.toBe('held');
    await expect(acquireWindowLock(locks, { onLost: vi.fn() })).resolves.toBe('elsewhere');
    expect(lost).not.toHaveBeenCalled();
  });

  it('taking over gives the tracker to the new window and stops the old one', async () => {
    const locks = fakeLocks();
    const firstLost = vi.fn();
    await acquireWindowLock(locks, { onLost: firstLost });
    await expect(acquireWindowLock(locks, { steal: true, onLost: vi.fn() })).resolves.toBe('held');
    await vi.waitFor(() => expect(firstLost).toHaveBeenCalledTimes(1));
  });

  it('opens as before where the browser has no Web Locks', async () => {
    await expect(acquireWindowLock(undefined, { onLost: vi.fn() })).resolves.toBe('unsupported');
  });
});
