// Text the review must not lose silently: source lines inside a resolution block (after a marker, or
// continuing a labelled list) that are in no proposal, gathered into runs the officer can make into
// resolutions with one click; and, outside those blocks, sentences of the discussion worded like a
// decision that no proposal holds (minutes often tell a decision as narrative, with no marker).
import { itemAtLine, type Draft } from './draft';
import { joinLines, lineLabel } from './lineLabels';
import { MINUTES_DECIDER_HEADING, MINUTES_PAGE_FIELD, isNarrativeDecision } from '../../../shared/index';

export interface UnclaimedRun {
  from: number;
  to: number;
  /** The item the run sits under. */
  itemKey: string | null;
  /** The label it opens with, '' for none. */
  label: string;
  /** Its words, joined. */
  text: string;
}

// The words minutes open a block of resolutions with.
const MARKER =
  /^\s*(?:\(?\d+\)?\s*)?(?:it\s+was\s+|the\s+(?:committee|panel|board)\s+)?(?:resolved|agreed|recommendations?|decisions?|recommended)\b\s*(?:[:–—-]|that\b|to\b|$)/i;
const PAGE_FURNITURE = /^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|-?\s*\d{1,3}\s*-?|\f|signed\b.*|chair(?:man|person)?\s*\.{0,}\s*(?:date)?\.*)\s*$/i;
const ENDS_SENTENCE = /[.!?;]["'’”)\]]?\s*$/;
// Fields of a web page's decision record and the like: the block of resolutions has ended.
const FIELD = /^\s*(?:reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|decided\s+at\s+meeting|publication\s+date|date\s+of\s+decision|supporting\s+documents|minutes|decision|attachments?|background\s+papers?)\s*:/i;
// A row of a table drawn with pipes, or a line with no words (a lone bullet): never a resolution's text.
const NO_TEXT = /^\s*\||^[^\p{L}\p{N}]*$/u;

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Running headers and footers: lines printed again and again (page furniture a PDF leaves in the text). */
function repeatedLines(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const f = fold(line);
    if (f.length >= 8) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  return new Set([...counts].filter(([f, n]) => n >= 3 || (n >= 2 && /\b(?:committee|council|minutes|page|panel|\d{4})\b/.test(f))).map(([f]) => f));
}

export function isFurniture(line: string, repeated: ReadonlySet<string>): boolean {
  return PAGE_FURNITURE.test(line) || repeated.has(fold(line));
}

/** Which source lines some proposal covers: its located lines, or a line whose words its text holds whole. */
export function claimedLines(lines: readonly string[], draft: Draft): boolean[] {
  const claimed = lines.map(() => false);
  const texts = draft.proposals.map((p) => ` ${fold(p.text)} `);
  for (const p of draft.proposals) for (let i = Math.max(0, p.from); p.from >= 0 && i <= p.to && i < lines.length; i++) claimed[i] = true;
  lines.forEach((line, i) => {
    if (claimed[i]) return;
    const labelled = lineLabel(line);
    const words = fold(labelled ? labelled.rest : line);
    if (words.split(' ').length >= 3 && texts.some((t) => t.includes(` ${words} `))) claimed[i] = true;
  });
  return claimed;
}

/** The unclaimed lines inside resolution blocks, as runs (a new run at each label). */
export function unclaimedRuns(lines: readonly string[], draft: Draft): UnclaimedRun[] {
  const claimed = claimedLines(lines, draft);
  const repeated = repeatedLines(lines);
  const headings = new Set(draft.items.map((i) => i.line).filter((l) => l >= 0));
  // A number alone on its line: the title on the next line with words is the heading too.
  for (const h of [...headings]) {
    if (/\p{L}{2}/u.test((lines[h] ?? '').replace(/^\s*(?:item|minute)\s/i, ''))) continue;
    let n = h + 1;
    while (n < lines.length && (lines[n] ?? '').trim() === '') n++;
    headings.add(n);
  }
  const inBlock = lines.map(() => false);
  const starts = new Set<number>();
  // (A decisions list's page title, "Decisions" on the first line above the site's own instructions, opens no block.)
  const first = lines.findIndex((l) => l.trim() !== '');
  lines.forEach((line, i) => {
    if (MARKER.test(line) && !headings.has(i) && !(i === first && /^\s*(?:decisions?|recommendations?)\s*$/i.test(line))) starts.add(i);
  });
  for (const p of draft.proposals) if (p.from >= 0) starts.add(p.from);

  for (const start of [...starts].sort((a, b) => a - b)) {
    let previous = lines[start] ?? '';
    inBlock[start] = true;
    for (let i = start + 1; i < lines.length; i++) {
      const line = lines[i] ?? '';
      // (… or any field the parser knows ends a decision page's block: "Report author:", "Lead officer:", "Wards affected:".)
      if (headings.has(i) || FIELD.test(line) || MINUTES_PAGE_FIELD.test(line.trim())) break;
      // (… and over a sub-heading that names who decides the points below it, "Decisions of the Cabinet": no decision itself.)
      if (line.trim() === '' || isFurniture(line, repeated) || NO_TEXT.test(line) || MINUTES_DECIDER_HEADING.test(line.trim())) continue;
      // The block reads on while its sentence does, and over every labelled point and lower-case continuation.
      const continues = claimed[i] || !ENDS_SENTENCE.test(previous) || lineLabel(line) !== null || /^\s*[-–•]?\s*\p{Ll}/u.test(line);
      if (!continues) break;
      inBlock[i] = true;
      previous = line;
    }
  }

  const runs: UnclaimedRun[] = [];
  let open: { from: number; to: number } | null = null;
  const close = () => {
    if (!open) return;
    const chosen = lines.slice(open.from, open.to + 1);
    const text = joinLines(chosen);
    if (text.trim() !== '') runs.push({ ...open, itemKey: itemAtLine(draft, open.from), label: lineLabel(lines[open.from] ?? '')?.label ?? '', text });
    open = null;
  };
  lines.forEach((line, i) => {
    const blank = line.trim() === '' || isFurniture(line, repeated) || NO_TEXT.test(line) || MINUTES_DECIDER_HEADING.test(line.trim());
    if (!inBlock[i] || claimed[i] || isStem(lines, i, claimed)) {
      if (!blank) close();
      return;
    }
    if (blank) return;
    if (open && lineLabel(line) === null) open.to = i;
    else {
      close();
      open = { from: i, to: i };
    }
  });
  close();
  return runs;
}

/** A marker or stem line that only introduces the list ("Resolved:", "That it be recommended to the executive:"). */
function isStem(lines: readonly string[], i: number, claimed: readonly boolean[]): boolean {
  const line = (lines[i] ?? '').trim();
  if (/^(?:\(?\d+\)?\s*)?(?:resolved|agreed|recommendations?|decisions?)\s*[:–—-]?\s*(?:that|to)?\s*[:–—-]*\s*$/i.test(line)) return true;
  // "Resolved to RECOMMEND: (to Council)": the marker with whom it goes to.
  if (/^(?:\(?\d+\)?\s*)?(?:it\s+was\s+)?(?:resolved|agreed)\b[^.]*[:–—-]\s*\([^)]*\)\s*$/i.test(line)) return true;
  if (!/[:–—-]\s*$/.test(line)) return false;
  // Followed, after blanks, by a labelled point or a line some proposal holds.
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j] ?? '';
    if (next.trim() === '') continue;
    return claimed[j] === true || lineLabel(next) !== null;
  }
  return false;
}

