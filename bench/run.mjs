// `npm run bench`: the tracker at 50,000 recommendations, measured on this machine and written to bench/RESULTS.md.
// Builds the renderer into bench/out (not dist/, so end-to-end runs elsewhere are not disturbed),
// generates the synthetic tracker (bench/synthetic.mjs), and measures import, first rows, search and
// filters, scrolling and memory in Chromium, the Word appendix in Node and in Chromium, and the
// minutes parser in Node. Options: --import-runs N (full imports of 50,000 into fresh profiles,
// default 3), --ten-files (import 10 files of 5,000 rather than one of 50,000), --reuse (measure
// again on the last profile without importing), --no-build, --dist DIR, --write FILE, --only LIST,
// --quick, --port N.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { board, browserExport, filters, firstRows, importFiles, launch, median, memory, pct, scrolling, searches } from './browser.mjs';
import { bundleShared, expectedCounts, minutes, nodeExport } from './node-figures.mjs';
import { makeCommittee, searchQueries, vocabulary } from './synthetic.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'bench', 'out');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const quick = process.argv.includes('--quick');
// --only import,first,search,filters,scroll,board,memory,export,minutes: measure just those (no RESULTS.md).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null;
const want = (name) => !only || only.includes(name);
const reuse = process.argv.includes('--reuse') || !want('import');
const importRuns = reuse ? 0 : arg('--import-runs', quick ? 1 : 3);
// Not 4870 (the app's own web-mode origin, which would touch an officer's data) nor 4871 (e2e tests).
const PORT = arg('--port', 4879);
const origin = `http://127.0.0.1:${PORT}`;
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(', ');
const loads = [load()];

