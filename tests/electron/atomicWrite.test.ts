// Export saves replace a file whole or not at all: a failure mid-write leaves the old file as it was
// and no temporary file behind.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeAtomicFs, temporaryNameFor, writeFileBeside, type AtomicFs } from '../../electron/atomicWrite';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (s: string) => new TextEncoder().encode(s);

describe('writeFileBeside', () => {
  it('replaces the file with the new bytes and leaves nothing else', async () => {
    const target = path.join(dir, 'Appendix.docx');
    await writeFile(target, 'old version');
    await writeFileBeside(target, bytes('new version'));
    expect(await readFile(target, 'utf8')).toBe('new version');
    expect(await readdir(dir)).toEqual(['Appendix.docx']);
  });

  it('keeps the old file whole when the disk fills part-way through the write', async () => {
    const target = path.join(dir, 'Appendix.docx');
    await writeFile(target, 'old version');
    const fullDisk: AtomicFs = {
      ...nodeAtomicFs,
      async writeFile(file, data) {
        await writeFile(file, data.subarray(0, 3)); // some bytes reach the disk, then it is full
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(writeFileBeside(target, bytes('new version'), fullDisk)).rejects.toThrow(/ENOSPC/);
    expect(await readFile(target, 'utf8')).toBe('old version');
    expect(await readdir(dir)).toEqual(['Appendix.docx']);
  });

  it('keeps the old file when it cannot be replaced (open in Word on Windows)', async () => {
    const target = path.join(dir, 'Appendix.docx');
    await writeFile(target, 'old version');
    const locked: AtomicFs = { ...nodeAtomicFs, rename: async () => Promise.reject(Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' })) };
    await expect(writeFileBeside(target, bytes('new version'), locked)).rejects.toThrow(/EBUSY/);
    expect(await readFile(target, 'utf8')).toBe('old version');
    expect(await readdir(dir)).toEqual(['Appendix.docx']);
  });

  it('puts the temporary file in the same folder, hidden and unique', () => {
    expect(temporaryNameFor(path.join(dir, 'Schedule.docx'), 'ab12')).toBe(path.join(dir, '.Schedule.docx.ab12.tmp'));
    expect(temporaryNameFor(path.join(dir, 'a.docx'))).not.toBe(temporaryNameFor(path.join(dir, 'a.docx')));
  });
});
