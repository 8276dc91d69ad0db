// Benchmark of the Word exports: builds appendices (and the other two documents) of 1,000 and 10,000 recommendations and prints the times.
// Run with `node bench/run-docx.mjs` (add `--write` to keep the .docx files in a temp folder). The figures go in bench/DOCX.md.
// shared/ is TypeScript, so esbuild (already a dev dependency) bundles it to a temporary file first; nothing else is needed.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'docx-bench-'));
const keep = process.argv.includes('--write');

await build({
  entryPoints: [new URL('shared/index.ts', root).pathname],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(dir, 'shared.mjs'),
  logLevel: 'warning',
});
const shared = await import(pathToFileURL(join(dir, 'shared.mjs')).href);

// Sentences of the length real recommendations and responses run to (seed 000: about 150 and 250 characters).
const WORDS = 'council executive children young people service review report committee scrutiny funding plan strategy partners families schools data'.split(' ');
function sentence(seed, words) {
  const out = [];
  for (let i = 0; i < words; i += 1) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]);
  return `That the ${out.join(' ')}.`;
}
const OUTCOMES = ['Accepted', 'Partially accepted', 'Rejected', 'Noted', null];

/** An interchange file with `count` recommendations: 5 to an item, 4 items to a meeting, a meeting a week. */
function interchange(count) {
  const meetings = [];
  let made = 0;
  for (let m = 0; made < count; m += 1) {
    const date = new Date(Date.UTC(2015, 0, 6 + m * 7)).toISOString().slice(0, 10);
    const items = [];
    for (let i = 0; i < 4 && made < count; i += 1) {
      const recommendations = [];
      for (let r = 0; r < 5 && made < count; r += 1, made += 1) {
        recommendations.push({
          label: String(r + 1),
          text: made % 10 === 0 ? `${sentence(made, 12)}\n${sentence(made + 1, 10)}` : sentence(made, 24),
          response_outcome: OUTCOMES[made % OUTCOMES.length],
          response: made % 5 === 4 ? null : `${sentence(made + 2, 20)} ${sentence(made + 3, 18)}`,
          action: sentence(made + 4, 8),
        });
      }
      items.push({ title: `Agenda item ${m + 1}.${i + 1}: ${sentence(m + i, 5)}`, recommendations });
    }
    meetings.push({ date, items });
  }
  return { committee: 'Children and Young People Scrutiny Committee', council: 'Example Council', meetings };
}

async function time(fn, runs) {
  await fn(); // first run warms the JIT and the library's own caches
  const times = [];
  let bytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const out = await fn();
    times.push(performance.now() - start);
    bytes = out.length;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0], worst: times[times.length - 1], bytes };
}

const options = { author: 'Webb, Danial', date: '2025-07-17', version: 7 };

// A custom five-column format (as York's tracker) through the same engine, and the appendix filled into a council template.
const york = {
  ...shared.APPENDIX_FORMAT,
  name: 'York-like',
  grouping: 'rows',
  columns: [
    { field: 'label', heading: 'Ref', width: 6 },
    { field: 'meeting', heading: 'Date', width: 14 },
    { field: 'text', heading: 'Recommendation', width: 40 },
    { field: 'action', heading: 'Action taken', width: 26 },
    { field: 'status', heading: 'Complete/Ongoing/Paused', width: 14 },
  ],
};
const docx = await import('docx');
const template = new Uint8Array(
  await docx.Packer.toArrayBuffer(
    new docx.Document({
      sections: [
        {
          properties: { page: { size: { orientation: docx.PageOrientation.LANDSCAPE } } },
          headers: { default: new docx.Header({ children: [new docx.Paragraph('Example Council letterhead')] }) },
          children: [new docx.Paragraph('Report to {{committee}}'), new docx.Paragraph('{{tracker}}')],
        },
      ],
    }),
  ),
);
const rows = [];
for (const [count, runs] of [
  [1_000, 7],
  [10_000, 3],
]) {
  const tracker = shared.readInterchange(interchange(count));
  for (const [name, fn] of [
    ['appendix', () => shared.buildAppendixDocx(tracker, options)],
    ['schedule', () => shared.buildScheduleDocx(tracker, options)],
    ['responses', () => shared.buildResponsesDocx(tracker, options)],
    ['york', () => shared.buildFormatDocx(tracker, york, options)],
    // patchDocument re-reads the whole patched document, so the templated appendix is timed at 1,000 only.
    ...(count === 1_000 ? [['templated', () => shared.buildAppendixDocx(tracker, { ...options, template })]] : []),
  ]) {
    const t = await time(fn, runs);
    rows.push({ count, name, runs, ...t });
    if (keep) writeFileSync(join(dir, `${name}-${count}.docx`), await fn());
    console.log(
      `${name.padEnd(9)} ${String(count).padStart(6)} recommendations: median ${t.median.toFixed(0)} ms ` +
        `(best ${t.best.toFixed(0)}, worst ${t.worst.toFixed(0)}, ${runs} runs), ${(t.bytes / 1024).toFixed(0)} KiB`,
    );
  }
}
console.log(`\nNode ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB`);
if (keep) console.log(`Files kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
