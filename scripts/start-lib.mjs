// Decisions for `npm start`, kept free of side effects so tests can drive them: where Electron's
// binary is, whether to use it or the browser, and the one line said when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Web mode keeps the tracker in the browser under this origin, so host and port must never
// change (vite.config.ts says the same; tests/scripts/start-lib.test.ts checks they agree).
export const WEB_HOST = '127.0.0.1';
export const WEB_PORT = 4870;
export const WEB_URL = `http://${WEB_HOST}:${WEB_PORT}/`;

/** The folder of the installed `electron` package, or null. Resolving does not run its index.js. */
export function findElectronPackageDir(resolve = createRequire(import.meta.url).resolve) {
  try {
    return path.dirname(resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The Electron executable if it has been downloaded, else null. Mirrors node_modules/electron/
 * index.js (path.txt names the executable inside dist/) without its side effect: requiring that
 * file starts a download when the binary is missing, which cannot work offline.
 */
export function findElectronBinary({
  electronDir = findElectronPackageDir(),
  exists = existsSync,
  readText = (file) => readFileSync(file, 'utf8'),
  env = process.env,
} = {}) {
  if (!electronDir) return null;
  const pathFile = path.join(electronDir, 'path.txt');
  const executable = exists(pathFile) ? readText(pathFile).trim() : '';
  // The same override electron/index.js honours, for a binary kept outside node_modules.
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, executable || 'electron');
    return exists(candidate) ? candidate : null;
  }
  if (!executable) return null;
  const candidate = path.join(electronDir, 'dist', executable);
  return exists(candidate) ? candidate : null;
}

/** 'electron' when its binary is here, otherwise 'web' (the same renderer, served to a browser). */
export function chooseMode({ electronBinaryExists }) {
  return electronBinaryExists ? 'electron' : 'web';
}

/** The single line `npm start` prints when it falls back to web mode. */
export function webModeMessage() {
  return `Electron's binary is not installed here (run "npx install-electron" to get it), so Scrutiny Tracker is being served for your browser at ${WEB_URL}`;
}

/** The line printed when the web port is taken, most likely by Scrutiny Tracker itself. */
export function portInUseMessage() {
  return `Port ${WEB_PORT} on ${WEB_HOST} is already in use: Scrutiny Tracker may already be running at ${WEB_URL} (close that first, or open it in your browser).`;
}

/** Electron's environment: ELECTRON_RUN_AS_NODE, if set by a parent tool, would start plain Node instead of the app. */
export function electronEnv(env) {
  const { ELECTRON_RUN_AS_NODE: _ignored, ...rest } = env;
  return rest;
}
