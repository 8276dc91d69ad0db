// Where the minutes start and end in a longer text (an agenda pack), and the committee and meeting date
// their opening lines name: "Minutes of the meeting of X held at … on Tuesday 22 July 2025 at 2.00 pm".
import { findDates, firstDate } from './dates';
import { headingShape } from './items';
import { isPageNumberLine } from './normalise';

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
// … and an item's title printed above the page's own heading ("Appointment of Vice-Chairman to the Panel").
const NOT_NAME = /^(?:©|copyright\b|present|members?\b|councillors?|cllrs?|chair|vice|apologies|officers?|in attendance|also present|agenda\b|minutes\b|item\b|(?:appointments?|elections?|nominations?)\s+of\b|declarations?\b|(?:venue|place|time|date|contact|location)\s*:|(?:decision\s+(?:maker|status)|decided\s+at\s+meeting|report\s+author|lead\s+officer)\s*:|the\s+\w+\s+(?:was|were|had))/i;
// An item's title that names a body in its topic ("Change to the Size of the Audit Committee", "Responses to Reports of
// the Place Scrutiny Panel", "Budget Scrutiny Process Feedback", "Forward Plan - Scrutiny Place and Executive"): its
// business, not the meeting; nor is a decision page's "Advice of the Advisory Panel". (A body's own name may hold "Plan" or "Programme" before its body word: "Local Plan
// Sub-Committee", "Growth Deal Programme Board".)
const TOPIC = /^(?:(?:the\s+)?(?:change|changes|responses?|establishment|future|membership|review|size|amendments?|proposals?|appointments?|nominations?|advice|decision)\s+(?:to|of|on|for)\b)|\b(?:update|feedback|process|pack|workplan|function|forward\s+plan|work\s+programme)\b(?!\s+(?:committee|sub-committee|panel|board|commission|forum|group)\b)/i;
const SMALL = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'at', 'with']);

/** Index of the line that opens the minutes, or 0 when the text has no such line (it is all minutes). */
export function findMinutesStart(lines: readonly string[]): number {
  // "Minutes of the meeting held on 2nd March 2011" that names no body is a sub-heading inside an item
  // (the minutes of another meeting received), unless it opens the text; so is one below the apologies or
  // the declarations of interest.
  const i = lines.findIndex((t, k) => MINUTES_OF.test(t) && !NOT_OPENING.test(t) && !underMinutesItem(lines, k) && !labelFollows(lines, k) && !(SUB_MINUTES.test(t) && (nonBlankBefore(lines, k) > 6 || lines.slice(0, k).some((l) => headingShape(l) !== null || /^(?:declarations?\s+of\s+interests?|apologies)\b/i.test(l)))));
  if (i >= 0) return i;
  // … or a bare "MINUTES" under a longer memo header when the line just above it is the meeting's date.
  const bare = lines.findIndex((t, k) => k < 40 && BARE_MINUTES.test(t) && (nonBlankBefore(lines, k) <= 6 || dateLine(lines.slice(0, k).filter((l) => l !== '').pop() ?? '') !== null));
  return bare >= 0 ? bare : 0;
}

// Lines about earlier minutes ("Minute of the meeting of 29 October 2015 to be approved and signed", "Minutes
// of the previous meeting PDF 165 KB"): an item of these minutes, not their opening.
// "(To follow at the next meeting)": minutes not yet written, listed under an item.
const NOT_OPENING = /^minutes?\s+of\s+(?:the\s+)?(?:previous|last)\b|\b(?:to\s+be|be|were|was)\s+(?:approved|confirmed|signed|agreed|noted)\b|\bcorrect\s+record\b|\bfor\s+approval\b|\battached\b|\bto\s+follow\b|\bpdf\b/i;
const SUB_MINUTES = /^(?:draft\s+)?minutes\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?meeting\s+(?:held\s+)?on\b/i;

