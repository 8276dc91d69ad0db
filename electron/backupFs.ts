// The automatic backups' file operations on the real disk (node:fs/promises), for main and for the tests on a temporary folder.
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import type { BackupFs } from './backups';

export const nodeBackupFs: BackupFs = {
  // flush: the bytes reach the disk before the rename makes the file the newest backup.
  writeFile: (file, text) => writeFile(file, text, { encoding: 'utf8', flush: true }),
  rename: (from, to) => rename(from, to),
  unlink: (file) => unlink(file),
  readdir: (dir) => readdir(dir),
  mkdir: async (dir) => void (await mkdir(dir, { recursive: true })),
  async readStart(file, bytes) {
    // No following a link, and no waiting on a FIFO (Windows has neither flag, nor FIFOs in a folder).
    const handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw Object.assign(new Error('not an ordinary file'), { code: 'EINVAL' });
      const { size } = info;
      const buffer = Buffer.alloc(Math.min(bytes, size));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return { text: buffer.subarray(0, bytesRead).toString('utf8'), size };
    } finally {
      await handle.close();
    }
  },
  readFile: (file) => readFile(file, 'utf8'),
  size: async (file) => (await stat(file)).size,
  isRegularFile: async (file) => (await lstat(file)).isFile(),
};