mkdirSync(out, { recursive: true });
// --dist DIR measures a renderer built elsewhere (an older checkout, for before-and-after figures).
const dist = process.argv.includes('--dist') ? path.resolve(process.argv[process.argv.indexOf('--dist') + 1]) : path.join(out, 'renderer');
if (!process.argv.includes('--no-build') && !process.argv.includes('--dist')) {
  console.error('building the renderer…');
  execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

console.error('generating 10 committees of 5,000 recommendations…');
const words = vocabulary();
const committees = Array.from({ length: 10 }, (_, c) => makeCommittee(c, 5000, words));
const dataDir = path.join(out, 'data');
mkdirSync(dataDir, { recursive: true });
// One interchange file of all ten committees (the several-committee form), or with --ten-files one
// file per committee, as the data-exchange dialog reads either.
const tenFiles = process.argv.includes('--ten-files');
const files = tenFiles
  ? committees.map((json, c) => {
      const file = path.join(dataDir, `committee-${String(c + 1).padStart(2, '0')}.json`);
      writeFileSync(file, JSON.stringify(json));
      return file;
    })
  : [path.join(dataDir, 'tracker-50000.json')];
if (!tenFiles) writeFileSync(files[0], JSON.stringify({ committees }));
const queries = searchQueries(words);

console.error('Node: appendix and minutes…');
const { shared, browser: browserBundle } = await bundleShared(root, out);
const exportRuns = (count) => (quick ? 1 : count >= 10_000 ? 5 : 9);
const exportTrackers = [
  [1_000, makeCommittee(20, 1_000, words)],
  [10_000, makeCommittee(21, 10_000, words)],
];
const nodeDocx = want('export') ? await nodeExport(shared, exportTrackers, exportRuns) : null;
const parse = want('minutes') ? await minutes(shared, 100, quick ? 5 : 15) : null;
const expected = expectedCounts(shared, committees, queries);
loads.push(load());

const server = spawn('npx', ['vite', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
const profile = path.join(out, 'profile');
const results = {};
let session;
try {
  let exited = false;
  server.on('exit', () => (exited = true));
  for (let i = 0; ; i++) {
    if (exited || i === 120) throw new Error(`vite preview did not start on port ${PORT} (in use? choose another with --port)`);
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const importTotals = [];
  const perFile = [];
  for (let run = 0; run < importRuns; run++) {
    console.error(`import run ${run + 1} of ${importRuns} (fresh profile)…`);
    rmSync(profile, { recursive: true, force: true });
    session = await launch(profile);
    await session.page.goto(origin);
    await session.page.getByRole('heading', { name: 'Your tracker is empty' }).waitFor();
    const times = await importFiles(session.page, files);
    importTotals.push({ imports: times.reduce((n, t) => n + t.import, 0), withPreview: times.reduce((n, t) => n + t.preview + t.import, 0) });
    perFile.push(...times);
    if (run < importRuns - 1) await session.context.close();
  }
  results.importTotals = importTotals;
  results.perFile = perFile;
  if (!session) session = await launch(profile);
  const { page } = session;
  if (reuse) await page.goto(origin);
  results.chromium = `Chromium ${/Chrome\/([\d.]+)/.exec(await page.evaluate(() => navigator.userAgent))?.[1] ?? '?'}`;

  if (want('first')) {
    console.error('first rows after a reload…');
    results.firstRows = await firstRows(page, quick ? 3 : 7);
  }
  if (want('search') || want('filters') || want('scroll') || want('board') || want('memory')) {
    await page.getByText('50,000 recommendations', { exact: true }).waitFor({ timeout: 120_000 });
  }
  if (want('search')) {
    console.error('search, one keystroke at a time…');
    results.search = await searches(page, queries, quick ? 1 : 2);
    for (const q of queries) if (results.search.counts[q] !== expected[q]) throw new Error(`"${q}" found ${results.search.counts[q]}, expected ${expected[q]}`);
  }
  if (want('filters')) {
    console.error('filters…');
    results.filters = await filters(page, quick ? 1 : 3);
  }
  if (want('scroll')) {
    console.error('scrolling…');
    results.scroll = await scrolling(page);
  }
  if (want('board')) {
    console.error('the Awaiting response board…');
    results.board = await board(page, quick ? 2 : 5);
  }
  if (want('memory')) results.memory = await memory(page, profile);
  loads.push(load());

  if (want('export')) {
    console.error('appendix in Chromium…');
    results.browserDocx = await browserExport(page, origin, browserBundle, exportTrackers, exportRuns);
  }
  await session.context.close();
} finally {
  await session?.context.close().catch(() => {});
  if (server.exitCode === null) process.kill(-server.pid);
}
loads.push(load());

const ms = (x) => `${Math.round(x).toLocaleString('en-GB')} ms`;
const s = (x) => `${(x / 1000).toFixed(1)} s`;
const mb = (x) => `${Math.round(x / 1048576)} MB`;
const worst = (xs) => Math.max(...xs);
const row = (measure, figure, target, met) => ({ measure, figure, target, met: target ? (met ? 'yes' : 'no') : '' });
const docxRow = (where, figures, count, target) => {
  const times = figures.find(([c]) => c === count)[1];
  return row(`Word appendix of ${count.toLocaleString('en-GB')} recommendations, ${where} (${times.length} runs)`, `${ms(median(times))} median, ${ms(worst(times))} worst`, `< ${s(target)}`, median(times) < target);
};
const rows = [];
if (results.importTotals?.length) {
  const totals = results.importTotals.map((t) => t.imports);
  const how = tenFiles ? '10 files of 5,000' : 'one file of 10 committees';
  rows.push(
    row(`Import of 50,000 through the Import dialog (${how}), pressing Import to the "Imported" message (${totals.length} runs)`, `${s(median(totals))} median, ${s(worst(totals))} worst`, '< 8.5 s', median(totals) < 8500),
    row('… choosing the file to its preview (reading and checking the file, then the same import rolled back)', `${s(median(results.perFile.map((t) => t.preview)))} median, ${s(worst(results.perFile.map((t) => t.preview)))} worst${tenFiles ? ' per file' : ''}`, '', false),
    row('… the whole: choose, preview, import', `${s(median(results.importTotals.map((t) => t.withPreview)))} median`, '', false),
  );
}
if (results.firstRows) {
  const fr = results.firstRows.map((r) => r.rows);
  const fc = results.firstRows.map((r) => r.count);
  rows.push(
    row(`Reload with 50,000 stored, to the first rows on screen (${fr.length} reloads)`, `${ms(median(fr))} median, ${ms(worst(fr))} worst`, '< 1 s', median(fr) < 1000),
    row('… to the count of all 50,000 (the search index ready)', `${ms(median(fc))} median, ${ms(worst(fc))} worst`, '', false),
  );
}
if (results.search) {
  const kt = results.search.times;
  rows.push(row(`Search keystroke to updated rows over 50,000 (${kt.length} keystrokes of ${queries.length} searches)`, `${ms(median(kt))} p50, ${ms(pct(kt, 0.95))} p95, ${ms(worst(kt))} worst`, 'p95 < 50 ms', pct(kt, 0.95) < 50));
}
if (results.filters) {
  const ft = results.filters;
  rows.push(row(`Filter, order or committee change to updated rows (${ft.length} changes)`, `${ms(median(ft))} p50, ${ms(pct(ft, 0.95))} p95, ${ms(worst(ft))} worst`, '', false));
}
const gaps = (g) => `${ms(median(g.gaps))} p50, ${ms(pct(g.gaps, 0.95))} p95, ${ms(worst(g.gaps))} worst; rows still loading in view in ${Math.round((100 * g.placeholders) / g.gaps.length)}% of frames`;
if (results.scroll) {
  rows.push(
    row(`Scrolling the whole table (${Math.round(results.scroll.height / 1e6)} million px) in 600 jumps: frame times`, gaps(results.scroll.jump), '', false),
    row('Scrolling 300 frames of 120 px: frame times', gaps(results.scroll.wheel), '', false),
  );
}
if (results.board) {
  rows.push(row(`Opening the Awaiting response board with every open recommendation of 50,000 (${results.board.length} times)`, `${ms(median(results.board))} median, ${ms(worst(results.board))} worst`, '', false));
}
if (nodeDocx) rows.push(docxRow('Node', nodeDocx, 1_000, 500), docxRow('Node', nodeDocx, 10_000, 3000));
if (results.browserDocx) rows.push(docxRow('Chromium', results.browserDocx, 1_000, 500), docxRow('Chromium', results.browserDocx, 10_000, 3000));
if (parse) {
  rows.push(row(`parseMinutes on ${parse.pages} pages (${Math.round(parse.kb)} KB), Node (${parse.times.length} runs)`, `${ms(median(parse.times))} median, ${ms(worst(parse.times))} worst`, '< 200 ms', median(parse.times) < 200));
}
if (results.memory) {
  rows.push(
    row('Renderer memory with 50,000 loaded, after search, filters and scrolling: process (PSS / RSS)', `${mb(results.memory.pss)} / ${mb(results.memory.rss)}`, '< 400 MB', results.memory.rss < 400 * 1048576),
    row('… of which JS heap (after a collection)', mb(results.memory.heap), '', false),
  );
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const chromium = results.chromium ?? 'Chromium';
const date = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const machine = `${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${chromium} headless`;
const table = [
  '| measure | result | target | met |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.measure} | ${r.figure} | ${r.target} | ${r.met} |`),
].join('\n');
console.log(table);
const text = `# Benchmark results: a tracker of 50,000 recommendations

Written by \`npm run bench\` (bench/run.mjs); the synthetic tracker is described in bench/synthetic.mjs.

${date}. Machine: ${machine}. Load average (1, 5, 15 min) at the start, after the Node figures, after the browser figures, at the end: ${loads.join(' → ')}.

${table}

Searches typed (one character at a time, each keystroke measured): ${queries.map((q) => `"${q}" (${expected[q].toLocaleString('en-GB')})`).join(', ')}.
Every final count was checked against the same rule computed in Node.
`;
// --write FILE puts the results elsewhere (the before-and-after figures in bench/TABLE.md come from two such runs).
const target = process.argv.includes('--write') ? path.resolve(process.argv[process.argv.indexOf('--write') + 1]) : path.join(root, 'bench', 'RESULTS.md');
if (only && !process.argv.includes('--write')) console.error('(--only: bench/RESULTS.md left as it was)');
else {
  writeFileSync(target, text);
  console.error(`written to ${path.relative(root, target)}`);
}
