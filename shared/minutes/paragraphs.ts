// Re-joins lines into paragraphs: a line that a PDF wrapped (or a word it hyphenated) joins the one
// before; a label, bullet, heading, marker or blank line starts a new paragraph.
import type { Line } from './types';
import { readBullet, readLabel, type Label } from './labels';
import { detectMarker } from './markers';
import { headingShape, isCaps } from './items';

export interface Para {
  /** The words, label and bullet removed, lines joined. */
  text: string;
  /** The paragraph's first line as printed, label included: what heading detection reads. */
  head: string;
  label: Label | null;
  bullet: boolean;
  indent: number;
  /** A blank line (or the start) came before it: list items printed without one belong together. */
  blankBefore: boolean;
  table: boolean;
}

const ENDS_SENTENCE = /[.:;!?]["'’”)]?$/;

/**
 * True when the text was hard-wrapped (PDF): a line followed by another is nearly always close to the
 * full width. Web pastes and Word text have short lines too, but of every length.
 */
function isHardWrapped(lines: readonly Line[]): boolean {
  const lengths = lines.filter((l) => l.text !== '' && !l.table).map((l) => l.text.length).sort((a, b) => a - b);
  if (lengths.length < 20) return false;
  const p95 = lengths[Math.floor(lengths.length * 0.95)] ?? 0;
  if (p95 > 130 || p95 < 45) return false;
  let runs = 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const here = lines[i]?.text ?? '';
    if (here === '' || (lines[i + 1]?.text ?? '') === '') continue;
    runs++;
    if (here.length >= 0.7 * p95) full++;
  }
  return runs >= 10 && full / runs >= 0.5;
}

/**
 * True when a PDF's text came with a blank line after every line ("… in Surrey", blank, "Heath as described …"):
 * hardly two printed lines touch, and several sentences carry on in lower case past a single blank line.
 * Paragraphs there are parted by two blank lines or more, so a wrapped line carries on past one.
 */
function isDoubleSpaced(lines: readonly Line[]): boolean {
  let printed = 0;
  let touching = 0;
  let carried = 0;
  for (let i = 0; i < lines.length; i++) {
    const here = lines[i]?.text ?? '';
    if (here === '' || lines[i]?.table) continue;
    printed++;
    if ((lines[i + 1]?.text ?? '') !== '') touching++;
    else if ((lines[i + 2]?.text ?? '') !== '' && here.length >= 35 && !ENDS_SENTENCE.test(here) && /^[a-z]/.test(lines[i + 2]?.text ?? '')) carried++;
  }
  return printed >= 8 && touching <= printed * 0.1 && carried >= 3 && carried >= printed * 0.2;
}

// The second halves of words minutes spell with a hyphen, so a line break after the hyphen keeps it.
const COMPOUND_TAIL = /^(?:committees?|chair(?:man|person|woman)?s?|groups?|ordinat\w*|opt(?:ed|ees?|ion)\b|operat\w*|decision|scrutiny|year|term|wide|based|led|funded|established|elected|appointed)\b/;

function joinText(prev: string, next: string): string {
  if (prev === '') return next;
  // "Sub-" + "committee", "co-" + "opted", "pre-" + "decision": a hyphen that belongs to the word.
  if (/[A-Za-z]-$/.test(prev) && COMPOUND_TAIL.test(next)) return prev + next;
  // "recom-" + "mendation": a word hyphenated at the line's end.
  if (/[A-Za-z]-$/.test(prev) && /^[a-z]/.test(next)) return prev.slice(0, -1) + next;
  if (/[A-Za-z0-9]-$/.test(prev)) return prev + next;
  return `${prev} ${next}`;
}

function headingLike(text: string): boolean {
  const shape = headingShape(text);
  if (!shape) return false;
  if (shape.bare) return true;
  const words = shape.title.split(' ').length;
  return isCaps(shape.title) || shape.explicit || (words <= 15 && !/[.;,:]$/.test(shape.title));
}

// A page's field or section label ("Minutes:", "Decision:", "Reasons for the decision:"): never a lead-in's last words.
const FIELD_LABEL = /^(?:minutes|decisions?|resolved|resolutions?|agreed|actions?|recommendations?|notes?|present|apologies|outcomes?|purpose|reasons?|summary|background|in\s+attendance|also\s+present|officers|members|contact|venue|supporting|additional|details|content)\b/i;

