// `npm test`: typecheck, lint, unit tests, build, end-to-end tests, in that order, stopping at the
// first failure; ends with one line counting every test that ran ("N passed, N failed").
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`The end-to-end tests need Debian's Chromium at ${chromium}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  process.exit(1);
}

/** The first port from `start` that nothing on 127.0.0.1 is listening on. */
async function freePort(start) {
  for (let port = start; port < start + 100; port++) {
    const free = await new Promise((resolve) => {
      const server = createServer().once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port from ${start} for the end-to-end tests.`);
}
const e2ePort = await freePort(4871);

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function counts(file, read) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}

const steps = [
  ['Typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['Typecheck shared/ without DOM or Node', 'npx', ['tsc', '-p', 'tsconfig.shared.json']],
  ['Typecheck electron/', 'npx', ['tsc', '-p', 'tsconfig.electron.json']],
  ['Lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['Electron security scan (Electronegativity)', 'node', ['scripts/electronegativity.mjs']],
  ['Unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`]],
  ['Build the renderer', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['Build main and preload', 'node', ['scripts/build-electron.mjs']],
  ['Package the unpacked app (stand-in Electron) and check app.asar and the fuses', 'node', ['scripts/check-package.mjs']],
  ['End-to-end tests (Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`, E2E_PORT: String(e2ePort) }],
];

let ok = true;
for (const [title, command, args, env] of steps) {
  if (!run(title, command, args, env)) {
    ok = false;
    break;
  }
}

const unit = counts(`${REPORTS}/vitest.json`, (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + (j.numTodoTests ?? 0) }));
const e2e = counts(`${REPORTS}/playwright.json`, (j) => ({ passed: j.stats.expected, failed: j.stats.unexpected + j.stats.flaky, skipped: j.stats.skipped }));
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + (ok ? 0 : unit.failed + e2e.failed === 0 ? 1 : 0);
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
console.log(`tests: ${passed} passed, ${failed} failed, ${unit.skipped + e2e.skipped} skipped`);
process.exit(ok && failed === 0 ? 0 : 1);
