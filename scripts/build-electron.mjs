// Bundles the Electron main process and the sandboxed preload, each into one CommonJS file in
// dist-electron/ (the preload must be one file: a sandboxed preload cannot require our modules).
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const ELECTRON_BUNDLES = [
  { entry: 'electron/main.ts', file: 'main.cjs' },
  { entry: 'electron/preload.ts', file: 'preload.cjs' },
];

/**
 * Builds both bundles into `outDir` (dist-electron/, where package.json's "main" points; tests
 * pass a temporary folder). Resolves to the absolute paths written.
 */
export async function buildElectron({ outDir = path.join(projectDir, 'dist-electron'), quiet = false } = {}) {
  const outfiles = ELECTRON_BUNDLES.map(({ file }) => path.resolve(projectDir, outDir, file));
  await Promise.all(
    ELECTRON_BUNDLES.map(({ entry }, i) =>
      build({
        absWorkingDir: projectDir,
        entryPoints: [entry],
        outfile: outfiles[i],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        // Electron supplies its own module at run time; everything else (zod, shared/) is bundled in.
        external: ['electron'],
        sourcemap: false,
        logLevel: 'warning',
      }),
    ),
  );
  if (!quiet) {
    for (const outfile of outfiles) {
      const kib = (statSync(outfile).size / 1024).toFixed(1);
      console.log(`built ${path.relative(projectDir, outfile)} (${kib} KiB)`);
    }
  }
  return outfiles;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildElectron().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
