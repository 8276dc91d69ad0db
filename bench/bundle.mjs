// Bundles the project's TypeScript for a bench script with esbuild (as the app ships it) and imports it: one place for
// the build options the minutes benches share.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `contents` (export lines, relative to the project) into bench/out/NAME.bundle.mjs and imports it. */
export async function bundleAndImport(name, contents, platform = 'node') {
  const outfile = path.join(projectDir, 'bench', 'out', `${name}.bundle.mjs`);
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({ absWorkingDir: projectDir, stdin: { contents, resolveDir: projectDir, loader: 'ts' }, bundle: true, format: 'esm', platform, target: 'es2022', outfile, logLevel: 'warning' });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}
