// The benchmark's Node measurements: bundles shared/ with esbuild (as run-docx.mjs and minutes-bench.mjs do) and times the Word appendix and parseMinutes.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

/** Bundles shared/index.ts (plus the minutes corpus) for Node, and shared/index.ts alone for the browser. */
export async function bundleShared(root, outDir) {
  const node = `${outDir}/shared-node.mjs`;
  const browser = `${outDir}/shared-browser.mjs`;
  await build({
    absWorkingDir: root,
    stdin: {
      contents: "export * from './shared/index';\nexport { buildCorpus } from './tests/shared/minutes/corpus';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: node,
    logLevel: 'warning',
  });
  await build({ absWorkingDir: root, entryPoints: ['shared/index.ts'], bundle: true, platform: 'browser', format: 'esm', target: 'chrome120', outfile: browser, logLevel: 'warning' });
  return { shared: await import(pathToFileURL(node).href), browser };
}

async function timeRuns(fn, runs) {
  await fn(); // the first run warms the JIT and the library's caches
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** ms per run of buildAppendixDocx for each [count, interchange json]. */
export async function nodeExport(shared, trackers, runs) {
  const options = { author: 'Webb, Danial', date: '2025-07-17', version: 7 };
  const out = [];
  for (const [count, json] of trackers) {
    const tracker = shared.readInterchange(json);
    const times = await timeRuns(() => shared.buildAppendixDocx(tracker, options), runs(count));
    out.push([count, times]);
    console.error(`  node appendix ${count}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  }
  return out;
}

/** ms per run of parseMinutes on `pages` pages of the test corpus (fails if a resolution is missed). */
export async function minutes(shared, pages, runs) {
  const corpus = shared.buildCorpus(pages);
  let found = 0;
  const times = await timeRuns(() => {
    const parsed = shared.parseMinutes(corpus.text);
    found = parsed.items.reduce((n, item) => n + item.resolutions.length, 0);
  }, runs);
  if (found !== corpus.resolutions) throw new Error(`parseMinutes found ${found} of ${corpus.resolutions} resolutions`);
  return { times, pages: corpus.pages, kb: corpus.text.length / 1024 };
}

/** How many recommendations each query should find, by the app's rule (every typed word starts a word of the record). */
export function expectedCounts(shared, files, queries) {
  const wordSets = [];
  for (const file of files) {
    for (const m of file.meetings) for (const it of m.items) for (const r of it.recommendations) wordSets.push(shared.indexWords(r.text, r.response ?? '', r.action ?? '', r.note ?? ''));
  }
  const out = {};
  for (const q of queries) {
    const prefixes = shared.queryPrefixes(q);
    out[q] = wordSets.filter((ws) => prefixes.every((p) => ws.some((w) => w.startsWith(p)))).length;
  }
  return out;
}
