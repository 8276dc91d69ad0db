// Automatic backups on a temporary folder: atomic writes that never leave a broken newest file, rotation to 30 daily and 12 monthly, the list, and hostile IPC calls refused.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeBackupFs } from '../../electron/backupFs';
import { createBackupStore, describeBackupError, listBackups, MAX_FOLDER_BYTES, planRotation, TODAY_KEPT, writeFileAtomic, type BackupFs } from '../../electron/backups';
import { createBackupListHandler, createBackupReadHandler, createBackupWriteHandler, type InvokeEventLike } from '../../electron/ipc';
import { backupFileName, describeBackupRetention, localDay, MAX_BACKUP_CHARS, readInterchange, serializeBackup } from '../../shared/index';
import example from '../fixtures/herefordshire-cypsc-appendix-2023-2025.json';

const appEvent: InvokeEventLike = { senderFrame: { url: 'app://scrutiny-tracker/index.html' } };
const exampleBackup = serializeBackup(readInterchange(example), { createdAt: '2026-11-22T09:00:00.000Z', schemaVersion: 3 });
const tinyBackup = (createdAt: string) =>
  serializeBackup({ committees: [], meetings: [], items: [], recommendations: [], progressUpdates: [] }, { createdAt, schemaVersion: 3 });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `count` days of backups, one a day at 09:00, ending on `last`. */
function dailyNames(last: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => backupFileName(new Date(last.getFullYear(), last.getMonth(), last.getDate() - i, 9, 0, 0), 'daily'));
}