/** The line describes an agenda item headed "MINUTES pdf icon PDF 102 KB": the previous minutes, not these. */
function underMinutesItem(lines: readonly string[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (lines[j] ?? '') === '') j--;
  const prev = lines[j] ?? '';
  return /\bminutes?\b/i.test(prev) && (/\bpdf\b/i.test(prev) || headingShape(prev) !== null || prev === prev.toUpperCase());
}

/** A web page's "Minutes:" label follows: the line was an agenda item's title. */
function labelFollows(lines: readonly string[], k: number): boolean {
  let j = k + 1;
  while (j < lines.length && (lines[j] ?? '') === '') j++;
  return /^(?:minutes|decisions?)\s*:/i.test(lines[j] ?? '');
}

function nonBlankBefore(lines: readonly string[], k: number): number {
  let n = 0;
  for (let j = 0; j < k; j++) if ((lines[j] ?? '') !== '') n++;
  return n;
}

/** Index just past the minutes: the "meeting ended" line, or the start of a report that follows them. */
export function findMinutesEnd(lines: readonly string[], start: number): number {
  // A ModernGov decision page states the report's purpose above the decision: no report follows there.
  const decisionPage = lines.some((t) => /^(?:decision\s+maker|decision\s+status|decided\s+at\s+meeting)\s*:/i.test(t));
  for (let i = start + 1; i < lines.length; i++) {
    const t = lines[i] ?? '';
    if (ENDED.test(t) || (REPORT_START.test(t) && !decisionPage)) return i;
  }
  return lines.length;
}