// Words a decision told as narrative carries: someone agreed, asked, undertook or would do something ("a site would now
// be sought", "will meet with the Manager"), or a decision page's line that opens on its verb ("To approve the …",
// "Agree that …", also after its number, "1) Approve the proposed Pay Policy …"): the fifth session found 11 of the 55 resolutions
// shown nowhere in these forms, for 20 more hints.
const DECISION_WORDS =
  /\b(?:agreed|resolved|decided|recommend(?:ed|s)?|requested|requesting|undert(?:ook|aken)|(?:would|will) (?:circulate|provide|report|write|share|arrange|send|look into|follow(?: it)? up|bring|update|chase|invite|liaise|confirm|investigate|seek|ask|keep|respond|take advice|need to report)|(?:would|will) be happy to|(?:would|will|could)\s+(?:now\s+|also\s+|then\s+|instead\s+|however,?\s+)?(?:attend|meet with|consider this|make a note|contact|raise|pursue|explore|progress|issue|rectify|establish|take (?:this|it) forward|provide)|(?:would|will)\s+(?:now\s+|also\s+|then\s+|instead\s+)?be\s+(?:sought|contacted|issued|rectified|established|put in place|scheduled|included|provided at|forwarded)|(?:would|will) be (?:circulated|provided|shared|sent|issued|arranged|organised|reported|brought|added|given|passed)|to be (?:circulated|provided|shared|sent|added|brought|reported)|asked (?:that|for|if|officers|the)|^\s*(?:\(?[0-9a-z]{1,3}[.)]\s+)?(?:to\s+)?(?:approve|accept|adopt|agree\s+that|declare\s+the|endorse|write\s+to)|proposed (?:that|to)|endorsed|instruct(?:ed)?|action\s*:)(?=\W|$)/i;
