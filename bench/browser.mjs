// The benchmark's measurements in Chromium, driving the built app as an officer would (import dialog, search box, filters, scrolling).
// Latencies are taken inside the page (performance.now()), so Playwright's own round trips do not count.
import { chromium } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
export const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * p) - 1)];

export async function launch(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Precise memory info makes performance.memory exact rather than rounded.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  // Marks when the first row and the full count are on screen, from the start of navigation.
  await page.addInitScript(() => {
    const w = window;
    const obs = new MutationObserver(() => {
      if (w.__firstRows === undefined && document.querySelector('[role=listbox] [role=option]')) {
        w.__firstRows = performance.now();
        requestAnimationFrame(() => (w.__firstRowsFrame = performance.now()));
      }
      if (w.__count === undefined && /recommendations?$/.test(document.querySelector('.result-count')?.textContent ?? '')) {
        w.__count = performance.now();
      }
      if (w.__firstRows !== undefined && w.__count !== undefined) obs.disconnect();
    });
    obs.observe(document, { childList: true, subtree: true, characterData: true });
  });
  return { context, page };
}

/**
 * Imports each file through the Import dialog as an officer does: choose it, wait for the preview
 * (the dialog runs the whole import and rolls it back to say what it would add), press Import,
 * wait for the message. Returns { preview, import } ms per file.
 */
export async function importFiles(page, files) {
  const times = [];
  for (const file of files) {
    const name = file.split('/').at(-1);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const count = (json.committees ?? [json]).reduce((n, c) => n + c.meetings.reduce((k, m) => k + m.items.reduce((j, i) => j + i.recommendations.length, 0), 0), 0);
    // The toolbar's "Import…" (or the empty tracker's "Import a tracker file…"), not "Import minutes…".
    await page.getByRole('button', { name: /^Import( a tracker file)?…$/ }).first().click();
    const dialog = page.getByRole('dialog');
    const t0 = Date.now();
    await dialog.getByLabel('Tracker file').setInputFiles(file);
    // The dialog before the data-exchange work (the "before" figures) said what the file holds, with no preview.
    const older = (await dialog.locator('#import-file').count()) > 0;
    await dialog.getByText(older ? `${count} recommendations.` : new RegExp(`^Adds .*\\b(${count}|${count.toLocaleString('en-GB')}) recommendations`), { exact: false }).waitFor({ timeout: 300_000 });
    const preview = Date.now() - t0;
    // Timed in the page, from the click to the frame after the message appears.
    await dialog.getByRole('button', { name: 'Import', exact: true }).evaluate((button) => (window.__importButton = button));
    // Earlier builds (measured with --dist) wrote the count without a thousands separator.
    const ms = await page.evaluate(async (messages) => {
      const region = document.querySelector('.toast-region');
      const t0 = performance.now();
      const done = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (messages.some((m) => region.textContent.includes(m))) {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.now()));
          }
        });
        obs.observe(region, { childList: true, subtree: true, characterData: true });
      });
      window.__importButton.click();
      return (await done) - t0;
    }, [`Imported ${count.toLocaleString('en-GB')} recommendations from ${name}.`, `Imported ${count} recommendations from ${name}.`]);
    times.push({ preview, import: Math.round(ms) });
    console.error(`  ${name}: read and preview ${preview} ms, import ${times.at(-1).import} ms`);
  }
  return times;
}

/** Reloads `runs` times; returns ms from navigation start to the first row painted, and to the count shown. */
export async function firstRows(page, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    await page.waitForFunction(() => window.__firstRowsFrame !== undefined && window.__count !== undefined, null, { timeout: 120_000, polling: 100 });
    const [rows, count] = await page.evaluate(() => [window.__firstRowsFrame, window.__count]);
    out.push({ rows, count });
    console.error(`  reload ${i + 1}: first rows ${rows.toFixed(0)} ms, full count ${count.toFixed(0)} ms`);
  }
  return out;
}