describe('writeFileAtomic', () => {
  it('writes the whole text under the name, leaving no temporary file', async () => {
    const file = await writeFileAtomic(dir, 'backup-2026-11-22-090000-daily.json', exampleBackup, nodeBackupFs);
    expect(file).toBe(path.join(dir, 'backup-2026-11-22-090000-daily.json'));
    expect(await readFile(file, 'utf8')).toBe(exampleBackup);
    expect(await readdir(dir)).toEqual(['backup-2026-11-22-090000-daily.json']);
  });

  it('leaves the newest good backup as it was when the rename fails, and clears the temporary file', async () => {
    const store = createBackupStore({ dir, fs: nodeBackupFs, now: () => new Date(2026, 10, 21, 9, 0, 0) });
    const good = await store.write('daily', exampleBackup);
    const failing: BackupFs = { ...nodeBackupFs, rename: async () => Promise.reject(Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' })) };
    const later = createBackupStore({ dir, fs: failing, now: () => new Date(2026, 10, 22, 9, 0, 0) });
    await expect(later.write('before-restore', tinyBackup('2026-11-22T09:00:00.000Z'))).rejects.toThrow(/may not write to its backups folder/);
    expect(await readdir(dir)).toEqual([good.name]);
    const list = await store.list();
    expect(list.backups.map((b) => b.name)).toEqual([good.name]);
    expect(list.backups[0]!.counts?.recommendations).toBe(49);
  });

  it('clears the temporary file when the write itself fails part-way', async () => {
    const failing: Pick<BackupFs, 'writeFile' | 'rename' | 'unlink'> = {
      ...nodeBackupFs,
      writeFile: async (file, text) => {
        await writeFile(file, text.slice(0, 100));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(writeFileAtomic(dir, 'backup-2026-11-22-090000-daily.json', exampleBackup, failing)).rejects.toThrow('ENOSPC');
    expect(await readdir(dir)).toEqual([]);
  });

  it('says what went wrong in words', () => {
    expect(describeBackupError('/data/backups', Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe(
      'Scrutiny Tracker could not keep an automatic backup: the disk is full. Free some space and try again.',
    );
    expect(describeBackupError('/data/backups', Object.assign(new Error('x'), { code: 'EACCES' }))).toMatch(/may not write to its backups folder \(\/data\/backups\)/);
  });
});

describe('planRotation', () => {
  it('keeps the last 30 daily and the last 12 monthly of 500 days of backups', () => {
    const names = dailyNames(new Date(2026, 10, 22), 500);
    const deleted = new Set(planRotation(names, '2026-11-22'));
    const kept = names.filter((n) => !deleted.has(n)).map((n) => n.slice(7, 17)).sort();
    const last30 = Array.from({ length: 30 }, (_, i) => localDay(new Date(2026, 10, 22 - i))).sort();
    const monthEnds = ['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30'];
    expect(kept).toEqual([...monthEnds, ...last30].sort());
    expect(kept).toHaveLength(40);
    expect(deleted.size).toBe(460);
  });

  it('keeps the newest of each earlier day, every backup of today, and never touches other files', () => {
    const names = [
      'backup-2026-11-20-090000-daily.json',
      'backup-2026-11-20-140000-before-import.json',
      'backup-2026-11-20-140000-1-before-restore.json',
      'backup-2026-11-22-090000-daily.json',
      'backup-2026-11-22-100000-before-import.json',
      'backup-2026-11-22-100000-1-before-restore.json',
      'notes.txt',
      'backup-2026-11-20-090000-daily.json.tmp',
    ];
    expect(planRotation(names, '2026-11-22').sort()).toEqual(['backup-2026-11-20-090000-daily.json', 'backup-2026-11-20-140000-before-import.json']);
  });
});

describe('planRotation caps today and the folder', () => {
  it('keeps only the newest 10 of 25 backups made today', () => {
    const names = Array.from({ length: 25 }, (_, i) => backupFileName(new Date(2026, 10, 22, 8, i, 0), 'before-import'));
    const deleted = new Set(planRotation(names, '2026-11-22'));
    expect(TODAY_KEPT).toBe(10);
    expect(names.filter((n) => !deleted.has(n))).toEqual(names.slice(-10));
  });

  it('keeps, newest first, only what fits in 2 GB, oldest removed first', () => {
    const names = dailyNames(new Date(2026, 10, 22), 40);
    const sizes = new Map(names.map((n) => [n, 100 * 1024 * 1024]));
    const deleted = new Set(planRotation(names, '2026-11-22', sizes));
    const kept = names.filter((n) => !deleted.has(n));
    expect(kept).toEqual(names.slice(0, 20)); // 20 x 100 MB fits in 2,048 MB; the 21st would not
    expect(kept.reduce((t, n) => t + sizes.get(n)!, 0)).toBeLessThanOrEqual(MAX_FOLDER_BYTES);
  });

  it('"Storage and backups" says what the rotation keeps, from the same figures', () => {
    expect(describeBackupRetention()).toBe(
      `Kept: up to ${TODAY_KEPT} made today, the newest of each of the last 30 days and of each of the last 12 months, and never more than ${MAX_FOLDER_BYTES / 1024 ** 3} GB in all: past that the oldest are removed first, and the newest is always kept.`,
    );
  });

  it('always keeps the newest backup, even one bigger than the cap on its own', () => {
    const names = dailyNames(new Date(2026, 10, 22), 3);
    const sizes = new Map(names.map((n, i) => [n, i === 0 ? 3 * 1024 * 1024 * 1024 : 1024]));
    expect(planRotation(names, '2026-11-22', sizes).sort()).toEqual(names.slice(1).sort());
  });
});

describe('links and FIFOs in the backups folder', () => {
  it('are not listed and not read: a link could lead out of the folder, a FIFO would hang the list', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.json'), exampleBackup);
      await writeFile(path.join(dir, 'backup-2026-11-20-090000-daily.json'), exampleBackup);
      await symlink(path.join(outside, 'secret.json'), path.join(dir, 'backup-2026-11-21-090000-daily.json'));
      if (process.platform !== 'win32') execFileSync('mkfifo', [path.join(dir, 'backup-2026-11-22-090000-daily.json')]);
      const list = await listBackups(dir, nodeBackupFs);
      expect(list.map((b) => b.name)).toEqual(['backup-2026-11-20-090000-daily.json']);
      const store = createBackupStore({ dir, fs: nodeBackupFs, now: () => new Date(2026, 10, 22) });
      await expect(store.read('backup-2026-11-21-090000-daily.json')).rejects.toThrow(/it is not an ordinary file \(a link or a device\), so it was not opened/);
      if (process.platform !== 'win32') await expect(store.read('backup-2026-11-22-090000-daily.json')).rejects.toThrow(/not an ordinary file/);
      // Even asked directly, the low-level reader neither follows the link nor waits on the FIFO.
      await expect(nodeBackupFs.readStart(path.join(dir, 'backup-2026-11-21-090000-daily.json'), 100)).rejects.toThrow();
      if (process.platform !== 'win32') await expect(nodeBackupFs.readStart(path.join(dir, 'backup-2026-11-22-090000-daily.json'), 100)).rejects.toThrow(/not an ordinary file/);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe('the backups folder', () => {
  it('writes a daily backup at most once a day, names backups made in the same second apart and rotates old ones away', async () => {
    await Promise.all(dailyNames(new Date(2026, 10, 21), 100).map((name) => writeFile(path.join(dir, name), tinyBackup('2026-01-01T09:00:00.000Z'))));
    await writeFile(path.join(dir, 'backup-2026-01-01-090000-daily.json.tmp'), '{"format": "scrutiny-trac');
    await writeFile(path.join(dir, 'officer notes.txt'), 'kept');
    const now = new Date(2026, 10, 22, 10, 15, 0);
    const store = createBackupStore({ dir, fs: nodeBackupFs, now: () => now });

    const first = await store.write('daily', exampleBackup);
    expect(first).toEqual({ status: 'written', name: 'backup-2026-11-22-101500-daily.json' });
    await expect(store.write('daily', exampleBackup)).resolves.toEqual({ status: 'skipped', name: first.name });
    const [a, b] = await Promise.all([store.write('before-import', exampleBackup), store.write('before-import', exampleBackup)]);
    expect([a.name, b.name]).toEqual(['backup-2026-11-22-101500-before-import.json', 'backup-2026-11-22-101500-1-before-import.json']);

    const files = await readdir(dir);
    expect(files).toContain('officer notes.txt');
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
    const backups = files.filter((f) => f.startsWith('backup-'));
    // Today's three, the 29 days before and the newest of the months before those.
    expect(backups.filter((f) => f.startsWith('backup-2026-11-22'))).toHaveLength(3);
    expect(backups.length).toBeLessThanOrEqual(3 + 29 + 12);
    expect(await readFile(path.join(dir, first.name), 'utf8')).toBe(exampleBackup);
  });

  it('lists backups newest first with their date, kind and counts, skipping files that are not backups', async () => {
    await writeFile(path.join(dir, 'backup-2026-11-20-090000-daily.json'), exampleBackup);
    await writeFile(path.join(dir, 'backup-2026-11-21-090000-before-restore.json'), tinyBackup('2026-11-21T09:00:00.000Z'));
    await writeFile(path.join(dir, 'backup-2026-11-22-090000-daily.json'), 'this file was damaged');
    await writeFile(path.join(dir, 'holiday.json'), exampleBackup);
    const list = await listBackups(dir, nodeBackupFs);
    expect(list.map((b) => [b.name, b.kind, b.counts?.recommendations ?? null])).toEqual([
      ['backup-2026-11-22-090000-daily.json', 'daily', null],
      ['backup-2026-11-21-090000-before-restore.json', 'before-restore', 0],
      ['backup-2026-11-20-090000-daily.json', 'daily', 49],
    ]);
    expect(list[2]!.createdAt).toBe('2026-11-22T09:00:00.000Z');
    expect(list[2]!.size).toBe(Buffer.byteLength(exampleBackup));
    expect(await listBackups(path.join(dir, 'not-made-yet'), nodeBackupFs)).toEqual([]);
  });

  it('refuses to keep anything that is not a backup', async () => {
    const store = createBackupStore({ dir, fs: nodeBackupFs, now: () => new Date() });
    await expect(store.write('daily', '#!/bin/sh\nrm -rf ~')).rejects.toThrow('what it was given is not a backup');
    expect(await readdir(dir)).toEqual([]);
  });

  it('reads a backup back by name only, and says so when it has gone', async () => {
    const store = createBackupStore({ dir, fs: nodeBackupFs, now: () => new Date(2026, 10, 22, 9, 0, 0) });
    const { name } = await store.write('daily', exampleBackup);
    await expect(store.read(name)).resolves.toBe(exampleBackup);
    await expect(store.read('../backup-2026-11-22-090000-daily.json')).rejects.toThrow('That is not the name of an automatic backup.');
    await expect(store.read('backup-2026-11-23-090000-daily.json')).rejects.toThrow('The automatic backup "backup-2026-11-23-090000-daily.json" is no longer there.');
  });
});

describe('backup IPC handlers', () => {
  function handlers() {
    const backups = {
      write: vi.fn(async () => ({ status: 'written' as const, name: 'backup-2026-11-22-090000-daily.json' })),
      list: vi.fn(async () => ({ folder: dir, backups: [] })),
      read: vi.fn(async () => exampleBackup),
    };
    return { backups, write: createBackupWriteHandler(backups), list: createBackupListHandler(backups), read: createBackupReadHandler(backups) };
  }

  const strangers: InvokeEventLike[] = [
    { senderFrame: null },
    { senderFrame: { url: 'http://127.0.0.1:4870/' } },
    { senderFrame: { url: 'app://scrutiny-tracker.evil.example/' } },
    { senderFrame: { url: 'file:///C:/Users/x/evil.html' } },
  ];

  it.each(strangers)('refuses every backup channel from a stranger (%o)', async (event) => {
    const { backups, write, list, read } = handlers();
    await expect(write(event, { kind: 'daily', text: exampleBackup })).rejects.toThrow("backup:write was refused: the request did not come from Scrutiny Tracker's own window.");
    await expect(list(event)).rejects.toThrow(/^backup:list was refused/);
    await expect(read(event, 'backup-2026-11-22-090000-daily.json')).rejects.toThrow(/^backup:read was refused/);
    expect(backups.write).not.toHaveBeenCalled();
    expect(backups.list).not.toHaveBeenCalled();
    expect(backups.read).not.toHaveBeenCalled();
  });

  it.each([
    ['a parent-folder path', '../../.bashrc'],
    ['a path hidden after a good name', 'backup-2026-11-22-090000-daily.json/../../secrets.json'],
    ['a Windows path', '..\\..\\Windows\\win.ini'],
    ['an absolute path', '/etc/passwd'],
    ['a good name with a folder in front', 'backups/backup-2026-11-22-090000-daily.json'],
    ['a NUL byte', 'backup-2026-11-22-090000-daily.json\u0000.txt'],
    ['a name of another kind', 'backup-2026-11-22-090000-weekly.json'],
    ['a number', 42],
    ['an object', { name: 'backup-2026-11-22-090000-daily.json' }],
    ['a very long name', `backup-2026-11-22-090000-daily.json${'x'.repeat(10_000)}`],
  ])('refuses to read %s', async (_what, name) => {
    const { backups, read } = handlers();
    await expect(read(appEvent, name)).rejects.toThrow(/^backup:read was refused\. /);
    expect(backups.read).not.toHaveBeenCalled();
  });

  it.each([
    ['no arguments', [], /exactly one argument/],
    ['two arguments', [{ kind: 'daily', text: exampleBackup }, 'extra'], /exactly one argument/],
    ['a string', [exampleBackup], /must be an object with kind and text/],
    ['an unknown kind', [{ kind: 'weekly', text: exampleBackup }], /kind: The kind of backup must be one of daily, before-restore, before-import, before-upgrade/],
    ['text that is not text', [{ kind: 'daily', text: new Uint8Array([1]) }], /text: The backup must be text/],
    ['empty text', [{ kind: 'daily', text: '' }], /The backup is empty/],
    ['a file name smuggled in', [{ kind: 'daily', text: exampleBackup, name: '../../evil.json' }], /Unexpected field "name"/],
    ['oversized text', [{ kind: 'daily', text: ' '.repeat(MAX_BACKUP_CHARS + 1) }], /The backup is larger than 200 MB/],
  ])('refuses to write %s', async (_what, args, message) => {
    const { backups, write } = handlers();
    await expect(write(appEvent, ...(args as unknown[]))).rejects.toThrow(message);
    expect(backups.write).not.toHaveBeenCalled();
  });

  it('passes a good call through, and list takes no arguments', async () => {
    const { backups, write, list, read } = handlers();
    await expect(write(appEvent, { kind: 'before-restore', text: exampleBackup })).resolves.toEqual({ status: 'written', name: 'backup-2026-11-22-090000-daily.json' });
    expect(backups.write).toHaveBeenCalledWith('before-restore', exampleBackup);
    await expect(read(appEvent, 'backup-2026-11-22-090000-daily.json')).resolves.toBe(exampleBackup);
    await expect(list(appEvent)).resolves.toEqual({ folder: dir, backups: [] });
    await expect(list(appEvent, '/etc')).rejects.toThrow('backup:list was refused. It takes no arguments.');
  });
});
