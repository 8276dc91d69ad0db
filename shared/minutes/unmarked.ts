// Resolutions printed with no marker at all: a web page that lost its "RESOLVED", or minutes that never
// printed one. Read only in items where no marker was found, and proposed as less certain.
import type { Para } from './paragraphs';
import { PAGE_FIELD, detectMarker, type Marker } from './markers';
import { Block, NARRATIVE, type RawResolution } from './resolutions';
import { isFirstValue, nextValue } from './labels';
import { looksLikeResolution } from './wording';

const NO_MARKER: Marker = { kind: 'resolved', strong: true, rest: '' };
// What may follow the resolutions at an item's end without being part of them.
const TRAILER = /^(?:supporting\s+documents|additional\s+documents|minutes|decisions?)\s*:?\s*$|^(?:the\s+)?meeting\s+(?:ended|closed|concluded|finished|terminated)\b/i;
// A list that sets out options or agenda notes, not what was decided.
// "The Committee is recommended to:" is what the report asked of the meeting, not what it decided.
// "Options open to the Cabinet Member" above (i), (ii): the choices before the meeting, not its decision.
// "In the ensuing debate, reference was made to:-" above (a), (b): the points discussed, not decisions.
const OPTIONS_LEAD = /\b(?:either|options?|following\s+areas|must|may|are\s+reminded|notes?)\s*:?\s*$|^options?\s+(?:open|available)\s+to\b|\breference\s+was\s+made\s+to\b[^.]{0,40}$|\b(?:ensuing|subsequent)\s+(?:debate|discussion)\b[^.]{0,80}[:\-–—]+\s*$/i;
// "The Committee is recommended to note the following …:" a few lines above the list (a sub-heading
// between): the agenda's request, not what was decided.
const AGENDA_ASK = /\b(?:is|are)\s+(?:recommended|asked|invited|requested)\s+to\b[^.]{0,200}[:\-–—]?\s*$/i;
// A decision printed as a bare past-tense verb (a decision page's one line): "Approved the recommendations of …".
const DUTY = /^(?:\S+\s+){0,8}?(?:must|may|can|shall|could|might)\b/i;
// "1) The Leader of the Council provided an update …", "2) The Mayor announced …": what was said, not decided.
const ANNOUNCED = /^(?:\S+\s+){0,8}?(?:provided|announced|updated|gave|highlighted|paid\s+tribute)\b/i;
// (… and "Delegated authority to the Cabinet Member …", "Authorised the Director to …".)
// (… or its noun, "Permission granted for the approval of consultation …", "Approval given to …".)
const DECISION_VERB = /^(?:Approved|Agreed|Endorsed|Supported|Accepted|Adopted|Rejected|Delegated|Authori[sz]ed|Instructed|Requested|Recommended)\s+(?:the|that|to|a|an|its|authority)\b|^(?:Permission|Approval|Authority|Consent)\s+(?:was\s+)?(?:granted|given)\s+(?:for|to)\b/;
// An issue page's entry for one meeting: "14/01/2019 - Devolution of the Adult Education Budget 2019/20".
const DATED_ENTRY = /^\d{1,2}\/\d{1,2}\/\d{2,4}\s*[-–—]\s*\S/;
// A decision recorded in the passive: "The approach … was approved.", "Authority was delegated to …".
const RECORDED = /\b(?:was|were)\s+(?:\w+ly\s+)?(?:approved|agreed|delegated|endorsed|adopted|authorised|granted|accepted|confirmed|rejected|refused)\b/i;
// "MK Can world record attempt.", "The recent death of David Baume.": a short point with no verb is a heading of
// what was announced or discussed, not a decision. (Any word ending in "s", "es" or "ed" counts as a possible verb,
// so a point such as "The King’s Birthday Honours." is not caught here: the test errs towards keeping a list.)
const NO_VERB = (text: string): boolean => text.split(/\s+/).length <= 10 && !/\b(?:be|is|are|was|were|to|that|should|will|shall|would|must|can|has|have|had|[a-z]{3,}(?:ed|es|s))\b/i.test(text.replace(/^the\s+/i, ''));

