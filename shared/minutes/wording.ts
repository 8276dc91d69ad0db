// What a resolution's words look like: the wording that opens one, the labels printed inside one line,
// and the tidying of its text (capital first letter, a closing "; and" read as a full stop).
import { isFirstValue, nextValue } from './labels';

const RESOLUTION_START = /^(?:that\b|to\s+[a-z]{3,}|for\s+(?:the\s+|full\s+)?[\w'’ -]{1,40}?\s+to\b|(?:requests?|recommends?|asks?|notes?|agrees?|endorses?|supports?|approves?|invites?|refers?|writes?|adds?|receives?|considers?|thanks?|welcomes?|continues?)\b)/i;
// "the report be noted", "the committee requests": the subjunctive and present tense of resolutions,
// not the past tense of narrative ("The chairperson drew attention to ...").
const SUBJUNCTIVE = /^(?:the|a|an|all|further|any|this|these|its)\s+(?:[\w'’-]+\s+){0,6}?(?:be|will|should|shall|recommends?|requests?|asks?|notes?|agrees?|endorses?|supports?|welcomes?|approves?|invites?|refers?|receives?)\b/i;
// "Officers to circulate ...", "The Director of Finance to report ...": someone named, then what they are to do.
const ASSIGNED = /^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}?(?:officers?|director|head\s+of\s+[\w ]{1,40}?|cabinet(?:\s+member)?|executive|council|committee|panel|chair\w*|service|team|clerk|manager|lead)\s+to\s+[a-z]{3,}/i;

/** A paragraph that reads as a resolution of its own rather than narrative. */
export function looksLikeResolution(text: string): boolean {
  return RESOLUTION_START.test(text) || SUBJUNCTIVE.test(text) || ASSIGNED.test(text);
}

/** Splits "That (a) the report be noted; and (b) ..." printed on one line into its labelled parts. */
export function splitInline(text: string): { preamble: string; parts: Array<{ label: string | null; text: string }> } | null {
  const found: Array<{ value: string; at: number; end: number; weak?: boolean }> = [];
  // "(a) " (or "(a)That", the space lost), and after the start or the end of a sentence or clause also "a) ", "i. " or
  // "1. " before a capital (also after "; and," as in "1. Adopted the estimates; and, 2. Approved …", and after a colon and dash,
  // "That the Committee for Transport and Connectivity: - 1. Approved …").
  // … and "agreed: 1. to note …; and 2. to approve …" (a number at the start, or after a colon or "; and",
  // before any word).
  // … and, in a run of three or more, "… the Plan 2. Agree the …": a number after any word (a table cell
  // that lost its line breaks).
  const re = /(^|[\s;:,–—-])\(([a-z]|[ivx]{1,4}|\d{1,2})\)(?:\s+|(?=That\s))|(^|[.;:]\s+(?:[-–—]\s+)?|;\s+(?:and|or),?\s+)([a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+(?=[A-Z])|(^|(?::|;\s+and|;)\s+)(\d{1,2})[.)]\s+(?=[a-z])|(\s)(\d{1,2})\.\s+(?=[A-Z][a-z])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[1] ?? m[3] ?? m[5] ?? m[7] ?? '';
    // "as items (i) and (ii) would be …, item (iii) be deferred": a reference inside a sentence, not a list.
    const before = text.slice(0, m.index + lead.length);
    if (/\b(?:items?|paragraphs?|sections?|points?|recommendations?|parts?|options?)\s*$/i.test(before) || /\([a-z0-9]{1,4}\)\s+(?:and|or|to)\s*$/i.test(before) || /^(?:(?:and|or|to)\s+\(?[a-z0-9]{1,4}\)|above\b|below\b)/i.test(text.slice(m.index + m[0].length))) continue;
    found.push({ value: m[2] ?? m[4] ?? m[6] ?? m[8] ?? '', at: m.index + lead.length, end: m.index + m[0].length, ...(m[8] !== undefined ? { weak: true } : {}) });
  }
  // (A list that goes on from an earlier decision's, "agrees to add 3 further recommendations …: (f) that …, (g) that …, and
  // (h) that …": its first label straight after a colon, the next in turn after it.)
  let first = found.findIndex((f) => isFirstValue(f.value));
  if (first < 0) first = found.findIndex((f, k) => /:\s*$/.test(text.slice(0, f.at)) && /^[a-z]$|^\d{1,2}$/.test(f.value) && found[k + 1]?.value === nextValue(f.value, /^\d/.test(f.value) ? 'num' : 'alpha'));
  // "Supports the revision of the Statement; and 2. Notes the change …": the first point's "1." lost from a web page's
  // copy, the second printed after "; and": two points, the first unlabelled as printed.
  if (first < 0) {
    const second = found.length === 1 && found[0]!.value === '2' ? found[0]! : null;
    const head = second ? text.slice(0, second.at) : '';
    if (second && /;\s+(?:and|or),?\s+$/i.test(head) && head.length >= 20 && /^[A-Z]/.test(text.slice(second.end))) {
      return { preamble: '', parts: [{ label: null, text: head.trim() }, { label: '2', text: text.slice(second.end).trim() }] };
    }
    return null;
  }
  const chain = [found[first]!];
  const kind = /^\d/.test(found[first]!.value) ? 'num' : found[first]!.value === 'i' ? 'roman' : 'alpha';
  for (let k = first + 1; k < found.length; k++) {
    const prev = chain[chain.length - 1]!;
    if (found[k]!.value === nextValue(prev.value, kind)) chain.push(found[k]!);
  }
  if (chain.length < 2 || (chain.some((f) => f.weak) && chain.length < 3)) return null;
  const parts = chain.map((f, k) => ({ label: f.value, text: text.slice(f.end, chain[k + 1]?.at ?? text.length).trim() }));
  return { preamble: text.slice(0, chain[0]!.at).trim(), parts };
}

/** Capital first letter, table-cell rules dropped, and a list separator ("; and") at the very end read as a full stop. */
export function tidyText(main: string, subs: readonly string[]): string {
  // A Word table's cells copied as "1. / That … / David Moses": the cell rule before the words, and the
  // "action by" cell after them, are no part of the resolution.
  const lines = [main, ...subs].map((l) => l.replace(/\s+/g, ' ').trim().replace(/^\/\s+/, '').replace(/(?<=[.;])\s+\/\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$/, '')).filter((l) => l !== '');
  if (lines.length === 0) return '';
  // "1. RESOLVED that …" read as a numbered point: the marker word is no part of the resolution's text.
  lines[0] = (lines[0] ?? '').replace(/^(?:it\s+was\s+)?RESOLVED\s*(?:[:\-–—]\s*)?(?=that\b)/, '');
  // A web page's "Minutes:" label run into the words ("Minutes: The delegated decisions were noted …").
  lines[0] = (lines[0] ?? '').replace(/^(?:Minutes|Decisions?)\s*:\s+(?=\S)/, '');
  lines[0] = (lines[0] ?? '').charAt(0).toUpperCase() + (lines[0] ?? '').slice(1);
  const last = lines.length - 1;
  // A clerk's note run on after the decision ("That the application be approved. NOTE: Cllr Wallace did not take part …").
  lines[last] = (lines[last] ?? '').replace(/(?<=[.;])\s+NOTE\s*:\s+\S[^]*$/, '');
  // A web page's "Minutes:" label run onto the decision's last line ("… for 2023/24. Minutes:").
  lines[last] = (lines[last] ?? '').replace(/(?<=[.;])\s+(?:Minutes|Decisions?)\s*:\s*$/, '');
  // (A table's cell rule left at the end, "… for publication. |", is no part of the words.)
  lines[last] = (lines[last] ?? '').replace(/\s+\|\s*$/, '').replace(/\s*[;,]\s*(?:(?:and|or),?)?$/i, '.');
  // "… of the submitted report. (Ref: report by Executive Director dated 3 March)": the paper's reference, not the
  // decision, on the last line or over several.
  // ("… for the reasons set out in the report. The decision and reasons are set out in an exempt minute.": a note
  // of where the rest is recorded, no part of the decision either.)
  return lines
    .join('\n')
    .replace(/(?<=[.;])\s*\(Ref(?:erence)?\s*:[^)]*\)?\s*$/i, '')
    .replace(/(?<=[.;])\s+(?:the\s+)?(?:full\s+)?(?:decisions?|reasons?)\b[^.]{0,60}\b(?:set\s+out|recorded|contained|given)\s+in\s+(?:an?\s+|the\s+)?exempt\s+(?:minute|appendix|annex)[^.]*\.?\s*$/i, '');
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9£%]+/g, ' ').trim().split(' ').filter(Boolean);
}

/** Dice similarity of two texts' words: 1 for the same words, 0 for none shared. */
export function sameWords(a: string, b: string): number {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  return diceOfWords(wa, wb);
}

/** Dice coefficient of two word multisets (each shared word counted as often as both hold it); both lists non-empty. */
export function diceOfWords(wa: readonly string[], wb: readonly string[]): number {
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
