// How far careful readers agree with one another on the same minutes, and how far the parser agrees with each:
// scores one reader's expected answers against another's with the corpus scorer (tests/fixtures/minutes/real/agreement/).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bundleAndImport, projectDir } from './bundle.mjs';

const { parseMinutes, scoreCorpus, summary } = await bundleAndImport('minutes-agreement', "export { parseMinutes } from './shared/minutes/index';\nexport { scoreCorpus, summary } from './tests/shared/minutes/realCorpus';\n");
const real = path.join(projectDir, 'tests', 'fixtures', 'minutes', 'real');
const study = path.join(real, 'agreement');
// sample.txt: the original answers' paths under real/, one a line; a second reader's answer for "batch9/y/x.expected.json"
// is agreement/<READER>/batch9__y__x.expected.json.
const sample = readFileSync(path.join(study, 'sample.txt'), 'utf8').split('\n').filter(Boolean);
const readers = readdirSync(study).filter((d) => /^[A-Z]$/.test(d)).sort();
const idOf = (p) => p.replace('.expected.json', '').replace(/\//g, '__');
const answerOf = (reader, p) => {
  const f = reader === 'collector' ? path.join(real, p) : path.join(study, reader, `${idOf(p)}.expected.json`);
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null;
};
// An expected answer in the parser's result shape, so the scorer can take it as the "parser" of a pair.
// Labels as the corpus writes them ("(1)", "1." and "1)" all "1"): readers copied them as printed or as values.
const labelOf = (l) => (l === null || l === undefined ? null : String(l).replace(/[()[\].\s]/g, '') || null);
const numberOf = (n) => (n === null || n === undefined ? null : String(n).replace(/[.:)\s]+$/, ''));
const tidy = (e) => ({ ...e, items: e.items.map((i) => ({ ...i, number: numberOf(i.number), resolutions: i.resolutions.map((r) => ({ ...r, label: labelOf(r.label) })) })) });
const asParsed = (e) => ({ committee: e.committee, meetingDate: e.meetingDate, items: tidy(e).items.map((i) => ({ number: i.number, title: i.title, resolutions: i.resolutions.map((r) => ({ ...r, addressee: r.addressee ?? null })) })) });

function pair(truth, other) {
  const cases = [];
  const answers = new Map();
  for (const p of sample) {
    const t = answerOf(truth, p);
    const o = other === 'parser' ? true : answerOf(other, p);
    if (!t || !o) continue;
    const text = readFileSync(path.join(real, p.replace('.expected.json', '.txt')), 'utf8');
    cases.push({ name: idOf(p), text, expected: tidy(t) });
    // (The scorer hands the "parser" the text alone, so the second reading is found by it; no two sets share a text.)
    if (other !== 'parser') answers.set(text, o);
  }
  const s = scoreCorpus(cases, (text) => (other === 'parser' ? parseMinutes(text) : asParsed(answers.get(text))));
  console.log(`${other} read against ${truth}: ${summary(s)}`);
  if (process.env.MISSES) for (const m of s.misses) if (m.notes.length) console.log(`\n== ${m.name}\n${m.notes.join('\n')}`);
}

const people = ['collector', ...readers];
for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) pair(people[i], people[j]);
for (const r of people) pair(r, 'parser');
