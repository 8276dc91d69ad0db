// Scores parseMinutes against a hand-written expected result: recall and precision of non-procedural
// resolutions, and how many matched resolutions have the right label, item, text, kind and addressee.
import type { ParsedMinutes } from '../../../shared/index';

export interface ExpectedResolution {
  label: string | null;
  text: string;
  kind: 'recommendation' | 'action' | 'procedural';
  /** Left out where the wording does not settle it; then it is not scored. */
  addressee?: 'executive' | 'council' | 'committee' | 'officers' | 'partner' | null;
}

export interface Expected {
  source?: string;
  committee: string | null;
  meetingDate: string | null;
  items: Array<{ number: string | null; title: string | null; resolutions: ExpectedResolution[] }>;
}

export interface Score {
  expectedNonProcedural: number;
  foundNonProcedural: number;
  recall: number;
  precision: number;
  matched: number;
  labels: number;
  items: number;
  texts: number;
  kinds: number;
  addressees: number;
  /** Human-readable notes on every miss, for the failure message. */
  misses: string[];
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9£%]+/g, ' ').trim().split(' ').filter(Boolean);
}

const bareLabel = (label: string | null): string | null => (label === null ? null : label.trim().replace(/^[([]+|[.)\]:]+$/g, ''));

/** Dice similarity of the two texts' word multisets: 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

interface Flat<T> {
  item: string | null;
  r: T;
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

export function score(parsed: ParsedMinutes, expected: Expected): Score {
  const exp: Flat<ExpectedResolution>[] = expected.items.flatMap((i) => i.resolutions.map((r) => ({ item: i.number, r })));
  const got: Flat<ParsedMinutes['items'][number]['resolutions'][number]>[] = parsed.items.flatMap((i) => i.resolutions.map((r) => ({ item: i.number, r })));
  const pairOf = new Map<number, number>();
  const taken = new Set<number>();
  exp.forEach((e, ei) => {
    let best = -1;
    let bestSim = 0.8;
    got.forEach((g, gi) => {
      if (taken.has(gi)) return;
      const sim = similarity(e.r.text, g.r.text);
      // (Between equally similar proposals, one under the same item is kept: the same words decided under two items,
      // "noted the contents of the report", pair item by item.)
      if (sim > bestSim || (sim === bestSim && (best < 0 || got[best]!.item !== e.item || g.item === e.item))) {
        best = gi;
        bestSim = sim;
      }
    });
    if (best >= 0) {
      pairOf.set(ei, best);
      taken.add(best);
    }
  });

  const misses: string[] = [];
  const expNP = exp.map((e, i) => ({ e, i })).filter(({ e }) => e.r.kind !== 'procedural');
  const recalled = expNP.filter(({ i }) => {
    const gi = pairOf.get(i);
    const ok = gi !== undefined && got[gi]!.r.kind !== 'procedural';
    if (!ok) misses.push(`missed [${exp[i]!.item}] ${exp[i]!.r.text.slice(0, 70)}${gi !== undefined ? ' (found but procedural)' : ''}`);
    return ok;
  }).length;
  const gotToExp = new Map([...pairOf].map(([e, g]) => [g, e]));
  const foundNP = got.map((g, i) => ({ g, i })).filter(({ g }) => g.r.kind !== 'procedural');
  const precise = foundNP.filter(({ i }) => {
    const ei = gotToExp.get(i);
    const ok = ei !== undefined && exp[ei]!.r.kind !== 'procedural';
    if (!ok) misses.push(`spurious [${got[i]!.item}] ${got[i]!.r.text.slice(0, 70)}${ei !== undefined ? ' (expected procedural)' : ''}`);
    return ok;
  }).length;

  let labels = 0;
  let items = 0;
  let texts = 0;
  let kinds = 0;
  let addressees = 0;
  let addresseeScored = 0;
  for (const [ei, gi] of pairOf) {
    const e = exp[ei]!;
    const g = got[gi]!;
    // A label as printed ("(i)", "1.", "a)") is the same label as its value ("i", "1", "a"): readers wrote both.
    if (bareLabel(e.r.label) === bareLabel(g.r.label)) labels++;
    else misses.push(`label ${JSON.stringify(g.r.label)} for ${JSON.stringify(e.r.label)}: ${e.r.text.slice(0, 50)}`);
    if (e.item === g.item) items++;
    else misses.push(`item ${g.item} for ${e.item}: ${e.r.text.slice(0, 50)}`);
    if (e.r.text === g.r.text) texts++;
    else misses.push(`text ${JSON.stringify(g.r.text)}\n  for ${JSON.stringify(e.r.text)}`);
    if (e.r.kind === g.r.kind) kinds++;
    else misses.push(`kind ${g.r.kind} for ${e.r.kind}: ${e.r.text.slice(0, 50)}`);
    if (e.r.addressee !== undefined) {
      addresseeScored++;
      if (e.r.addressee === g.r.addressee) addressees++;
      else misses.push(`addressee ${g.r.addressee} for ${e.r.addressee}: ${e.r.text.slice(0, 50)}`);
    }
  }
  const matched = pairOf.size;
  return {
    expectedNonProcedural: expNP.length,
    foundNonProcedural: foundNP.length,
    recall: ratio(recalled, expNP.length),
    precision: ratio(precise, foundNP.length),
    matched,
    labels: ratio(labels, matched),
    items: ratio(items, matched),
    texts: ratio(texts, matched),
    kinds: ratio(kinds, matched),
    addressees: ratio(addressees, addresseeScored),
    misses,
  };
}
