// Saving over a file the officer chose (an export) without ever destroying the old one: the bytes go
// to a temporary file beside it and are renamed over it only once wholly written, as backups are.
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicFs {
  writeFile(file: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

export const nodeAtomicFs: AtomicFs = {
  // flush: the bytes reach the disk before the rename makes them the file.
  writeFile: (file, data) => writeFile(file, data, { flush: true }),
  rename: (from, to) => rename(from, to),
  unlink: (file) => unlink(file),
};

/** The temporary file's name: beside the target (same folder, so the same disk and a true rename), hidden, unique. */
export function temporaryNameFor(target: string, unique: string = randomBytes(4).toString('hex')): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${unique}.tmp`);
}

/**
 * Writes `data` to `target` so that the file is either the whole new content or what was there
 * before: a failure part-way (a full disk, a lost network drive) removes the temporary file and is
 * passed on, leaving the old file as it was. On Windows a rename over a file open in Word fails
 * (EPERM/EBUSY) the same way, with the old file untouched.
 */
export async function writeFileBeside(target: string, data: Uint8Array, fs: AtomicFs = nodeAtomicFs, unique?: string): Promise<void> {
  const temporary = temporaryNameFor(target, unique);
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}
