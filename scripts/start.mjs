// `npm start`: builds the renderer and the Electron bundles, then opens the desktop app, or, when
// Electron's binary is not installed, serves the same renderer to a browser on 127.0.0.1:4870.
// `npm start -- --no-build` skips the build and uses what dist/ already holds.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild, preview } from 'vite';
import { buildElectron } from './build-electron.mjs';
import {
  chooseMode,
  electronEnv,
  findElectronBinary,
  portInUseMessage,
  WEB_HOST,
  WEB_PORT,
  webModeMessage,
} from './start-lib.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configFile = path.join(projectDir, 'vite.config.ts');

async function buildAll() {
  await viteBuild({ configFile, logLevel: 'warn' });
  await buildElectron({ quiet: true });
}

function runElectron(binary) {
  const child = spawn(binary, [projectDir], { stdio: 'inherit', env: electronEnv(process.env) });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveWeb() {
  let server;
  try {
    server = await preview({
      configFile,
      logLevel: 'warn',
      preview: { host: WEB_HOST, port: WEB_PORT, strictPort: true, open: false },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(/already in use/i.test(message) ? portInUseMessage() : message);
    process.exit(1);
  }
  console.log(webModeMessage());
  // Nothing is kept in this process (the tracker lives in the browser), so stop at once rather
  // than wait for the browser's keep-alive connections to close.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
  return server;
}

async function main() {
  // Vite resolves the config's `root` against the working folder.
  process.chdir(projectDir);
  if (!process.argv.includes('--no-build')) await buildAll();
  const binary = findElectronBinary();
  if (chooseMode({ electronBinaryExists: binary !== null }) === 'electron') runElectron(binary);
  else await serveWeb();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
