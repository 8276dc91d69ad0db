// Scores parseMinutes on the real-minutes corpus and prints the pooled figures (and, with MISSES=1,
// every miss). PART selects the sets: see below.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bundleAndImport, projectDir } from './bundle.mjs';

const { parseMinutes, loadCases, scoreCorpus, summary } = await bundleAndImport('minutes-corpus', "export { parseMinutes } from './shared/minutes/index';\nexport { loadCases, scoreCorpus, summary } from './tests/shared/minutes/realCorpus';\n");
// PART=held-out: the set-aside quarter; PART=all: both parts together. PART=batch3 and
// PART=batch3-held-out: the third batch (batch3/) and its set-aside quarter; PART=batch3-extra: its second
// tranche (batch3/extra/); PART=everything: every set.
// PART=batch4: every tranche of batch4/ (TRANCHE=N for batch4/trancheN alone). PART=batch5: every
// tranche folder of batch5/ (not batch5/held-out, PART=batch5-held-out). DIR=path/under/real scores one
// folder alone, whatever PART says (a tranche's first run).
// PART=batch6: every collector's folder of batch6/ (the final unseen test, run once at the end).
// PART=batch7 … PART=batch33: the same for batch7/ to batch33/ (batches 9 to 13: the unseen tests of 7 December's
// second session; batches 14 to 16 the third session's; batches 17 to 19 the fourth's; batches 20 to 25 the sixth's;
// 26 to 30 the seventh's; 31 to 33 the eighth's).
const collectedBatches = [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33];
const parts = ['held-out', 'all', 'batch3', 'batch3-extra', 'batch3-held-out', 'batch4', 'batch5', 'batch5-held-out', ...collectedBatches.map((n) => `batch${n}`), 'everything'];
const part = parts.includes(process.env.PART) ? process.env.PART : '';
const dir = path.join(projectDir, 'tests', 'fixtures', 'minutes', 'real');
const b3 = path.join(dir, 'batch3');
const b4 = path.join(dir, 'batch4');
const batch4 = () =>
  existsSync(b4)
    ? readdirSync(b4).filter((d) => /^tranche\d+$/.test(d) && (!process.env.TRANCHE || d === `tranche${process.env.TRANCHE}`)).sort().flatMap((d) => loadCases(path.join(b4, d)))
    : [];
const b5 = path.join(dir, 'batch5');
// batch5/<collector>-tranche<N>/: each collector's tranches; batch5/held-out/<collector>/: set aside until the end.
const batch5 = () => (existsSync(b5) ? readdirSync(b5).filter((d) => /tranche\d+$/.test(d)).sort().flatMap((d) => loadCases(path.join(b5, d))) : []);
const batch5HeldOut = () => {
  const h = path.join(b5, 'held-out');
  return existsSync(h) ? readdirSync(h).sort().flatMap((d) => loadCases(path.join(h, d))) : [];
};
// batch6/ and later: one folder per collector.
const collected = (n) => {
  const b = path.join(dir, `batch${n}`);
  return existsSync(b) ? readdirSync(b).filter((d) => !d.includes('.')).sort().flatMap((d) => loadCases(path.join(b, d))) : [];
};
const casesOf = {
  '': () => loadCases(dir),
  'held-out': () => loadCases(path.join(dir, 'held-out')),
  all: () => [...loadCases(dir), ...loadCases(path.join(dir, 'held-out'))],
  batch3: () => loadCases(b3),
  'batch3-extra': () => loadCases(path.join(b3, 'extra')),
  'batch3-held-out': () => loadCases(path.join(b3, 'held-out')),
  batch4,
  batch5,
  'batch5-held-out': batch5HeldOut,
  ...Object.fromEntries(collectedBatches.map((n) => [`batch${n}`, () => collected(n)])),
  // (Every batch: a new batch joins only after its one run; EVERYTHING=N stops at batch N.)
  everything: () => [...loadCases(dir), ...loadCases(path.join(dir, 'held-out')), ...loadCases(b3), ...loadCases(path.join(b3, 'extra')), ...loadCases(path.join(b3, 'held-out')), ...batch4(), ...batch5(), ...batch5HeldOut(), ...collectedBatches.filter((n) => n <= Number(process.env.EVERYTHING ?? 33)).flatMap((n) => collected(n))],
};
const cases = process.env.DIR ? loadCases(path.resolve(dir, process.env.DIR)) : casesOf[part]();
const s = scoreCorpus(cases, parseMinutes);
// HIDE_HELD_OUT=1 keeps the set-aside quarters' misses unread while their totals still count (for diffing the whole corpus).
const hidden = new Set(process.env.HIDE_HELD_OUT ? [...loadCases(path.join(dir, 'held-out')), ...loadCases(path.join(b3, 'held-out')), ...batch5HeldOut()].map((c) => c.name) : []);
if (process.env.MISSES) for (const m of s.misses) if (m.notes.length && !hidden.has(m.name)) console.log(`\n== ${m.name}\n${m.notes.join('\n')}`);
console.log(`${process.env.DIR || part || "working part"}: ${summary(s)}`);