// Sentences with those words that decide nothing the tracker follows: the minutes (an agenda's "To approve the
// minutes of the meeting held on …"), apologies, interests, noting, a report of something done "as requested".
const NOT_A_DECISION =
  /\b(?:correct record|minutes of the (?:previous|last) meeting|apolog|declarations? of interest|were (?:agreed|approved) and signed|(?:be noted|was noted|noted the)(?![^.]*\b(?:but|and|however)\s+(?:\w+\s+){0,3}(?:requested|asked|agreed)\b)|as requested)\b|\bminutes\b.*\b(?:were|was|be) (?:agreed|approved|confirmed)\b|\b(?:minutes|record)\s+(?:from|of)\s+the\s+(?:\w+\s+)?meeting\b/i;

// … or that the parser's own narrative forms read as a decision ("… confirmed that this would be passed to the
// department"): the parser keeps those only where an item prints no formal marker, the hints show them anywhere.
const decisionLike = (text: string): boolean => DECISION_WORDS.test(text) || isNarrativeDecision(text);

/** Sentences outside every resolution block and every proposal that read like a decision: a hint list, not proposals. */
export function possibleDecisions(lines: readonly string[], draft: Draft, runs: readonly UnclaimedRun[] = unclaimedRuns(lines, draft)): UnclaimedRun[] {
  // Most lines carry no decision words: test those first, so the costlier checks run on a few lines only.
  if (!lines.some(decisionLike)) return [];
  const claimed = claimedLines(lines, draft);
  const repeated = repeatedLines(lines);
  const inRuns = new Set(runs.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, k) => r.from + k)));
  const headings = new Set(draft.items.map((i) => i.line));
  const found: UnclaimedRun[] = [];
  lines.forEach((line, i) => {
    // A marker that only leads into a list the proposals hold is no decision of its own.
    // (Nor is a decision page's field, "Decided at meeting: 04/12/2017 - Cabinet".)
    if (!decisionLike(line) || claimed[i] || inRuns.has(i) || headings.has(i) || isFurniture(line, repeated) || NO_TEXT.test(line) || MINUTES_PAGE_FIELD.test(line.trim()) || isStem(lines, i, claimed)) return;
    // Only the sentences that carry the decision: a paragraph of discussion usually holds one among several.
    const sentences = joinLines([line])
      .split(/(?<=[.!?])\s+(?=[A-Z"“‘(])/)
      .filter((t) => t.split(/\s+/).length >= 5 && decisionLike(t) && !NOT_A_DECISION.test(t));
    if (sentences.length === 0) return;
    found.push({ from: i, to: i, itemKey: itemAtLine(draft, i), label: lineLabel(line)?.label ?? '', text: sentences.join(' ') });
  });
  return found;
}
