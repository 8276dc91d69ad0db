// electron-builder.yml: valid by electron-builder's own schema, identity fixed (appId and
// productName name the folder holding users' trackers), only the built app packaged, icon present.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const projectDir = path.resolve(import.meta.dirname, '../..');
// app-builder-lib is electron-builder's own configuration loader (installed with it).
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, options: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder.yml', () => {
  it('passes electron-builder validation with the fixed identity and an allowlist of built files', async () => {
    const config = await getConfig(projectDir, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.appId).toBe('uk.gov.scrutinytracker.app');
    expect(config.productName).toBe('Scrutiny Tracker');
    expect(config.directories).toMatchObject({ output: 'release', buildResources: 'build' });
    // Validation normalises the list into one file set.
    expect(config.files).toEqual([{ filter: ['dist/renderer/**', 'dist-electron/**', 'package.json'] }]);
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds the agreed installers', async () => {
    const config = (await getConfig(projectDir, null, null)) as Record<string, { target?: unknown } & Record<string, unknown>>;
    expect(config.win?.target).toEqual(['nsis', 'msi', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
    // IT deploys the MSI per machine (Intune, SCCM); officers install the NSIS one without admin rights.
    expect(config.msi).toMatchObject({ perMachine: true });
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('ships no node_modules: the beforeBuild hook, loaded as electron-builder loads it, reports them handled', async () => {
    const config = await getConfig(projectDir, null, null);
    const { resolveFunction } = require('app-builder-lib/out/util/resolve') as {
      resolveFunction(type: string, executor: unknown, name: string, root: string): Promise<() => Promise<boolean>>;
    };
    const cwd = process.cwd();
    process.chdir(projectDir); // electron-builder resolves "./" hook paths against the working folder
    try {
      const hook = await resolveFunction('module', config.beforeBuild, 'beforeBuild', projectDir);
      await expect(hook()).resolves.toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  it('has a 512×512 PNG icon with transparency, and its SVG source', async () => {
    const png = await readFile(path.join(projectDir, 'build', 'icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(png[25]).toBe(6); // colour type 6: RGBA
    expect(await readFile(path.join(projectDir, 'build', 'icon.svg'), 'utf8')).toMatch(/<svg[^>]+viewBox="0 0 512 512"/);
  });

  it('matches the productName in package.json', async () => {
    const pkg = JSON.parse(await readFile(path.join(projectDir, 'package.json'), 'utf8')) as { productName: string; main: string };
    expect(pkg.productName).toBe('Scrutiny Tracker');
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });
});
