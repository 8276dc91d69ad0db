// Where the minutes start and end in a longer text (an agenda pack), and the committee and meeting date
// their opening lines name: "Minutes of the meeting of X held at … on Tuesday 22 July 2025 at 2.00 pm".
import { findDates, firstDate } from './dates';

// "Minutes of the meeting of", and the Scottish "Minute of Meeting of".
const MINUTES_OF = /^(?:(?:draft|confirmed|unconfirmed|public|approved|signed)\s+)?minutes?\s+of\s+(?:the\s+|a\s+|an\s+)?(?!previous\b|last\b)(?:(?:[a-z]+\s+)?(?:meeting|proceedings)\b|[^.]{0,100}\b(?:committee|sub-committee|panel|board|commission|forum)\b)/i;
// "Minutes of the Economy and Skills Select Committee": the name follows "minutes of" directly.
const MINUTES_OF_NAME = /^(?:(?:draft|confirmed|unconfirmed|public|approved|signed)\s+)?minutes\s+of\s+(?:the\s+)?(?!(?:[a-z]+\s+)?(?:meeting|proceedings)\b)(.+?\b(?:committee|sub-committee|panel|board|commission|forum))\b/i;
const BARE_MINUTES = /^(?:(?:draft|confirmed|unconfirmed)\s+)?minutes$/i;
const COMMITTEE_OF = /\b(?:meeting|proceedings)\s+of\s+(?:the\s+)?(.+?)(?=\s*,?\s+(?:held|on\s+(?:mon|tue|wed|thu|fri|sat|sun|the\s+\d|\d)|at\s+(?:the\s+)?[A-Z0-9]|in\s+the\s+|commencing|which|from\s+\d)\b|\s*,\s*(?:mon|tue|wed|thu|fri|sat|sun|\d)|\s+[-–—]\s+(?:mon|tue|wed|thu|fri|sat|sun|\d)|\s*$)/i;
const ENDED = /^(?:the\s+)?(?:meeting|committee|session)\s+(?:ended|closed|concluded|finished|terminated|rose|was\s+closed)\b|^the\s+meeting\s+(?:began|commenced|started|opened)\s+at\b.{0,40}\b(?:ended|closed|concluded|finished)\b/i;
const REPORT_START = /^(?:title\s+of\s+report|purpose\s+of\s+(?:the\s+)?report)\s*:/i;
const BODY_WORD = /\b(?:committee|sub-committee|panel|board|commission|forum|scrutiny)\b/i;
const EXEC_WORD = /\b(?:cabinet|council|executive)\b/i;
// Lines of the attendance list and the meeting's particulars, which name committees in passing.
const NOT_NAME = /^(?:present|members?\b|councillors?|cllrs?|chair|vice|apologies|officers?|in attendance|also present|agenda\b|minutes\b|item\b|(?:venue|place|time|date|contact|location)\s*:|the\s+\w+\s+(?:was|were|had))/i;
const SMALL = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'at', 'with']);

/** Index of the line that opens the minutes, or 0 when the text has no such line (it is all minutes). */
export function findMinutesStart(lines: readonly string[]): number {
  const i = lines.findIndex((t) => MINUTES_OF.test(t));
  if (i >= 0) return i;
  const bare = lines.findIndex((t, k) => k < 40 && BARE_MINUTES.test(t));
  return bare >= 0 ? bare : 0;
}

/** Index just past the minutes: the "meeting ended" line, or the start of a report that follows them. */
export function findMinutesEnd(lines: readonly string[], start: number): number {
  for (let i = start + 1; i < lines.length; i++) {
    const t = lines[i] ?? '';
    if (ENDED.test(t) || REPORT_START.test(t)) return i;
  }
  return lines.length;
}

function tidyName(name: string): string {
  const t = name.replace(/\s+/g, ' ').replace(/^[\s,:;–—-]+|[\s,:;.–—-]+$/g, '').trim();
  if (t !== t.toUpperCase()) return t;
  // An all-capitals name reads better in the tracker in title case.
  return t
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function stripDate(line: string): string {
  const dates = findDates(line);
  let t = dates.length > 0 ? line.slice(0, dates[0]?.index ?? line.length) : line;
  // "Audit Committee – Minutes – 3 March 2024": the word "Minutes" is no part of the name.
  t = t.replace(/[\s,:;–—-]*\b(?:draft\s+|confirmed\s+)?minutes\b.*$/i, '');
  t = t.replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\s*,?\s*$/i, '');
  t = t.replace(/\b(?:held\s+)?on\s*$/i, '');
  return t;
}

function nameFromLine(line: string, words: RegExp): string | null {
  if (line === '' || NOT_NAME.test(line) || !words.test(line)) return null;
  // A sentence or a lead-in that mentions the committee ("The Committee agreed:") is not its name.
  if (/[:;]$/.test(line) || /\b(?:agreed|resolved|noted|received|considered|asked|was|were|had|will|is)\b/i.test(line)) return null;
  const name = tidyName(stripDate(line));
  if (name === '' || name.split(' ').length > 12 || /[.?]$/.test(line.trim()) && line.split(' ').length > 12) return null;
  // "Herefordshire Council" is the council, not the committee.
  if (/^[\w' -]+\s(?:county\s+|borough\s+|district\s+|city\s+|metropolitan\s+)?council$/i.test(name) && !/^(?:full|county|city)\s+council$/i.test(name)) return null;
  return name;
}

/** The committee and meeting date from the lines around the opening of the minutes. */
export function readHeader(lines: readonly string[], start: number): { committee: string | null; meetingDate: string | null } {
  const opening = lines[start] ?? '';
  let committee: string | null = null;
  if (MINUTES_OF.test(opening)) {
    // Bounded: the lazy name is tried against the look-ahead at each step.
    const m = COMMITTEE_OF.exec(opening.slice(0, 300));
    if (m && m[1] && !/^(?:the\s+)?(?:held|on)\b/i.test(m[1])) committee = tidyName(m[1]);
    const named = committee === null ? MINUTES_OF_NAME.exec(opening.slice(0, 300)) : null;
    if (named && named[1]) committee = tidyName(named[1]);
  }
  // Otherwise a title line near the opening: above it first (the nearest), then below.
  const near: string[] = [];
  for (let i = start - 1; i >= Math.max(0, start - 8); i--) near.push(lines[i] ?? '');
  for (let i = start + (MINUTES_OF.test(opening) || BARE_MINUTES.test(opening) ? 1 : 0), n = 0; i < lines.length && n < 12; i++) {
    if ((lines[i] ?? '') === '') continue;
    near.push(lines[i] ?? '');
    n++;
  }
  if (committee === null && !MINUTES_OF.test(opening)) {
    const own = nameFromLine(opening, BODY_WORD);
    if (own) committee = own;
  }
  for (const words of [BODY_WORD, EXEC_WORD]) {
    if (committee !== null) break;
    for (const line of near) {
      const name = nameFromLine(line, words);
      if (name) {
        committee = name;
        break;
      }
    }
  }

  // The date: "on <date>" in the opening line, else the first date in the lines about it.
  const on = /\bon\b/i.exec(opening);
  let meetingDate = firstDate(opening, on ? on.index : 0) ?? firstDate(opening);
  if (meetingDate === null) {
    for (let i = Math.max(0, start - 4); i < Math.min(lines.length, start + 14) && meetingDate === null; i++) {
      const line = lines[i] ?? '';
      if (/^(?:present|apologies)\b/i.test(line)) continue;
      meetingDate = firstDate(line);
    }
  }
  return { committee, meetingDate };
}
