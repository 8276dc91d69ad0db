// How much of what parseMinutes misses the review screen still shows: for every set in DIR (a folder of the real-minutes
// corpus), the expected non-procedural resolutions the parser missed, and whether the review's hint lists
// (possibleDecisions, unclaimedRuns) offer them. `DIR=tests/fixtures/minutes/real/batch13/y5 node bench/minutes-hints.mjs`;
// SHOW=1 prints each miss. (To measure an older parser, run this script from a worktree of that commit.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleAndImport, projectDir } from './bundle.mjs';

const { parseMinutes, draftFromParsed, possibleDecisions, unclaimedRuns, similarity } = await bundleAndImport('minutes-hints', "export { parseMinutes } from './shared/minutes/index';\nexport { draftFromParsed } from './renderer/features/minutes/draft';\nexport { possibleDecisions, unclaimedRuns } from './renderer/features/minutes/coverage';\nexport { similarity } from './tests/shared/minutes/score';\n");

const dir = path.resolve(projectDir, process.env.DIR ?? 'tests/fixtures/minutes/real');
let missed = 0;
let offered = 0;
// Missed as a decision but proposed all the same, as procedural: the officer sees it and can change its kind.
let proposed = 0;
// Missed by the scorer's measure but proposed in other words.
let otherWords = 0;
let hints = 0;
let sets = 0;
for (const f of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
  sets++;
  const text = readFileSync(path.join(dir, f), 'utf8');
  const expected = JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, '.expected.json')), 'utf8'));
  const parsed = parseMinutes(text);
  const found = parsed.items.flatMap((i) => i.resolutions).filter((r) => r.kind !== 'procedural').map((r) => r.text);
  const procedural = parsed.items.flatMap((i) => i.resolutions).filter((r) => r.kind === 'procedural').map((r) => r.text);
  const proposals = parsed.items.flatMap((i) => i.resolutions).map((r) => r.text);
  const lines = text.split(/\r?\n/);
  const draft = draftFromParsed(parsed, text);
  const runs = unclaimedRuns(lines, draft);
  const offers = [...possibleDecisions(lines, draft, runs), ...runs].map((h) => h.text);
  hints += offers.length;
  for (const e of expected.items.flatMap((i) => i.resolutions).filter((r) => r.kind !== 'procedural')) {
    // The scorer's own test for "found"; a hint counts when its words are close to the expected ones.
    if (found.some((t) => similarity(t, e.text) >= 0.8)) continue;
    missed++;
    if (procedural.some((t) => similarity(t, e.text) >= 0.8)) {
      proposed++;
      if (process.env.SHOW) console.log('PROPOSED', f, '|', e.text.slice(0, 100));
      continue;
    }
    // Proposed in other words (more or fewer of them than the reader's, or cut at a line break): the officer sees it.
    const flatten = (t) => t.replace(/\s+/g, ' ').toLowerCase();
    if (proposals.some((t) => similarity(t, e.text) >= 0.5 || flatten(t).includes(flatten(e.text).slice(0, 40)) || flatten(e.text).includes(flatten(t).slice(0, 40)))) {
      otherWords++;
      if (process.env.SHOW) console.log('OTHER   ', f, '|', e.text.slice(0, 100));
      continue;
    }
    const flat = (s) => s.replace(/\s+/g, ' ');
    const hit = offers.some((o) => similarity(o, e.text) >= 0.6 || flat(o).includes(flat(e.text).slice(0, 50)));
    if (hit) offered++;
    if (process.env.SHOW) console.log(hit ? 'OFFERED' : 'LOST   ', f, '|', e.text.slice(0, 100));
  }
}
console.log(`${path.relative(projectDir, dir)}: ${sets} sets, ${missed} missed, ${proposed} of them proposed as procedural, ${otherWords} proposed in other words, ${offered} offered by the review's hints, ${missed - proposed - otherWords - offered} shown nowhere (${hints} hints in all)`);
