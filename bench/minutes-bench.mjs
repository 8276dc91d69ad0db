// Times parseMinutes on about 100 pages of minutes: bundles shared/minutes with esbuild (as the app
// ships it), runs it several times and prints the median. Target: under 200 ms (bench/MINUTES.md).
import os from 'node:os';
import { bundleAndImport } from './bundle.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const PAGES = Number(process.env.PAGES ?? 100);
const { parseMinutes, buildCorpus } = await bundleAndImport('minutes-bench', "export { parseMinutes } from './shared/minutes/index';\nexport { buildCorpus } from './tests/shared/minutes/corpus';\n", 'neutral');

const corpus = buildCorpus(PAGES);
// Warm-up runs let the JIT settle, as it will have in a running app.
for (let i = 0; i < 3; i++) parseMinutes(corpus.text);
const times = [];
// CPU time of this process as well as wall time: on a machine shared with other work, wall time
// measures the queue for the cores as much as the parser.
const cpuTimes = [];
let found = 0;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const parsed = parseMinutes(corpus.text);
  times.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  found = parsed.items.reduce((n, item) => n + item.resolutions.length, 0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`parseMinutes: ${corpus.pages} pages, ${(corpus.text.length / 1024).toFixed(0)} KB, ${corpus.items} items, ${found}/${corpus.resolutions} resolutions found`);
console.log(`median of ${RUNS} runs: ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)}) on ${os.cpus().length} cores, Node ${process.version}`);
cpuTimes.sort((a, b) => a - b);
console.log(`CPU time, median: ${cpuTimes[Math.floor(cpuTimes.length / 2)].toFixed(1)} ms (min ${cpuTimes[0].toFixed(1)}); load average ${os.loadavg().map((l) => l.toFixed(1)).join(', ')}`);
if (found !== corpus.resolutions) process.exitCode = 1;
