// npm start's decisions: Electron when its binary is here, otherwise the browser on the fixed
// web-mode origin, said in one line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import viteConfig, { WEB_PORT as VITE_WEB_PORT } from '../../vite.config';
import {
  chooseMode,
  electronEnv,
  findElectronBinary,
  findElectronPackageDir,
  portInUseMessage,
  WEB_HOST,
  WEB_PORT,
  WEB_URL,
  webModeMessage,
} from '../../scripts/start-lib.mjs';

const electronDir = path.join('/project', 'node_modules', 'electron');

function fakeFs(files: Record<string, string>) {
  return {
    exists: (file: string) => Object.prototype.hasOwnProperty.call(files, file),
    readText: (file: string) => {
      const text = files[file];
      if (text === undefined) throw new Error(`ENOENT: ${file}`);
      return text;
    },
  };
}

describe('findElectronBinary', () => {
  it('finds the executable named by path.txt inside dist/', () => {
    const fs = fakeFs({ [path.join(electronDir, 'path.txt')]: 'electron', [path.join(electronDir, 'dist', 'electron')]: '' });
    expect(findElectronBinary({ electronDir, ...fs, env: {} })).toBe(path.join(electronDir, 'dist', 'electron'));
  });

  it('reads the Windows and macOS executable names from path.txt too', () => {
    for (const name of ['electron.exe', 'Electron.app/Contents/MacOS/Electron']) {
      const fs = fakeFs({ [path.join(electronDir, 'path.txt')]: `${name}\n`, [path.join(electronDir, 'dist', name)]: '' });
      expect(findElectronBinary({ electronDir, ...fs, env: {} })).toBe(path.join(electronDir, 'dist', name));
    }
  });

  it('is null when the binary was never downloaded (no path.txt), as after a plain npm install of electron 45', () => {
    expect(findElectronBinary({ electronDir, ...fakeFs({}), env: {} })).toBeNull();
  });

  it('is null when path.txt is there but dist/ is not', () => {
    expect(findElectronBinary({ electronDir, ...fakeFs({ [path.join(electronDir, 'path.txt')]: 'electron' }), env: {} })).toBeNull();
  });

  it('is null when the electron package itself is missing', () => {
    expect(findElectronBinary({ electronDir: null, ...fakeFs({}), env: {} })).toBeNull();
    expect(
      findElectronPackageDir(() => {
        throw new Error('Cannot find module');
      }),
    ).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as electron/index.js does', () => {
    const fs = fakeFs({ [path.join('/opt/electron', 'electron')]: '' });
    expect(findElectronBinary({ electronDir, ...fs, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' } })).toBe(path.join('/opt/electron', 'electron'));
    expect(findElectronBinary({ electronDir, ...fakeFs({}), env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' } })).toBeNull();
  });

  it('looks in this checkout without running electron/index.js (which would try to download)', () => {
    const dir = findElectronPackageDir();
    expect(dir === null || dir.endsWith(path.join('node_modules', 'electron'))).toBe(true);
  });
});

describe('chooseMode and the web-mode line', () => {
  it('chooses Electron only when its binary exists', () => {
    expect(chooseMode({ electronBinaryExists: true })).toBe('electron');
    expect(chooseMode({ electronBinaryExists: false })).toBe('web');
  });

  it('says it in exactly one line, naming the fix and the address', () => {
    const line = webModeMessage();
    expect(line).not.toMatch(/\n/);
    expect(line).toBe(
      `Electron's binary is not installed here (run "npx install-electron" to get it), so Scrutiny Tracker is being served for your browser at http://127.0.0.1:4870/`,
    );
    expect(portInUseMessage()).toMatch(/^Port 4870 on 127\.0\.0\.1 is already in use/);
  });

  it('uses the same fixed origin as vite.config.ts (web-mode data lives under it)', () => {
    expect(WEB_PORT).toBe(4870);
    expect(WEB_PORT).toBe(VITE_WEB_PORT);
    expect(WEB_URL).toBe('http://127.0.0.1:4870/');
    expect(viteConfig.preview).toMatchObject({ host: WEB_HOST, port: WEB_PORT, strictPort: true });
  });

  it('keeps ELECTRON_RUN_AS_NODE away from Electron', () => {
    expect(electronEnv({ PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' })).toEqual({ PATH: '/bin' });
  });
});
