// Benchmark: the tracker table with 50,000 recommendations in Chromium, through the app's own import
// (10 interchange files of 5,000). Measures import, first rows after a reload, and search latency.
// Run: npx vite build && node bench/table-50k.mjs   (prints a table; figures go in bench/RESULTS-table.md)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 4872;
const COMMITTEES = 10;
const PER_COMMITTEE = 5_000;
const WORDS = 'council executive review housing children safeguarding budget transport scrutiny report officers partnership improvement services school mental health care plan strategy performance data update briefing funding provision workforce recruitment waste recycling carbon libraries adult social quality assurance complaints procurement'.split(' ');

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(rand() * list.length)];
const sentence = (chars) => {
  let s = 'The executive';
  while (s.length < chars) s += ` ${pick(WORDS)}`;
  return `${s}.`;
};

function makeFile(c) {
  const meetings = [];
  let n = 0;
  for (let m = 0; n < PER_COMMITTEE; m++) {
    const date = new Date(Date.UTC(2016, 0, 1) + m * 36 * 86400000).toISOString().slice(0, 10);
    const items = [];
    for (let i = 0; i < 5 && n < PER_COMMITTEE; i++) {
      const recommendations = [];
      for (let r = 0; r < 4 && n < PER_COMMITTEE; r++, n++) {
        recommendations.push({
          label: String(r + 1),
          text: sentence(200 + Math.floor(rand() * 200)),
          response_outcome: pick(['Accepted', 'Partially accepted', 'Rejected', 'Noted', null]),
          response: rand() < 0.7 ? sentence(120) : null,
        });
      }
      items.push({ title: `Item ${i + 1}: ${pick(WORDS)} ${pick(WORDS)}`, recommendations });
    }
    meetings.push({ date, items });
  }
  return { committee: `Committee ${c + 1} Scrutiny Committee`, council: 'Benchmark Council', meetings };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const dir = join(tmpdir(), 'scrutiny-bench');
mkdirSync(dir, { recursive: true });
const files = Array.from({ length: COMMITTEES }, (_, c) => {
  const path = join(dir, `committee-${c + 1}.json`);
  writeFileSync(path, JSON.stringify(makeFile(c)));
  return path;
});

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
// A kept profile lets `--reuse` measure again without importing again.
const reuse = process.argv.includes('--reuse');
const profile = join(dir, 'profile');
if (!reuse) rmSync(profile, { recursive: true, force: true });
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  viewport: { width: 1440, height: 900 },
});
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const importTimes = [];
  for (const file of reuse ? [] : files) {
    await page.getByRole('button', { name: /^Import/ }).first().click();
    await page.locator('#import-file').setInputFiles(file);
    await page.getByText(/5000 recommendations\./).waitFor();
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const name = file.split('/').at(-1);
    await page.getByText(`Imported 5000 recommendations from ${name}.`).waitFor({ timeout: 120_000 });
    importTimes.push(Date.now() - t0);
    console.error(`imported ${file} in ${importTimes.at(-1)} ms`);
  }
  if (reuse) importTimes.push(NaN);

  const firstRows = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await page.locator('[role=listbox] [role=option]').first().waitFor({ timeout: 60_000 });
    firstRows.push(await page.evaluate(() => performance.now()));
    console.error(`first rows at ${firstRows.at(-1).toFixed(0)} ms; count: ${await page.locator('.result-count').textContent()}`);
  }
  await page.getByRole('button', { name: 'All committees' }).click();
  await page.getByText('50,000 recommendations', { exact: true }).waitFor({ timeout: 60_000 });

  // Search: from the keystroke (input event) to the count of matching rows changing on screen.
  const searchTimes = [];
  const queries = ['housing', 'safeguarding', 'recycling', 'budget', 'carbon', 'libraries', 'complaints', 'workforce', 'transport', 'quality'];
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      await page.getByRole('searchbox', { name: 'Search' }).fill('');
      await page.getByText('50,000 recommendations', { exact: true }).waitFor({ timeout: 60_000 });
      const ms = await page.evaluate(async (word) => {
        const input = document.querySelector('#search');
        const count = document.querySelector('.result-count');
        const before = count.textContent;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const done = new Promise((resolve) => {
          const obs = new MutationObserver(() => {
            if (count.textContent !== before) {
              obs.disconnect();
              resolve(performance.now());
            }
          });
          obs.observe(count, { childList: true, characterData: true, subtree: true });
        });
        const t0 = performance.now();
        setter.call(input, word);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return (await done) - t0;
      }, q);
      searchTimes.push(ms);
    }
  }
  const memory = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);

  const rows = [
    ['Import 5,000 recommendations (one file, through the Import dialog)', `${median(importTimes)} ms median, ${Math.max(...importTimes)} ms worst (10 files)`],
    ['Reload with 50,000 stored to first rows on screen', `${median(firstRows).toFixed(0)} ms median, ${Math.max(...firstRows).toFixed(0)} ms worst (5 reloads)`],
    ['Search keystroke to updated count, all 50,000 (includes the 100 ms typing pause)', `${median(searchTimes).toFixed(0)} ms p50, ${pct(searchTimes, 0.95).toFixed(0)} ms p95 (${searchTimes.length} searches)`],
    ['Renderer JS heap after the searches', `${(memory / 1048576).toFixed(0)} MB`],
  ];
  const table = ['| measure | result |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
  console.log(table);
  writeFileSync('bench/out-table.md', `${table}\n`);
} finally {
  await browser.close();
  server.kill();
}