// "the draft annual report be approved." standing alone in lower case: "RESOLVED that" lost from its start.
const LOST_THAT = /^the\s+(?:[\w'’.,()-]+\s+){0,20}?be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b[^]*[.;](?:\s*\|)?$/;
// "to instruct the Chief Internal Auditor to proceed with option 2 …." alone under an issue page's dated entry: "The
// Committee resolved" lost from its start (Scottish councils word their decisions "to …").
const LOST_TO = /^to\s+(?!be\b|the\b|a\b|an\b|this\b|date\b)[a-z]{3,}\b[^]{20,}[.;](?:\s*\|)?$/;
const lostMarker = (p: Para): boolean => LOST_THAT.test(p.text) || (p.blankBefore && LOST_TO.test(p.text));

function run(paras: readonly Para[], from: number, to: number): { found: RawResolution[]; fed: number } {
  const block = new Block(NO_MARKER);
  block.found = 'labelled-list';
  block.uncertain = true;
  let fed = 0;
  for (let k = from; k < to; k++) {
    if (!block.feed(paras[k]!, k + 1 < to ? paras[k + 1] : undefined)) break;
    fed++;
  }
  return { found: block.finish(), fed };
}

/** The resolutions of an item that printed no marker, from its paragraphs outside any block. */
export function unmarkedResolutions(paras: readonly Para[]): RawResolution[] {
  // An issue page's entries, one per meeting ("09/08/2023 - Committee Planner" above its "(i) … (iii)", then "07/11/2022 -
  // Committee Planner" above its own): each entry's decisions read apart.
  const starts = paras.flatMap((p, k) => (k > 0 && !p.table && !p.label && DATED_ENTRY.test(p.text) ? [k] : []));
  if (starts.length >= 2 || (starts.length === 1 && paras.slice(0, starts[0]).some((p) => DATED_ENTRY.test(p.text)))) {
    const bounds = [0, ...starts, paras.length];
    return bounds.slice(0, -1).flatMap((from, n) => unmarkedResolutions(paras.slice(from, bounds[n + 1])));
  }
  let end = paras.length;
  while (end > 0) {
    const p = paras[end - 1]!;
    if (!(p.table || PAGE_FIELD.test(p.text) || TRAILER.test(p.text) || p.text === '')) break;
    end--;
  }
  // A labelled list that ends the item ("it was" lost from "… it was (a) …; (b) …").
  for (let s = end - 1; s >= 0; s--) {
    const p = paras[s]!;
    if (!p.label || !isFirstValue(p.label.value) || p.table) continue;
    // "1. Cabinet acknowledged …", "1. Cabinet approved …", "1. Authority was given …": every point numbered "1." (a word
    // processor's list flattened); the list starts at the first of the run, not its last.
    const same = (q: Para | undefined): boolean => q !== undefined && !q.table && q.label !== null && q.label.value === p.label!.value && q.label.kind === p.label!.kind && q.label.wrap === p.label!.wrap;
    if (same(paras[s - 1])) continue;
    const lead = paras[s - 1];
    // (A decision page's "Alternative options considered:" above the options it rejected: the decision is the list before.)
    if (lead && !lead.label && /^(?:alternative|other)\s+options?\s+(?:considered|rejected|not\s+pursued)\s*:?\s*$/i.test(lead.text)) {
      end = s - 1;
      continue;
    }
    // (Not a bare "Notes:" heading: Blackpool's "Notes:" above "1. Councillor Campbell agreed to provide a response …".)
    if (lead && !lead.label && OPTIONS_LEAD.test(lead.text) && !/^notes?\s*:?\s*$/i.test(lead.text)) break;
    // (On an issue page's dated entry, "20/07/2016 - Combined Authority", the report's "Cabinet is recommended to:" is
    // what was decided: the entry records the decision.)
    if (!paras.slice(0, s).some((q) => DATED_ENTRY.test(q.text)) && paras.slice(Math.max(0, s - 3), s).some((q) => !q.label && !q.table && AGENDA_ASK.test(q.text))) break;
    // A list inside a longer one ("(i)" under "(a)") does not run to the end: try an earlier start.
    // At most two short paragraphs may follow it (a decision page's reason and options, their labels lost).
    const { found, fed } = run(paras, s, end);
    // "(2) That, subject to the following amendments, …:" / "(i) That a section be added" / "(3) That …": the "(i)"
    // list sits inside the longer one, whose next point it swallowed; the longer one starts earlier.
    const own = p.label;
    // (Not past an issue page's dated entry: the list before it is another meeting's.)
    const dated = paras.slice(0, s).map((q) => DATED_ENTRY.test(q.text)).lastIndexOf(true);
    const outer = paras.slice(dated + 1, s).reverse().find((q) => q.label && !q.table && (q.label.kind !== own.kind || q.label.wrap !== own.wrap))?.label;
    if (outer && paras.slice(s + 1, s + fed).some((q) => q.label && q.label.kind === outer.kind && q.label.wrap === outer.wrap && q.label.value === nextValue(outer.value, outer.kind))) continue;
    // "1. The Capital Investment Strategy be approved including:" above "a) …" to "d) …": the points finish the labelled
    // lead-in above them, one resolution; the list starts there.
    // (… or "2. That the following specific changes, be approved, as detailed within the report;" above "a." and "b.": the points
    // finish the second point, and the list starts at "1.".)
    if (lead && lead.label && !lead.table && (lead.label.kind !== own.kind || lead.label.wrap !== own.wrap) && ((isFirstValue(lead.label.value) && /:\s*$/.test(lead.text)) || /^(?:that\s+)?the\s+following\b[^.]{0,200}[:;,]$/i.test(lead.text))) continue;
    const after = paras.slice(s + fed, end);
    // One labelled point is a list only when it reads as a decision ("i. Approved the issue of tenders …").
    // (Or "[1] the release of the report be approved." in lower case, its "RESOLVED that" lost.)
    const lowerStart = paras.slice(s, s + fed).filter((q) => q.label).every((q) => /^[a-z]/.test(q.text));
    // (Or "a) The Committee requested that a draft of the framework is brought to the panel.": a decision told in its
    // own sentence, labelled.)
    const told = found.length === 1 && fed === 1 ? detectMarker(paras[s]!.text) : null;
    const single = found.length === 1 && (DECISION_VERB.test(found[0]?.text ?? '') || /^That\s/.test(found[0]?.text ?? '') || (lowerStart && LOST_THAT.test(paras[s]!.text)) || (told !== null && told.kind === 'agreed' && paras[s]!.text.startsWith(told.rest.slice(0, 40))));
    if ((found.length < 2 && !single) || after.length > 2 || after.some((q) => q.table || q.label !== null || q.text.length > 300)) continue;
    // Past-tense narrative, or statements of duty ("The Commissioner must notify the Panel …").
    // (Points that all open in lower case, "(i) a review was undertaken …; (ii) officers provide …", finish a sentence
    // whose "RESOLVED that" was lost: resolutions, however they are worded.)
    const narrative = found.filter((r) => (NARRATIVE.test(r.text) || DUTY.test(r.text) || ANNOUNCED.test(r.text) || NO_VERB(r.text)) && !looksLikeResolution(r.text) && !RECORDED.test(r.text)).length;
    if (narrative * 2 > found.length && !lowerStart) break;
    return found;
  }
  // "That …" paragraphs standing alone, and a decision page's bare "Approved the …".
  const out: RawResolution[] = [];
  for (let k = 0; k < end; k++) {
    const p = paras[k]!;
    // "2. That the action plan … be approved" after an unlabelled "That …": a list whose first label was lost.
    // ("2. RESOLVED that …" too: the marker word printed after the number.)
    if (p.table || p.bullet || (p.label && !/^(?:RESOLVED\s+)?That\s/i.test(p.text))) continue;
    const lost = lostMarker(p);
    if ((/^(?:RESOLVED\s+)?That\s/i.test(p.text) && looksLikeResolution(p.text.replace(/^RESOLVED\s+/i, ''))) || DECISION_VERB.test(p.text) || lost) {
      const { found, fed } = run(paras, k, end);
      out.push(...(lost ? found.map((r): RawResolution => ({ ...r, lostMarker: true })) : found));
      k += Math.max(fed, 1) - 1;
    }
  }
  return out;
}

// Every point worded as a resolution: "the report be noted", "Cabinet Member decision reports be
// amended", "to write to …" — not discussion ("Members asked about …").
// (… and a numbered "1. The Committee agreed to appoint …", "2. The Committee agreed to recommend …".)
// (… also after a condition: "That, subject to the two parties having a continued interest, informal interviews be arranged …".)
const RESOLUTION_WORDING = /^(?:that\s+)?(?:\S+\s+){0,10}?(?:be|should|shall)\s+[a-z]+(?:ed|en|d)\b|^that,\s+(?:subject\s+to|following|in\s+view\s+of|in\s+the\s+light\s+of)\b[^,]{3,120},\s+(?:\S+\s+){0,8}?(?:be|should|shall)\s+[a-z]+(?:ed|en|d)\b|^(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?(?:committee|sub-committee|panel|board|cabinet|council|commission)\s+(?:\w+ly\s+)?(?:agreed|resolved|decided)\s+(?:to|that)\b|^(?:that\s+)?to\s+(?!receive\b|consider\b)[a-z]{3,}\b/i;

/**
 * In an item that already has marked resolutions, a further labelled list with no marker of its own
 * ("a) Cabinet Member decision reports be amended …" under a later sub-heading): proposed, less
 * certainly, only when every point in it is worded as a resolution.
 */
export function laterLists(paras: readonly Para[]): RawResolution[] {
  const out: RawResolution[] = [];
  // Only after the item's first marker (a table line stands where each marker was): a list before it
  // is the agenda's or the discussion's.
  const first = paras.findIndex((p) => p.table);
  if (first < 0) return out;
  for (let s = first + 1; s < paras.length; s++) {
    const p = paras[s]!;
    if (!p.label || p.table || !isFirstValue(p.label.value)) continue;
    const { found, fed } = run(paras, s, paras.length);
    s += Math.max(fed, 1) - 1;
    // (… or a decision page's verbs, "1. Noted and approved the decisions taken …", "2. Approved the writing of letters …",
    // "3. Supported the request for …", where the item's heading was lost above them.)
    if (found.length < 1 || !found.every((r) => (RESOLUTION_WORDING.test(r.text) || DECISION_VERB.test(r.text.replace(/^Noted\s+and\s+([a-z])/, (_m, c: string) => c.toUpperCase()))) && !NARRATIVE.test(r.text) && !DUTY.test(r.text))) continue;
    out.push(...found);
  }
  return out;
}
