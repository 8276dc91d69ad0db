// Record identity and time stamps shared by every layer that creates records.
import { v7 } from 'uuid';

/**
 * A new globally unique id: a UUID of version 7, which starts with the time it was made (and counts
 * up within a millisecond), so records written together sit together in IndexedDB's indexes. A bulk
 * import of random (version 4) ids scattered its index entries and took about a tenth longer.
 */
export function newId(): string {
  return v7();
}

export function nowIso(): string {
  return new Date().toISOString();
}
