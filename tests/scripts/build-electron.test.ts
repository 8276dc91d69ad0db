// scripts/build-electron.mjs: two CommonJS bundles, Electron left external, and a preload small
// enough to hold no validation library (it needs only channel names).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../scripts/build-electron.mjs';

let tmp: string;
let main: string;
let preload: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-build-'));
  const files = await buildElectron({ outDir: tmp, quiet: true });
  expect(files).toEqual([path.join(tmp, 'main.cjs'), path.join(tmp, 'preload.cjs')]);
  [main = '', preload = ''] = await Promise.all(files.map((file) => readFile(file, 'utf8')));
}, 60_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('build-electron', () => {
  it('writes CommonJS that requires electron rather than bundling it', () => {
    for (const code of [main, preload]) {
      expect(code.startsWith('"use strict";')).toBe(true);
      expect(code).toContain('require("electron")');
      expect(code).not.toMatch(/^\s*(import|export) /m);
    }
  });

  it('bundles the contract into main, with zod, and the origin', () => {
    expect(main).toContain('app://scrutiny-tracker');
    expect(main).toContain('file:save');
    expect(main).toMatch(/node_modules\/zod\//);
  });

  it('keeps the sandboxed preload tiny: channel names and the bridge, no zod', () => {
    expect(preload).toContain('exposeInMainWorld("scrutiny"');
    expect(preload).toContain('"menu:command"');
    expect(preload).not.toMatch(/zod/);
    expect(preload.length).toBeLessThan(8 * 1024);
  });
});
