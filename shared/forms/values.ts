// Reading what a person typed in a form's cells: outcomes in their own words, dates as they write them, RAG and yes or no.
import { findCouncilDate, parseCouncilDate } from '../tabular/dates';
import { formatLongDate } from '../dates/format';
import type { FormOutcome } from './types';

const fold = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

// Longest first, so "partially accepted" is not read as "accepted", nor "not accepted" as "accepted".
const OUTCOME_WORDS: ReadonlyArray<[string, FormOutcome]> = (
  [
    ['accepted in principle', 'Partially accepted'],
    ['partially accepted', 'Partially accepted'],
    ['partially agreed', 'Partially accepted'],
    ['accepted in part', 'Partially accepted'],
    ['partly accepted', 'Partially accepted'],
    ['partly agreed', 'Partially accepted'],
    ['part accepted', 'Partially accepted'],
    ['not accepted', 'Rejected'],
    ['not agreed', 'Rejected'],
    ['accepted', 'Accepted'],
    ['agreed', 'Accepted'],
    ['approved', 'Accepted'],
    ['rejected', 'Rejected'],
    ['declined', 'Rejected'],
    ['noted', 'Noted'],
    ['partial', 'Partially accepted'],
    ['accept', 'Accepted'],
    ['reject', 'Rejected'],
    ['yes', 'Accepted'],
    ['no', 'Rejected'],
  ] as Array<[string, FormOutcome]>
).sort((a, b) => b[0].length - a[0].length);

export interface Read<T> {
  value?: T;
  problem?: string;
}

/** The outcome a cell gives: its first words read as one of the four outcomes. */
export function readOutcome(text: string): Read<FormOutcome> {
  const t = fold(text);
  if (t === '') return {};
  for (const [words, outcome] of OUTCOME_WORDS) {
    if (t === words || t.startsWith(`${words} `)) {
      const rest = t.slice(words.length).trim();
      return rest === '' ? { value: outcome } : { value: outcome, problem: `The outcome cell says more than the outcome (“${text.trim()}”): “${outcome}” was taken; the rest belongs in the response.` };
    }
  }
  return { problem: `The outcome “${text.trim()}” is not one of Accepted, Partially accepted, Rejected or Noted, so it was not read.` };
}

/** A date as a person writes it ("31 March 2027", "31/3/27"), day first. */
export function readDate(text: string, what: string): Read<string> {
  const t = text.trim();
  if (t === '') return {};
  const whole = parseCouncilDate(t);
  if (whole) return { value: whole };
  const found = findCouncilDate(t);
  if (found) return { value: found.iso, problem: `The ${what} cell says “${t}”: ${formatLongDate(found.iso)} was taken as the date.` };
  return { problem: `The ${what} “${t}” is not a date (write it like 31 March 2027), so it was not read.` };
}

export function readRag(text: string): Read<'red' | 'amber' | 'green'> {
  const t = fold(text);
  if (t === '') return {};
  const m = /^(red|amber|green|r|a|g)\b/.exec(t);
  if (!m) return { problem: `The RAG rating “${text.trim()}” is not Red, Amber or Green, so it was not read.` };
  const word = m[1]!;
  return { value: word.startsWith('r') ? 'red' : word.startsWith('a') ? 'amber' : 'green' };
}

export function readYesNo(text: string): Read<boolean> {
  const t = fold(text);
  if (t === '') return {};
  if (/^(yes|y|implemented|done|complete|completed|true)\b/.test(t)) return { value: true };
  if (/^(no|n|not|false|partly|partially|in progress|ongoing)\b/.test(t)) return { value: false };
  return { problem: `“${text.trim()}” does not say whether it is implemented (yes or no), so it was not read.` };
}
