// Errors the database layer raises for the officer to read: plain English, nothing technical.
export class TrackerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrackerError';
  }
}

/** A message fit to show a person for anything thrown while reading or writing the tracker. */
export function describeError(error: unknown): string {
  if (error instanceof TrackerError) return error.message;
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return 'The computer has run out of space for the tracker. Free some disk space and try again; nothing was changed.';
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong and nothing was changed.';
}
