// Scores parseMinutes on the real-minutes corpus and prints the pooled figures (and, with MISSES=1,
// every miss). PART=held-out scores the set-aside quarter instead of the working part, PART=all both.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(projectDir, 'bench', 'out', 'minutes-corpus.bundle.mjs');
mkdirSync(path.dirname(outfile), { recursive: true });
await build({
  absWorkingDir: projectDir,
  stdin: {
    contents: "export { parseMinutes } from './shared/minutes/index';\nexport { loadCases, scoreCorpus, summary } from './tests/shared/minutes/realCorpus';\n",
    resolveDir: projectDir,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  outfile,
  logLevel: 'warning',
});
const { parseMinutes, loadCases, scoreCorpus, summary } = await import(pathToFileURL(outfile).href);
// PART=held-out: the set-aside quarter; PART=all: both parts together.
const part = process.env.PART === 'held-out' || process.env.PART === 'all' ? process.env.PART : '';
const dir = path.join(projectDir, 'tests', 'fixtures', 'minutes', 'real');
const cases = part === 'held-out' ? loadCases(path.join(dir, 'held-out')) : part === 'all' ? [...loadCases(dir), ...loadCases(path.join(dir, 'held-out'))] : loadCases(dir);
const s = scoreCorpus(cases, parseMinutes);
if (process.env.MISSES) for (const m of s.misses) if (m.notes.length) console.log(`\n== ${m.name}\n${m.notes.join('\n')}`);
console.log(`${part || 'working part'}: ${summary(s)}`);