// In the page: runs `act`, then returns the ms until the frame after the last change the app made to
// the filter bar and table.
const MEASURE = `
window.__measure = async function (act) {
  const root = document.querySelector('.filter-bar').parentElement;
  let frameAfterLast = 0;
  let pending = false;
  let last = 0;
  const obs = new MutationObserver(() => {
    last = performance.now();
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => { frameAfterLast = performance.now(); pending = false; });
    }
  });
  obs.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  const t0 = performance.now();
  act();
  const firstFrame = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  // An answer may take a while to start changing the screen (a typing pause, a slow query), so wait
  // at least 1.5 s, then until 300 ms pass with no change.
  await new Promise((r) => setTimeout(r, 1200));
  for (;;) {
    const seen = last;
    await new Promise((r) => setTimeout(r, 300));
    if (last === seen && !pending) break;
  }
  obs.disconnect();
  return Math.max(firstFrame, frameAfterLast) - t0;
};
window.__type = function (value) {
  const input = document.querySelector('#search');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
window.__select = function (label, value) {
  const l = [...document.querySelectorAll('.filter-bar label')].find((x) => x.textContent === label);
  const control = document.getElementById(l.htmlFor);
  const proto = control instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(control, value);
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
};
`;

const countOf = (page) => page.evaluate(() => Number((document.querySelector('.result-count')?.textContent ?? '').replace(/[^0-9]/g, '')));

/** Types each query one character at a time; returns per-keystroke ms and the final count of each query. */
export async function searches(page, queries, rounds) {
  await page.evaluate(MEASURE);
  const times = [];
  const typed = [];
  const counts = {};
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        times.push(await page.evaluate((v) => window.__measure(() => window.__type(v)), q.slice(0, i)));
        typed.push([q.slice(0, i), times.at(-1)]);
      }
      counts[q] = await countOf(page);
      await page.evaluate(() => window.__measure(() => window.__type('')));
    }
  }
  // The slowest keystrokes, with what was typed, say where to look.
  const slowest = typed.sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.error(`  slowest keystrokes: ${slowest.map(([v, ms]) => `"${v}" ${Math.round(ms)} ms`).join(', ')}`);
  return { times, counts };
}

/** Sets and clears each filter (and an order, and a committee) in turn; returns ms per change. */
export async function filters(page, rounds) {
  await page.evaluate(MEASURE);
  const steps = [
    ['Response', 'Rejected'], ['Response', '*'],
    ['Status', 'completed'], ['Status', '*'],
    ['Addressed to', 'council'], ['Addressed to', '*'],
    ['Meetings from', '2020-01-01'], ['Meetings from', ''],
    ['Order', 'status'], ['Order', 'meeting'],
  ];
  const times = [];
  for (let round = 0; round < rounds; round++) {
    for (const [label, value] of steps) times.push(await page.evaluate(([l, v]) => window.__measure(() => window.__select(l, v)), [label, value]));
    // A committee from the sidebar, then all of them again.
    for (const name of [/^Housing Scrutiny Committee/, /^All committees/]) {
      await page.evaluate(MEASURE);
      const button = page.getByRole('button', { name }).first();
      await button.evaluate((b) => (window.__button = b));
      times.push(await page.evaluate(() => window.__measure(() => window.__button.click())));
    }
  }
  return times;
}

/** Scrolls the whole table: jumps of 1/600 of its height a frame (dragging the scrollbar), then 300 frames of 120 px (a wheel). */
export async function scrolling(page) {
  return page.evaluate(async () => {
    const el = document.querySelector('.table-scroll');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const run = async (steps, next) => {
      const gaps = [];
      let placeholders = 0;
      let prev = await frame();
      for (let i = 0; i < steps; i++) {
        el.scrollTop = next(i);
        const t = await frame();
        gaps.push(t - prev);
        prev = t;
        // A placeholder only counts where it can be seen, not in the rows drawn beyond the edges.
        const view = el.getBoundingClientRect();
        const shown = [...el.querySelectorAll('.table-row-loading')].some((p) => {
          const r = p.getBoundingClientRect();
          return r.bottom > view.top && r.top < view.bottom;
        });
        if (shown) placeholders++;
      }
      return { gaps, placeholders };
    };
    el.scrollTop = 0;
    const jump = await run(600, (i) => ((i + 1) / 600) * (el.scrollHeight - el.clientHeight));
    el.scrollTop = 0;
    await new Promise((r) => setTimeout(r, 500));
    const wheel = await run(300, (i) => (i + 1) * 120);
    return { jump, wheel, height: el.scrollHeight };
  });
}