// "RESOLVED that the suggestions made by the Overview & Scrutiny Business", blank, "Panel regarding Adoption be accepted.": a
// resolution's sentence broken off on a name and carried on past a blank line, though the next line opens in capitals.
function brokenResolution(held: string, next: string): boolean {
  // ("RESOLVED: 1. That Council adopts the Council Tax", blank, "Reduction Schemes and …": a label after the marker, and a
  // name broken in two, the words after the break capitalised too.)
  return /^(?:(?:resolved|agreed|recommended)\b[\s:–—-]*)?(?:\(?\d{1,2}[.)]\s+)?that\b/i.test(held) && /[A-Za-z]$/.test(held) && !/\b(?:be|is|are|was|were)\s+\w+(?:ed|en)\b/i.test(held) && (/^[A-Z][a-z]+\s+[a-z]/.test(next) || (/\s[A-Z][a-z]+$/.test(held) && /^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}\s+[a-z\d]/.test(next))) && !/^(?:the|this|these|those|it|its|there|a|an|members?|he|she|they|we|in|at|on|for|following|after|before|if|when|as|all|any|no|officers?|councillors?|cllr)\b/i.test(next) && !isCaps(next);
}

export function toParagraphs(lines: readonly Line[]): Para[] {
  const wrapped = isHardWrapped(lines);
  const doubled = isDoubleSpaced(lines);
  const paras: Para[] = [];
  type Open = Para & { last: string; headish: boolean; bare: boolean };
  let cur: Open | null = null;
  // The paragraph before a blank line: a web page that double-spaces wrapped lines ("… and presentations",
  // blank, "by the Deputy Mayor …") carries its sentence on across the blank; "…; and" then a blank ends an
  // item of a list whose labels were lost, so it does not.
  let held = null as Open | null;
  let blank = true;
  // How many blank lines came in a row before this one: in a double-spaced PDF one is a wrapped line's, two part paragraphs.
  let blanks = 0;
  for (const line of lines) {
    // A bullet with nothing after it (a web page's empty list item, "·" alone on its line) is a blank line.
    if (line.text === '' || /^[·•●▪■◦○►▸➢➤→❖\uf0b7\uf0a7]$/.test(line.text.trim())) {
      blank = true;
      blanks++;
      if (cur) held = cur;
      cur = null;
      continue;
    }
    // (An issue page's dated entry, "15/05/2018 - Format of Internal Audit Reports - IA/18/008", is a title: the
    // lower-case "to instruct …" below it is the decision, its "The Committee resolved" lost, not the title carried on.)
    if (cur === null && held && !line.table && !held.headish && !held.bullet && held.text !== '' && !/^\d{1,2}\/\d{1,2}\/\d{2,4}\s*[-–—]\s/.test(held.text) && (/^[a-z]/.test(line.text) || brokenResolution(held.text, line.text) || (doubled && blanks === 1 && held.last.length >= 35)) && !/[.:;!?]["'’”)]?$/.test(held.last) && !/[-–—]$/.test(held.last) && !/[;,]\s*(?:and|or)$/i.test(held.last) && readLabel(line.text) === null && !headingLike(line.text) && !detectMarker(line.text)?.strong) {
      held.text = joinText(held.text, line.text);
      held.head = joinText(held.head, line.text);
      held.last = line.text;
      cur = held;
      blanks = 0;
      continue;
    }
    held = null;
    blanks = 0;
    if (line.table) {
      paras.push({ text: line.text, head: line.text, label: null, bullet: false, indent: line.indent, blankBefore: blank, table: true });
      cur = null;
      blank = false;
      continue;
    }
    const b = readBullet(line.text);
    // ("“(a)   That Basic and Special Responsibility Allowances be increased …": a quoted motion's first label. Only in
    // brackets: "“1. That the refresh … be endorsed." under "That the following decisions of the Cabinet be noted:" quotes
    // what another body decided.)
    // ("4  That delegated authority is given …" after "3.  That …": a number whose full stop was lost, before "That".)
    const bare = /^(\d{1,2})\s+(?=That\b)/.exec(b.rest);
    const l = readLabel(b.rest) ?? (/^[“"‘]\s*(?=\([a-z0-9]{1,3}\))/i.test(b.rest) ? readLabel(b.rest.replace(/^[“"‘]\s*/, '')) : null) ?? (bare ? readLabel(`${bare[1]}. ${b.rest.slice(bare[0].length)}`) : null);
    const label = l?.label ?? null;
    // Minutes that number every paragraph ("45.2 RESOLVED: That ..."): the number is no label and no
    // heading, so it is dropped from the words the markers are read in.
    // (… nor is a decision's register number, "238/2008 The Cabinet approved the virement …", as Medway prints them.)
    const body = l ? l.rest : b.rest.replace(/^\d{1,3}\.\d{1,2}\.?\s+(?=[A-Z])/, '').replace(/^\d{1,4}\/(?:19|20)\d{2}\s+(?=The\s+(?:Cabinet|Council|Committee|Executive|Leader|Portfolio|Board|Panel)\b)/, '');
    const headish = headingLike(line.text);
    const shape = headish ? headingShape(line.text) : null;
    // "- the end of the autumn term;" after a line that broke off mid-sentence (often across a page):
    // a dash a conversion put before the words that carry the sentence on, not a bullet.
    // (A dot bullet, "·", is a bullet as printed: "… and has agreed that" then "· the proposed amendments …" opens a list.)
    const carried = b.bullet && /^\s*[-–—]/.test(line.text) && label === null && cur !== null && !cur.headish && !cur.bullet && !/\b(?:and|or)$/.test(cur.last) && /^[a-z]/.test(b.rest) && !ENDS_SENTENCE.test(cur.last) && !/[-–—]$/.test(cur.last);
    let fresh = cur === null || label !== null || (b.bullet && !carried) || headish || cur.bare;
    if (!fresh && cur) {
      const marker = detectMarker(body);
      // A marker starts a paragraph, unless the line before broke off mid-phrase ("… Matter for" then
      // "Decision"): then the word carries the sentence on.
      // (Nor when the line opens in lower case with other words before the marker: "… contained within" then "report and
      // also agreed the following additional recommendations:".)
      if (marker?.strong) fresh = !/\b(?:of|for|the|a|an|to|and|or|by|with|on|in)$/i.test(cur.last) && !(/^[a-z]/.test(body) && !/^(?:resolved|agreed|recommended|decided|decision|noted|approved)\b/i.test(body) && !ENDS_SENTENCE.test(cur.last));
      else if (cur.text === '' && cur.label) fresh = false; // a label alone on its line: its words follow
      else if (cur.headish) fresh = !(isCaps(cur.text) && isCaps(body) && wrapped);
      // (A web page's paragraph on one long line, its sentence ended, then "that the contents of the report be noted and …"
      // on the next: a resolution whose "RESOLVED" was lost, not a wrapped line.)
      else if (/^that\s+(?:the|a|an|this|these|officers?|members?|council|cabinet|committee)\b/.test(body) && ENDS_SENTENCE.test(cur.last) && cur.last.length >= 100) fresh = true;
      else if (carried || /[A-Za-z]-$/.test(cur.last) || /^[a-z]/.test(body)) fresh = false;
      // "… comments to the Community Planning" / "Partnership:": a lead-in's last words wrapped onto a short line.
      else if (!ENDS_SENTENCE.test(cur.last) && !/[:;,]$/.test(cur.last) && /:$/.test(body) && body.split(/\s+/).length <= 4 && !cur.headish && /^[A-Z][a-z]/.test(body) && !FIELD_LABEL.test(body)) fresh = false;
      else fresh = !(wrapped && !ENDS_SENTENCE.test(cur.last));
    }
    if (!fresh && cur) {
      cur.text = joinText(cur.text, body);
      cur.head = joinText(cur.head, body);
      cur.last = body;
      continue;
    }
    cur = {
      text: body,
      head: line.text,
      label,
      bullet: b.bullet && label === null,
      indent: line.indent,
      blankBefore: blank,
      table: false,
      last: body,
      headish,
      bare: shape?.bare ?? false,
    };
    paras.push(cur);
    blank = false;
  }
  // The working fields are dropped so callers see plain paragraphs.
  const plain = paras.map(({ text, head, label, bullet, indent, blankBefore, table }) => ({ text, head, label, bullet, indent, blankBefore, table }));
  return bareLetters(plain);
}

const BARE_LETTER = /^([A-H])\s+(?=[A-Z])/;

/**
 * "A Subject to …" then "B Cabinet agreed …": capital letters printed as labels with no bracket or dot.
 * Read as labels only where a run A, B(, C …) stands within a few paragraphs, since "A report …" alone
 * is the article.
 */
function bareLetters(paras: Para[]): Para[] {
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (p.label || p.table || !/^A\s+[A-Z]/.test(p.text)) continue;
    const run = [i];
    for (let j = i + 1; j < paras.length && j <= run[run.length - 1]! + 4; j++) {
      const q = paras[j]!;
      const m = BARE_LETTER.exec(q.text);
      if (!q.label && m && m[1] === String.fromCharCode(65 + run.length)) run.push(j);
    }
    if (run.length < 2) continue;
    for (const k of run) {
      const q = paras[k]!;
      const value = q.text.charAt(0);
      paras[k] = { ...q, text: q.text.slice(1).trim(), label: { value, kind: 'ALPHA', wrap: '.', ambiguous: false, printed: value } };
    }
    i = run[run.length - 1]!;
  }
  return paras;
}
