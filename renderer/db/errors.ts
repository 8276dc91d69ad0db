// Errors the database layer raises for the officer to read: plain English, nothing technical.
export class TrackerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrackerError';
  }
}

/**
 * True for a full disk, however it arrives: IndexedDB's own QuotaExceededError, or Dexie's wrapping
 * of it (an aborted transaction's `inner` error, a bulk write's `failures`).
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 4 || error === null || typeof error !== 'object') return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  const failures = e.failures !== null && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}

/** A message fit to show a person for anything thrown while reading or writing the tracker. */
export function describeError(error: unknown): string {
  if (error instanceof TrackerError) return error.message;
  if (isQuotaError(error)) {
    return 'The computer has run out of space for the tracker. Free some disk space and try again; nothing was changed.';
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong and nothing was changed.';
}