function tidyName(name: string): string {
  const t = name
    .replace(/\s+/g, ' ')
    // "… Committee (no longer active)", "Council Meeting", "Council on Monday 4 June 2007": the body's name only.
    .replace(/\s*\((?:no\s+longer\s+active|inactive|historic(?:al)?|closed|disbanded|archived?|old|expired(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4})?)\)\s*$/i, '')
    .replace(/\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d).*$/i, '')
    .replace(/\s+meeting$/i, '')
    .replace(/^(?:(?:an?|the)\s+)?meeting\s+of\s+(?:the\s+)?/i, '')
    // "Constitution Committee Agenda": the document's name, not the body's.
    .replace(/\s+agenda$/i, '')
    // An archive's note inside the title: "Cabinet (Pre-Intervention - 2nd June 2004 to 4th February 2015)",
    // "Cabinet - for meetings after 09/05/11, please see 'City Mayor & Cabinet'".
    .replace(/\s*\([^()]*\d{4}[^()]*\)/g, '')
    .replace(/\s+[-–—]\s+for\s+meetings\b.*$/i, '')
    // ModernGov's "meeting title, committee": "Budget Council, Council", "Special Meeting, Council".
    .replace(/^(?:[\w'’ -]{0,30}\b(?:meeting|budget|annual|special|extraordinary|ordinary|reconvened|adjourned)\b[\w'’ -]{0,30}|[\w'’ -]{0,30}\bcouncil|[^()]{0,80}\bmeeting\s*\([^()]{0,120}\)),\s+((?:[\w'’&-]+\s+){0,6}?(?:council|cabinet|committee|panel|board|commission|executive|assembly))$/i, '$1')
    .replace(/^[\s,:;–—-]+|[\s,:;.–—-]+$/g, '')
    .trim();
  if (t !== t.toUpperCase()) return t;
  // An all-capitals name reads better in the tracker in title case.
  return t
    .toLowerCase()
    .split(' ')
    // ("SCRUTINY COMMITTEE (SOCIAL CARE AND HEALTH)": a word after a bracket or a slash is capitalised too; after a hyphen
    // it is not, "Co-ordination".)
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.replace(/(^|[(/])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())))
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
  // (A line that starts in lower case is a sentence wrapped from the line before: "out in the report of Cabinet".)
  if (line === '' || NOT_NAME.test(line) || !words.test(line) || /^[a-z]/.test(line)) return null;
  // An item heading ("152 Overview and Scrutiny Board PDF 68 KB"), a list item, a web page's venue
  // line or an image's alt text ("[image: Photograph of the Planning Committee]") names a committee in
  // passing: never the meeting's committee.
  // ("Gloucestershire Police and Crime Panel (24th March) – update from Cllr. Clucas" is an item on another body.)
  if (/\bupdate\s+from\b|\(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\)|^[\d([]|^[a-z]{1,4}[.)]\s|\bpdf\b|\bvenue\b|\b(?:image|photo(?:graph)?|logo|picture|icon|graphic|alt\s+text)\b|^(?:to|that|this|these|report|issues?|feedback|matters|resolutions|recommendations)\b/i.test(line)) return null;
  // A sentence or a lead-in that mentions the committee ("The Committee agreed:") is not its name.
  if (/[:;]$/.test(line) || /\b(?:agreed|resolved|recommended|noted|received|considered|asked|was|were|had|will|is)\b/i.test(line)) return null;
  if (TOPIC.test(line)) return null;
  const name = tidyName(stripDate(line));
  // "Committee Minutes" printed under the name: the word alone names nothing.
  if (/^(?:the\s+)?(?:committee|sub-committee|panel|board|commission|forum|scrutiny)$/i.test(name)) return null;
  if (name === '' || name.split(' ').length > 12 || /[.?]$/.test(line.trim()) && line.split(' ').length > 12) return null;
  // "Herefordshire Council" is the council, not the committee.
  if (/^[\w' -]+\s(?:county\s+|borough\s+|district\s+|city\s+|metropolitan\s+)?council$/i.test(name) && !/^(?:full|county|city)\s+council$/i.test(name)) return null;
  return name;
}

// ModernGov's own fields: "Meeting: 24/07/2018 - Overview and Scrutiny Committee (Item 27)" on an issue
// page, "Decided at meeting: 17/09/2019 - Cabinet" and "Decision Maker:" on a decision page, and the
// title of an "agenda and minutes" page: "Dyfed Powys Police and Crime Panel - Thursday, 16th November, 2017 10.30 am".
const MEETING_FIELD = /^(?:meeting|(?:decided|made)\s+at\s+meeting)\s*:\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–—]\s*(.+?)\s*(?:\((?:item|minute)\s+[^)]{1,12}\))?\s*$/i;
const REHOST_LINE = /^([A-Z][a-z]{2,8}\s+\d{1,2},\s+\d{4})\s+(.{3,120}?)\s+\((?:[Cc]ommittee|[Cc]ouncil|[Cc]abinet|[Bb]oard|[Pp]anel|[Ss]ub-[Cc]ommittee|[Oo]ther)\)\s+[A-Z]/;
const MAKER_FIELD = /^decision\s+maker\s*:\s*(.+)$/i;
const DECISION_DATE = /^date\s+of\s+decision\s*:\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*$/i;
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?`;
const TITLE_LINE = new RegExp(String.raw`^(?:agenda\s+(?:and\s+minutes\s+)?for\s+)?(.{3,120}?)\s+(?:[-–—]|on)\s+${WEEKDAY}\b,?\s+(.+)$`, 'i');
const TITLE_DATED = /^(.{3,120}?)\s+[-–—]\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d{4}.{0,30})$/;
const MEETING_LIST = /^.{3,80},\s*\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}\s*$/i;
// (… or an "Agenda item" page, its item's title on the next line.)
const ISSUE_PAGE = /^(?:issue\s*-\s*(?:decisions|meetings|details)|agenda\s+item)$/i;
// A decision page's own heading: "12/09/2019 - Recommendations Tracker".
const DATED_HEADING = /^(\d{1,2}\/\d{1,2}\/\d{4})\s+[-–—]\s+\S/;
const ENDS_IN_BODY = /\b(?:committee|sub-committee|panel|board|commission|forum|cabinet|council|executive|assembly|combined\s+authority|fire\s+(?:and\s+rescue\s+)?authority|police\s+authority)$/i;

// A CMIS "Meeting Details" page: the committee's name, then "28 Apr 2020 - 19:00 to 21:00".
const CMIS_WHEN = /^\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+[-–—]\s+\d{1,2}:\d{2}\s+to\s+\d{1,2}:\d{2}$/;
const CMIS_NOT_NAME = /^(?:meeting\s+(?:summary|details)|skip\s+to\s+main\s+content|you\s+are\s+in\s+meetings|documents|attendance)$/i;

/** The committee and date a ModernGov page states in its own fields, read anywhere in the text. */
export function pageFields(lines: readonly string[]): { committee: string | null; meetingDate: string | null } {
  let committee: string | null = null;
  let meetingDate: string | null = null;
  let maker: string | null = null;
  const when = lines.findIndex((l, k) => k < 30 && CMIS_WHEN.test(l));
  if (when > 0) {
    let k = when - 1;
    while (k > 0 && (lines[k] ?? '') === '') k--;
    const name = (lines[k] ?? '').trim();
    // As printed: a CMIS name may carry a year or a topic in brackets ("(2019/20) Scrutiny Review Panel 2 (…)").
    if (name !== '' && !CMIS_NOT_NAME.test(name) && name.split(/\s+/).length <= 14 && !/[.:;]$/.test(name)) committee = name.replace(/\s+/g, ' ');
  }
  // A decisions list of several makers ("Decision Maker: Chief Executive", "Decision Maker: Cabinet") records no one
  // meeting: a "Made at meeting:" line names only its own entry's.
  const makers = new Set(lines.flatMap((l) => MAKER_FIELD.exec(l)?.[1]?.trim().toLowerCase() ?? []));
  for (const line of lines) {
    const m = MEETING_FIELD.exec(line);
    if (m && makers.size > 1 && /^made\b/i.test(line)) continue;
    if (m) {
      meetingDate ??= firstDate(m[1] ?? '');
      committee ??= tidyName(m[2] ?? '');
      continue;
    }
    // A re-host's line: "May 9, 2025 Public Health and Communities Policy Committee (Committee) Approved View on council website".
    const re = REHOST_LINE.exec(line);
    if (re) {
      meetingDate ??= firstDate(re[1] ?? '');
      committee ??= tidyName(re[2] ?? '');
      continue;
    }
    const mk = MAKER_FIELD.exec(line);
    if (mk) maker ??= tidyName(mk[1] ?? '');
    const d = DECISION_DATE.exec(line);
    if (d) meetingDate ??= firstDate(d[1] ?? '');
  }
  return { committee: committee ?? maker, meetingDate };
}

/** The item numbers a ModernGov issue page names in its "Meeting: … (Item 27)" lines. */
export function pageItemNumbers(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    // (… and a CMIS-style page's "• Meeting of Scrutiny for Policies Committee, Monday 5th September 2022 1.00 pm (Item 4.)".)
    const m = /^meeting\s*:\s*\d{1,2}\/\d{1,2}\/\d{4}\s*[-–—].*\((?:item|minute)\s+([^)\s]{1,12})\)\s*$|^(?:[•·*]\s*)?meeting\s+of\s+.{5,200}\((?:item|minute)\s+([^)\s]{1,12})\)\s*$/i.exec(line);
    const n = m?.[1] ?? m?.[2];
    if (n) out.push(n.replace(/\.$/, ''));
  }
  return out;
}

/** An "agenda and minutes" page title, or a name line with the date on the next line, near the top. */
function titleOf(lines: readonly string[]): { committee: string | null; meetingDate: string | null } {
  const filled = lines.filter((l) => l.trim() !== '');
  const near = filled.slice(0, 12);
  // A web page's menu may push its title down: the line below "Agenda and decisions", or below a decision page's
  // "Related Meeting", is the title wherever it sits.
  const anchor = filled.slice(0, 80).findIndex((l) => /^\s*(?:[•·]\s*)?(?:agenda\s+and\s+(?:draft\s+)?(?:minutes|decisions)|related\s+meeting)\s*$/i.test(l));
  if (anchor >= 12 || (anchor >= 0 && /related/i.test(filled[anchor] ?? ''))) near.unshift(filled[anchor + 1] ?? '');
  for (let k = 0; k < near.length; k++) {
    const line = (near[k] ?? '').trim();
    if (headingShape(line) !== null || /^(?:minutes|decision|decisions)\s*:/i.test(line)) break;
    if (/^[·•▪*-]/.test(line)) {
      // An issue's history: "• 08/09/2011 - Action: …", dated as the meeting it records.
      const entry = DATED_HEADING.exec(line.replace(/^[·•▪*-]\s*/, ''));
      if (entry) return { committee: null, meetingDate: firstDate(entry[1] ?? '') };
      continue;
    }
    // "X - Thursday, 16th November, 2017 10.30 am", or "X – 21 March 2011" (a date and nothing else).
    const t = TITLE_LINE.exec(line) ?? TITLE_DATED.exec(line);
    if (t) {
      const name = tidyName(t[1] ?? '');
      const date = TITLE_LINE.test(line) ? firstDate(t[2] ?? '') : dateLine(t[2] ?? '');
      // "Overview & Scrutiny Committee - Housing - Tuesday, …": a committee named with its remit after a dash.
      // ("Scrutiny Board (Culture and Leisure) - Monday, …": the body's remit in brackets after its name.)
      if (date && (ENDS_IN_BODY.test(name.replace(/\s*\([^()]{2,60}\)$/, '')) || /\b(?:[Cc]ommittee|[Ss]ub-[Cc]ommittee|[Pp]anel|[Bb]oard|[Cc]ommission)\s+[-–—]\s+[A-Z][\w&,'’ ]{2,40}$/.test(name))) return { committee: name, meetingDate: date };
    }
    const dated = DATED_HEADING.exec(line);
    if (dated) {
      // An officer's decision states its own "Date: 8 April 2020" below the heading's publication date.
      const own = near.slice(k + 1, k + 8).map((l) => /^date\s*:\s*(.+)$/i.exec(l)?.[1] ?? '').find((d) => firstDate(d) !== null);
      return { committee: null, meetingDate: firstDate(own ?? dated[1] ?? '') };
    }
  }
  return { committee: null, meetingDate: null };
}

/** A line that is a date and little else: "Tuesday, 16th September, 2014 7.30 pm", "Date: 9 December 2024". */
function dateLine(line: string): string | null {
  const date = firstDate(line);
  if (date === null) return null;
  // "Tuesday, 7th June, 2011 at 6.30 p.m. at Saltwells Education Centre, …": the date, the time, then the venue.
  if (new RegExp(String.raw`^(?:${WEEKDAY},?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+\d{4},?\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\s+(?:at|in)\s+[A-Z]`, 'i').test(line)) return date;
  if (/^(?:a|the)\s+meeting\b[^.]{0,160}\bheld\b/i.test(line)) return date;
  const rest = line
    .replace(/\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+\.?,?\s+\d{4}\b|\b[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/gi, ' ')
    .replace(new RegExp(String.raw`\b${WEEKDAY}\b`, 'gi'), ' ')
    .replace(/\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|\bto\b|\bdate\b|\btime\b|\bheld\b|\bon\b|\bat\b/gi, ' ')
    .replace(/[^A-Za-z]+/g, ' ')
    .trim();
  return rest === '' || rest.split(' ').length <= 2 ? date : null;
}

/** The committee and meeting date from the lines around the opening of the minutes. */
export function readHeader(lines: readonly string[], start: number): { committee: string | null; meetingDate: string | null } {
  const opening = lines[start] ?? '';
  const hasOpening = MINUTES_OF.test(opening) || BARE_MINUTES.test(opening);
  const fields = pageFields(lines);
  const title = titleOf(lines);
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
  // ModernGov's own "Meeting:" or "Decision Maker:" field names the body better than a line at the top.
  if (committee === null && !MINUTES_OF.test(opening)) committee = fields.committee;
  if (committee === null && !MINUTES_OF.test(opening)) {
    const own = nameFromLine(opening, BODY_WORD);
    if (own) committee = own;
  }
  if (committee === null) committee = fields.committee ?? title.committee;
  // "At a meeting of the Economic Growth … Committee held in Committee Room 1 …", "At the ANNUAL MEETING of
  // CITY COUNCIL held …": the minutes' own opening sentence names the body in full.
  const at = near.slice(0, 14).find((l) => /^at\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+)?meeting\s+of\s+/i.test(l));
  if (committee === null || !MINUTES_OF.test(opening)) {
    const m = at ? COMMITTEE_OF.exec(at.slice(0, 300)) : null;
    if (m && m[1] && m[1].split(/\s+/).length <= 14 && !/^(?:the\s+)?(?:held|on)\b/i.test(m[1])) committee = tidyName(m[1]);
  }
  for (const words of [BODY_WORD, EXEC_WORD]) {
    if (committee !== null) break;
    for (const [k, line] of near.entries()) {
      // A list of other meetings' minutes ("Council, 26 September 2024" / "Leadership Board, 4 December
      // 2024"): each line names a body and a date, none of them this meeting.
      if (MEETING_LIST.test(line) && (MEETING_LIST.test(near[k - 1] ?? '') || MEETING_LIST.test(near[k + 1] ?? ''))) continue;
      // An issue page's title ("Issue - decisions" then "Scrutiny Panel") names the business, not the body.
      if (k > 0 && ISSUE_PAGE.test(near[k - 1] ?? '')) continue;
      // Past the first item heading or a web page's "Minutes:" the lines are the minutes' own words.
      if (!hasOpening && (headingShape(line) !== null || /^(?:minutes|decision|decisions)\s*:/i.test(line))) break;
      const name = nameFromLine(line, words);
      // Where nothing opens the minutes, only a line that is a name on its own will do.
      if (name && !hasOpening && !ENDS_IN_BODY.test(name)) continue;
      if (name) {
        committee = name;
        break;
      }
    }
  }

  // An "agenda and minutes" page whose title line names a body no committee word ends ("… Fire and Rescue
  // Authority - Policy and Strategy"), its date alone on the next line: the title, as printed.
  if (committee === null && !hasOpening) {
    const top = lines.filter((l) => l !== '').slice(0, 6);
    // (Or the page's title printed twice, "Fire and Rescue Authority" above its own heading, then the date.)
    const k = top.findIndex((l, j) => j > 0 && (/^agenda\s+and\s+(?:draft\s+)?minutes$/i.test(top[j - 1] ?? '') || top[j - 1] === l) && dateLine(top[j + 1] ?? '') !== null);
    const name = k > 0 ? (top[k] ?? '') : '';
    if (name !== '' && name.split(/\s+/).length <= 16 && !/[.:;,]$/.test(name) && firstDate(name) === null && /\b(?:authority|committee|panel|board|commission|forum|council|cabinet)\b/i.test(name)) committee = tidyName(name);
  }

  // The date: "on <date>" in the opening line, else the first date in the lines about it.
  const on = /\bon\b/i.exec(opening);
  let meetingDate = hasOpening ? firstDate(opening, on ? on.index : 0) ?? firstDate(opening) : null;
  meetingDate ??= fields.meetingDate ?? (hasOpening ? null : title.meetingDate);
  // … and its date, "held … on Monday 7 March, 2022".
  if (meetingDate === null && at) meetingDate = firstDate(at);
  if (meetingDate === null) {
    for (let i = Math.max(0, start - 4); i < Math.min(lines.length, start + 14) && meetingDate === null; i++) {
      const line = lines[i] ?? '';
      if (/^(?:present|apologies)\b/i.test(line)) continue;
      // Where nothing opens the minutes, a date inside a sentence is some other meeting's.
      meetingDate = hasOpening ? firstDate(line) : dateLine(line);
      if (!hasOpening && (headingShape(line) !== null || /^(?:minutes|decision|decisions)\s*:/i.test(line))) break;
    }
  }
  // Nothing above the minutes names them: a running header or footer beside the page numbers may.
  if (committee === null || meetingDate === null) {
    const footer = footerFields(lines);
    if (committee === null && footer) committee = footer.committee;
    if (meetingDate === null && footer) meetingDate = footer.meetingDate;
  }
  // Still nothing: the minutes' opening sentence anywhere near the top ("MINUTES of a meeting of the Exmoor Local
  // Access Forum held on …", "MINUTES OF THE GREATER COMBINED AUTHORITY MEETING HELD ON 31 MAY 2019", "MINUTES OF
  // THE COUNCIL AT THE MEETING OF …", OpenlyLocal's "Minutes for X meeting, Apr 6 2011, 7.15PM").
  if (committee === null || meetingDate === null) {
    for (const [k, line] of lines.filter((l) => l.trim() !== '').slice(0, 15).entries()) {
      // At the very top, "This is a meeting of the County Council of Hampshire County Council held on the 22nd Feb
      // 2024." (a re-host's sentence), or "MEETING OF POLICE AND CRIME PANEL" above "Thursday 25 October 2012 …".
      const meetingOf = k <= 2 ? /^(?:this\s+is\s+)?(?:(?:a|the)\s+)?meeting\s+of\s+(?:the\s+)?(.{3,120}?)(?:\s+held\s+on\s+(?:the\s+)?(.{6,40}))?\.?$/i.exec(line.trim()) : null;
      if (meetingOf && meetingOf[1] && /\b(?:council|committee|panel|board|authority|forum|cabinet|commission|assembly)\b/i.test(meetingOf[1]) && !/\b(?:was|were|is|above|said)\b/i.test(meetingOf[1]) && firstDate(meetingOf[1]) === null) {
        const body = (meetingOf[1].split(/\s+of\s+(?=[A-Z])/)[0] ?? meetingOf[1]);
        committee ??= tidyName(body);
        const next = lines.filter((l) => l.trim() !== '')[k + 1] ?? '';
        meetingDate ??= firstDate(meetingOf[2] ?? '') ?? (new RegExp(String.raw`^(?:${WEEKDAY},?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+\d{4}\b`, 'i').test(next.trim()) ? firstDate(next) : null);
        break;
      }
      // At the very top, a title that ends in "Minutes" ("Dumfries and Galloway Council Minutes", "Council - Minutes of
      // Proceedings – 21 June 2007 5") or the Scottish "Minute General Meeting of the Council Tuesday, 8 December 2020".
      const titled = k <= 2 ? /^(.{3,80}?)\s+(?:[-–—]\s+)?minutes(?:\s+of\s+proceedings)?(?:\s+[-–—]\s+(.{0,60}))?$/i.exec(line.trim()) ?? new RegExp(String.raw`^Minute\s+(.{3,80}?)\s+(${WEEKDAY},?\s+.{0,60})$`, 'i').exec(line.trim()) : null;
      if (titled && titled[1] && !/[>|]|\bagenda\b/i.test(titled[1]) && /\b(?:council|committee|panel|board|authority|forum|cabinet|commission|assembly)\b/i.test(titled[1]) && firstDate(titled[1]) === null) {
        committee ??= tidyName(titled[1]);
        meetingDate ??= firstDate(titled[2] ?? '') ?? null;
        if (meetingDate !== null) break;
        continue;
      }
      // Only where a line opens with the word (after at most a heading in capitals, "ITEM 3 LOCAL ACCESS FORUM"):
      // "To approve the minutes of the meeting of the Commission held …" is some other meeting.
      const opener = /^(?:[A-Z0-9][A-Z0-9 ]{0,60}\s)?(?:MINUTES|Minutes)\s+(?=of\b|OF\b|for\b)/.exec(line);
      // (In capitals, or at the very top: further down, "Minutes of the meeting held on …" is an item's title.)
      if (!opener || (k > 2 && !/MINUTES/.test(opener[0]))) continue;
      const head = line.slice(opener[0].length, opener[0].length + 400);
      const m = /^(?:of|for)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:meeting|proceedings)\s+of\s+(?:the\s+)?(.{3,120}?)\s+(?:held|at\s+the\s+meeting)\b/i.exec(head)
        ?? /^of\s+the\s+(.{3,120}?)\s+(?:meeting\s+held|at\s+the\s+meeting|held)\b/i.exec(head)
        ?? /^for\s+(.{3,120}?)\s+meeting,/i.exec(head);
      if (!m) continue;
      // ("Minutes of the extraordinary meeting held on …": the kind of meeting, not the body.)
      if (!m[1] || /\b(?:meetings?|held|previous|last)\b/i.test(m[1]) || /^(?:extraordinary|special|annual|ordinary|adjourned|reconvened|informal|budget|additional|emergency|inaugural|statutory|general)$/i.test(m[1].trim())) continue;
      committee ??= tidyName(m[1]);
      meetingDate ??= firstDate(head, m.index + m[0].length) ?? firstDate(head);
      break;
    }
  }
  // "… Committee (no longer active)": ModernGov's note on a body since wound up is no part of its name.
  // (… and "- Expired 13/07/20", "(this Committee has now been combined with … and no longer meets)": ModernGov's notes on a
  // committee that has gone.)
  if (committee !== null) committee = committee.replace(/\s*\((?:no\s+longer\s+active|inactive|historic(?:al)?|closed|disbanded|archived?)\)\s*$/i, '').replace(/\s+[-–—]\s+expired\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s*$/i, '').replace(/\s*\(this\s+committee\s+(?:has|was|is)\b[^)]*\)\s*$/i, '');
  // A decision page's "Decision Maker: Chief Executive" names an officer, not a committee.
  if (committee !== null && /^(?:the\s+)?(?:chief\s+executive|(?:[\w,&'’ ]+\s+)?(?:director|officer|manager)\b|head\s+of\b)/i.test(committee) && !/\b(?:committee|panel|board|council|cabinet|authority|forum|commission)\b/i.test(committee)) committee = null;
  return { committee, meetingDate };
}

/**
 * The committee and date a page footer or running header prints ("Adult Social Care Scrutiny Committee –
 * 20 January 2026" beside "Page 1 of 4"): a line within two of a page number that is a body's name and
 * a date and nothing else, the same on every page where it repeats.
 */
function footerFields(lines: readonly string[]): { committee: string; meetingDate: string } | null {
  for (let i = 0; i < lines.length; i++) {
    if (!isPageNumberLine(lines[i] ?? '')) continue;
    for (const step of [-1, 1]) {
      for (let j = i + step, seen = 0; j >= 0 && j < lines.length && seen < 2; j += step) {
        const t = lines[j] ?? '';
        if (t === '') continue;
        seen++;
        const dated = TITLE_DATED.exec(t) ?? TITLE_LINE.exec(t);
        if (!dated) continue;
        const name = tidyName(stripDate(t));
        const date = dateLine(t.slice(t.indexOf(dated[2] ?? '')));
        if (date && ENDS_IN_BODY.test(name) && nameFromLine(name, BODY_WORD) !== null) return { committee: name, meetingDate: date };
      }
    }
  }
  return null;
}
