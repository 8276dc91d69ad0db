// Builds the unpacked Linux app with electron-builder against a stand-in Electron folder (the real
// Electron zips cannot be downloaded here), which also validates electron-builder.yml, then checks
// that app.asar holds the built app and nothing else: no sources, maps, tests, .env or node_modules.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import asar from '@electron/asar';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const work = mkdtempSync(path.join(tmpdir(), 'scrutiny-package-'));
const electronDist = path.join(work, 'electron-dist');
const output = path.join(work, 'release');
mkdirSync(electronDist, { recursive: true });
// The stand-in: what electron-builder copies and renames; it is never run. Like a real Electron
// binary it carries the fuse wire (sentinel, version 1, 8 fuses at Electron's defaults), so the
// build flips the fuses electron-builder.yml asks for and this script can read them back.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = ['RunAsNode', 'EnableCookieEncryption', 'EnableNodeOptionsEnvironmentVariable', 'EnableNodeCliInspectArguments', 'EnableEmbeddedAsarIntegrityValidation', 'OnlyLoadAppFromAsar', 'LoadBrowserProcessSpecificV8Snapshot', 'GrantFileProtocolExtraPrivileges'];
const defaults = '10110001';
writeFileSync(path.join(electronDist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in for Electron"\nexit 0\n'), Buffer.from(SENTINEL), Buffer.from([1, FUSES.length]), Buffer.from(defaults)]));
chmodSync(path.join(electronDist, 'electron'), 0o755);
writeFileSync(path.join(electronDist, 'version'), pkg.devDependencies.electron);
writeFileSync(path.join(electronDist, 'LICENSE'), 'stand-in');

const result = spawnSync(
  'npx',
  [
    'electron-builder', '--linux', 'dir', '--publish', 'never',
    `-c.electronDist=${electronDist}`, `-c.electronVersion=${pkg.devDependencies.electron}`, `-c.directories.output=${output}`,
  ],
  { encoding: 'utf8', env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' } },
);
if (result.status !== 0) {
  console.error(result.stdout, result.stderr);
  console.error('electron-builder could not build the unpacked app (see above).');
  process.exit(1);
}

const archive = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
if (!existsSync(archive)) {
  console.error(`No app.asar at ${archive}.`);
  process.exit(1);
}
const entries = asar.listPackage(archive, { isPack: false }).map((p) => p.replaceAll('\\', '/'));
const files = entries.filter((p) => /\.[a-z0-9]+$/i.test(path.basename(p)));
const allowed = [/^\/package\.json$/, /^\/dist-electron\/(main|preload)\.cjs$/, /^\/dist\/renderer\/index\.html$/, /^\/dist\/renderer\/assets\/[\w.-]+\.(js|mjs|css)$/];
const unexpected = files.filter((f) => !allowed.some((re) => re.test(f)));
const required = ['/package.json', '/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/dist/renderer/index.html'];
const missing = required.filter((r) => !files.includes(r));
const forbidden = entries.filter((p) => /node_modules|\.map$|\.ts$|\.tsx$|\/tests?\/|\.env/.test(p));

// The fuses as built: what a council laptop would run with.
const binary = readFileSync(path.join(output, 'linux-unpacked', pkg.name));
const at = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
const fuses = Object.fromEntries(FUSES.map((name, i) => [name, binary[at + i] === 49]));
const wanted = { RunAsNode: false, EnableCookieEncryption: true, EnableNodeOptionsEnvironmentVariable: false, EnableNodeCliInspectArguments: false, OnlyLoadAppFromAsar: true, GrantFileProtocolExtraPrivileges: false };
const wrongFuses = Object.entries(wanted).filter(([name, on]) => fuses[name] !== on).map(([name, on]) => `${name} should be ${on ? 'on' : 'off'}`);

rmSync(work, { recursive: true, force: true });
console.log(`fuses: ${FUSES.map((f) => `${f} ${fuses[f] ? 'on' : 'off'}`).join(', ')}`);
if (wrongFuses.length) {
  console.error(`Electron fuses not as configured: ${wrongFuses.join('; ')}`);
  process.exit(1);
}
console.log(`app.asar: ${files.length} files (${files.filter((f) => f.includes('/assets/')).length} renderer assets).`);
if (missing.length || unexpected.length || forbidden.length) {
  if (missing.length) console.error(`Missing from app.asar: ${missing.join(', ')}`);
  if (unexpected.length) console.error(`Not expected in app.asar: ${unexpected.join(', ')}`);
  if (forbidden.length) console.error(`Must never be packaged: ${forbidden.join(', ')}`);
  process.exit(1);
}
console.log('The unpacked app builds and app.asar holds the built app and nothing else.');