/** Opens the Awaiting response board from the tracker `runs` times; ms from the click to the frame after its groups are drawn. */
export async function board(page, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.getByRole('button', { name: 'Tracker', exact: true }).click();
    await page.locator('.table-scroll').waitFor();
    const tab = page.getByRole('button', { name: /^Awaiting response/ });
    await tab.evaluate((b) => (window.__boardTab = b));
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const t0 = performance.now();
            const obs = new MutationObserver(() => {
              if (!document.querySelector('.board-group .board-row')) return;
              obs.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            obs.observe(document.body, { childList: true, subtree: true });
            window.__boardTab.click();
          }),
      ),
    );
  }
  await page.getByRole('button', { name: 'Tracker', exact: true }).click();
  return times;
}

/** JS heap (after a forced collection) and the renderer process's resident and proportional memory. */
export async function memory(page, profile) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(500);
  const heap = await page.evaluate(() => performance.memory.usedJSHeapSize);
  await cdp.detach();
  // The renderer: the largest --type=renderer process under the browser that owns this profile.
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const info = (pid) => {
    try {
      return { pid, cmd: readFileSync(`/proc/${pid}/cmdline`, 'utf8'), ppid: Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]) };
    } catch {
      return null;
    }
  };
  const all = procs.map(info).filter(Boolean);
  const browser = all.find((p) => p.cmd.includes(`--user-data-dir=${profile}`) && !p.cmd.includes('--type='));
  const under = new Set([browser?.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (under.has(String(p.ppid)) && !under.has(p.pid)) {
        under.add(p.pid);
        grew = true;
      }
    }
  }
  let best = { rss: 0, pss: 0 };
  for (const p of all) {
    if (!under.has(p.pid) || !p.cmd.includes('--type=renderer')) continue;
    try {
      const rollup = readFileSync(`/proc/${p.pid}/smaps_rollup`, 'utf8');
      const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
      if (kb('Rss') > best.rss) best = { rss: kb('Rss'), pss: kb('Pss') };
    } catch {
      // The process ended meanwhile (a spare renderer); not ours.
    }
  }
  return { heap, rss: best.rss * 1024, pss: best.pss * 1024 };
}

/** Builds the appendix in the page from the bundled shared/ module; returns ms per run for each tracker. */
export async function browserExport(page, origin, bundle, trackers, runs) {
  await page.route(`${origin}/__bench/**`, (route) => {
    const url = route.request().url();
    if (url.endsWith('.mjs')) return route.fulfill({ body: readFileSync(bundle, 'utf8'), contentType: 'text/javascript' });
    return route.fulfill({ body: '<!doctype html><title>bench</title>', contentType: 'text/html' });
  });
  await page.goto(`${origin}/__bench/index.html`);
  const out = [];
  for (const [count, json] of trackers) {
    const times = await page.evaluate(
      async ([file, n]) => {
        const shared = await import('/__bench/shared.mjs');
        const tracker = shared.readInterchange(file);
        const options = { author: 'Webb, Danial', date: '2025-07-17', version: 7 };
        await shared.buildAppendixDocx(tracker, options); // warms the JIT, as an officer's second export would be
        const ts = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          await shared.buildAppendixDocx(tracker, options);
          ts.push(performance.now() - t0);
        }
        return ts;
      },
      [json, runs(count)],
    );
    out.push([count, times]);
    console.error(`  browser appendix ${count}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  }
  await page.unroute(`${origin}/__bench/**`);
  return out;
}
