// Finds the words that open a resolution block: "Resolved:", "It was resolved that:", "Recommendations:",
// "The Committee agreed to:", "Action:" and their kin, including a "RESOLVED" mangled by conversion.

import { hasNarrativeDecision, isHypothetical, isNarrativeDecision, sentencesOf } from './narrative';

export type MarkerKind = 'resolved' | 'recommendations' | 'agreed' | 'action';

export interface Marker {
  kind: MarkerKind;
  /**
   * Strong markers are formal ("RESOLVED", "Recommendations:", "Action:"). Weak ones are narrative
   * sentences ("The committee agreed that ..."): kept only in items that have no strong marker,
   * because minutes that use "Resolved" also use "agreed" in their narrative.
   */
  strong: boolean;
  /** The words after the marker on the same paragraph ('' if none); for weak markers, the whole sentence. */
  rest: string;
  /** `rest` only introduces the list that follows ("The Committee made the following recommendations to Cabinet:"). */
  lead?: boolean;
  /** A web page's "Decision:" label: what follows may be narrative before the resolution itself. */
  label?: boolean;
  /** Further narrative decisions in the same paragraph ("… and would write a letter. … Members agreed that …"). */
  more?: string[];
  /** The decision is a proposal that a later sentence says was agreed ("… should be revised. This was agreed."). */
  confirmed?: boolean;
}

// ModernGov's fields around a decision ("Decided at meeting:", "Reason for decision:", "Publication date:",
// "Supporting documents:"): page furniture, never a resolution, and the end of one.
export const PAGE_FIELD = /^(?:decided\s+at\s+meeting|reasons?\s+resolved|decision\s+maker|decision\s+status|is\s+key\s+decision\?|is\s+subject\s+to\s+call[\s-]?in\?|is\s+callable\s+in\?|publication\s+date|date\s+of\s+decision|effective\s+from|report\s+author|lead\s+officer|accompanying\s+documents|supporting\s+documents|additional\s+documents|background\s+papers|reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|alternative\s+options?(?:\s+considered)?(?:\s+and\s+rejected)?|conflicts?\s+of\s+interest(?:\s+relating\s+to\s+the\s+matter\s+declared\b[^:]{0,80}(?=:))?|dispensations?\s+granted|presented\s+by|wards?\s+affected)(?:\b|(?<=\?))[^:]{0,20}:/i;
// A decision page's "Reason for decision" printed as a heading of its own, its colon lost (or kept): the reason below it is no
// decision, and the heading no item.
export const REASON_HEADING = /^reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)\s*:?$/i;
// A sub-heading inside a list of decisions that names who makes them ("Decisions of the Cabinet", "Decision of the Leader of the
// Council").
export const DECIDER_HEADING = /^(?:[Dd]ecisions?|[Rr]esolutions?)\s+(?:of|by)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*|of|the|and|for)(?:\s+(?:[A-Z][\w'’&-]*|of|the|and|for)){0,7}$/;

// A sentence that ends on the marker, its resolutions following: "Following discussion, it was",
// "it was moved, seconded and", "and it was agreed:", "… and it was agreed that"; "It was moved by Councillor X,
// seconded by Councillor Y and agreed –" (and "… seconded by Councillor Y -", the motion below it); "The Leader MOVED, seconded by
// Councillor Z:" above the motion (not an amendment's).
const TRAILING = /(?:^|[,;]\s*|\band\s+)it\s+was(?:\s+(?:therefore|then|unanimously|accordingly))?(?:\s+(?:resolved|agreed|decided)(?:\s+that)?)?\s*[:\-–—]?\s*$|^it\s+was\s+(?:proposed|moved)\b.{0,200}\bseconded\b.{0,120}(?:\band|\band\s+(?:agreed|resolved|carried)\s*[:\-–—]|\s[-–—:])\s*$|^(?![^]*\bamendment\b)(?:the\s+)?[\w .'’-]{2,60}?\s+moved,?\s+(?:and\s+)?seconded\s+by\b.{0,120}:\s*$/i;
// "Following the discussion on the report, the Panel agreed for the Convener to write …", "… and the
// Committee requested that this was actioned", "The Committee noted the report and asked that …": a
// narrative decision after an opening clause; "... the Committee voted to recommend …", "the Mayor agreed
// that …", "Following discussion, it was agreed that …" in the middle of a paragraph.
const NARRATIVE_HINT = /\b(?:agreed|requested|asked|voted|request\s+was|approved|resolved|decided)\b/i;
// "Cabinet agreed the recommendations set out in the report": read only where the text names recommendations.
const APPROVES_RECS = /(?:^|[,;.]\s+|\band\s+)(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?(?:committee|sub-committee|panel|board|commission|cabinet|executive|council)\s+(?:agreed|approved|endorsed|accepted|supported)\s+the\s+(?:[\w'’-]+\s+){0,3}?recommendations?\b/i;
const NARRATIVE_DECISION = /(?:^|[,;.]\s+|\s[–—-]\s+|\band\s+)(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?(?:committee|sub-committee|sub-panel|panel|board|commission)\s+(?:(?:noted|considered|received|discussed|reviewed)\b[^.;]{0,120}?\band\s+)?(?:agreed(?:,\s+(?:for\s+(?:its|their)\s+interest|for\s+information|unanimously|accordingly),)?\s+(?:that|to|for)|requested\b|asked\s+(?:that|for)|voted\s+(?:\d+\s*[-–]\s*\d+(?:\s*[-–]\s*\d+)?\s+|unanimously\s+)?to|(?:asked|requested)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?to\s+(?!the\b|a\b|an\b|this\b|its\b)[a-z]{3,})\b|(?:^|[,;.]\s+|\band\s+)(?:the\s+)?(?:cabinet|mayor|executive)\s+(?:agreed|requested|asked)\s+that\b|(?:^|[,;.]\s+|\b(?:and|but)\s+)members\s+(?:asked|requested|agreed)\s+(?:that|to)\b|(?:^|[,;.]\s+|\band\s+)(?:members|the\s+(?:committee|panel|board|chair(?:man|person|woman)?))\s+requested\s+(?:the|a|an|that)\s+[^.;]{0,100}?\bbe\s+[a-z]+(?:ed|en)\b|(?:^|[,;.]\s+|\s[–—-]\s+|\band\s+)it\s+was\s+(?:\w+ly\s+)?agreed\s+(?:that|to)\b|(?:^|[.;]\s+)(?:the\s+)?(?:chair(?:man|person|woman)?|committee|panel|board)\b[^.;]{0,150}?\band\s+(?:asked|requested)\s+that\b|(?:^|[,;.]\s+|\band\s+)(?:a|the)\s+(?:further\s+)?request\s+was\s+(?:also\s+)?made\s+(?:for|that)\b|(?:^|[,;.]\s+|\band\s+)(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?(?:committee|sub-committee|panel|board|commission|group)\s+approved\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?requests?\b|(?:^|[,;.]\s+|\band\s+)(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?(?:committee|sub-committee|panel|board|commission|group|cabinet|council)\s+(?:approved|awarded|allocated|agreed)\s+(?:a|an)\s+(?:grant|sum|contribution|award|payment|allocation)\s+(?:of|towards|to|for)\b|^(?:the\s+)?(?:[\w'’&-]+\s+){0,3}?(?:council|cabinet|executive|committee|sub-committee|panel|board)\s+(?:considered|received|noted)\b[^.;]{0,200}?\band\s+(?:resolved|decided)\s+(?:to|that)\b/i;
// "… the officer confirmed she would make a note of the questions": an undertaking given at the meeting.
// … and "the Leader was happy to circulate the letter", "the Director agreed to follow it up", "the Monitoring
// Officer would chase this": an offer or promise made at the meeting.
const UNDERTAKING = /\bundertook\s+to\b|\b(?:was|were)\s+happy\s+to\s+(?:circulate|share|send|provide|write|arrange|follow)\b|\bagreed\s+to\s+(?:follow\s+(?:it|this|that|these|them)\s+up|look\s+into|chase)\b|\bwould\s+(?:chase|follow\s+up)\s+(?:this|it|that|these|the)\b|\bconfirmed\s+(?:that\s+)?(?:he|she|they|officers|the\s+officer)\s+would\s+(?!be\b|have\b|not\b)[a-z]{3,}\b|\bwould\s+write\s+(?:a\s+letter|to)\b|\bwould\s+be\s+(?:circulated|sent|provided|shared)\s+to\b|\b(?:would|will)\s+(?:be\s+)?report(?:ing)?\s+back\s+to\s+(?:the\s+|a\s+)?(?:next|future|following)\b/i;
// A short sentence saying the one before it was agreed: "This was agreed.", "… noted that this had been agreed."
// … and "All members present agreed to this amendment.", "Members agreed."
const CONFIRMS = /^(?:this|that|these|which)\s+(?:was|were|had\s+been|has\s+been)\s+(?:duly\s+|unanimously\s+|also\s+|then\s+)?agreed\b|^(?:all\s+)?(?:members|the\s+(?:committee|panel|board|group))(?:\s+present)?\s+(?:\w+ly\s+)?agreed(?:\s*\.?\s*$|\s+(?:to|with)\s+(?:this|the|that)\s+(?:amendment|suggestion|proposal|change|request)s?\b)|\b(?:noted|confirmed|said|stated)\s+that\s+(?:this|it)\s+had\s+been\s+agreed\b/i;
// … and the sentence before it proposes a change or a request ("item 1 should be revised to read …",
// "X suggested that it should be added to the work programme …").
const PROPOSES = /\bshould\s+(?:be|read|include|now)\b|\bbe\s+(?:revised|amended|added|included|invited|changed|removed|deleted|extended)\b|\b(?:suggested|proposed)\s+(?:that|amending|adding|changing|removing|including|extending|inviting|writing|asking|holding|setting\s+up)\b/i;
// A sentence that reports recommendations made before, not ones made now.
const REPORTED = /\b(?:update|progress|response|responses|feedback|reported)\s+(?:on|to|of|back\s+on)\s+(?:the\s+)?following\b|\bfrom\s+the\s+(?:last|previous)\s+meeting\b/i;

const INLINE_LEAD = /^[^:]{0,300}?\b(?:members|committee|sub-committee|panel|board|cabinet|council|executive|it\s+was)\b[^.:]{0,60}\b(?:endorsed|agreed|approved|resolved|supported|accepted|decided)\s+(?:the\s+)?(?:following\s+)?(?:recommendations?|resolutions?|proposals?)?[^.:]{0,60}\b(?:below|as\s+follows)\s*[:\-–—]+\s*(?=\S)()(.*)$/i;
const BODY = String.raw`(?:committee|sub-committee|panel|board|commission|group|forum|members?)`;
const CAPITAL_VERB = new RegExp(String.raw`^(?:the\s+)?(?:[\w'’&,-]+\s+){0,6}?(?:${BODY}|leader|mayor|cabinet\s+member|portfolio\s+holder|executive\s+member|chair(?:man|person)?)\s+(?:DELEGATED|APPROVED|ENDORSED|REQUESTED|DECIDED)\b`, 'i');
// ("The Cabinet resolved that:", "Council resolved that:", "The Executive Councillor resolved to:" too.)
const SUBJECT = new RegExp(String.raw`^(?:the\s+)?(?:[\w'’&,-]+\s+){0,8}?(?:${BODY}|cabinet|council|executive|executive\s+councillor|cabinet\s+member|portfolio\s+holder|leader|mayor)(?:\s+(?:\w+ly|thereupon|therefore|then|also|further))?$`, 'i');
// After "resolved": the end, punctuation, or a word that carries on a resolution.
const AFTER_RESOLVED = /^(?:\s*$|\s*[:\-–—.,(]|\s+(?:that|to|unanimously|accordingly|as|by\s+(?:a\s+)?(?:majority|consensus)|without|on|with|under|in\s+terms\s+of|in\s+accordance)\b)/i;

/** Levenshtein distance, for the few characters of a marker word: tiny inputs, so the plain table is fine. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let before = prev;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      // Two letters swapped ("RESOVLED") is one slip of the typist, not two.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j] ?? 0, (before[j - 2] ?? 0) + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The length of a leading "resolved" that conversion damaged: "RESOLV ED", "ESOLVED" (a lost drop
 * capital), "RES0LVED". Returns the number of characters of `text` it spans, or 0.
 */
function fuzzyResolvedLength(text: string): number {
  const head = text.slice(0, 14);
  if (!/^[A-Za-z0-9]/.test(head)) return 0;
  // Squeeze out spaces but remember where each kept character came from.
  const kept: number[] = [];
  let squeezed = '';
  for (let i = 0; i < head.length; i++) {
    const c = head[i] ?? '';
    if (c === ' ') continue;
    if (!/[A-Za-z0-9]/.test(c)) break;
    squeezed += c.toLowerCase().replace('0', 'o').replace('1', 'l');
    kept.push(i);
  }
  // Every damaged form keeps its "l" and "v" ("RESOLV ED", "ESOLVED", "RESOVLED"): most lines are passed over here,
  // before the edit distance is worked out.
  const early = squeezed.slice(0, 9);
  if (!early.includes('v') || !early.includes('l')) return 0;
  for (const len of [8, 7, 9]) {
    if (squeezed.length < len) continue;
    if (distance(squeezed.slice(0, len), 'resolved') > 1) continue;
    // What follows must not be more letters of a longer word ("resolvedly" is not a marker).
    const end = (kept[len - 1] ?? 0) + 1;
    const after = text.slice(end);
    if (squeezed.length > len && /^[A-Za-z]/.test(after) && !/^\s/.test(after)) continue;
    // A real word close to "resolved" is not a damaged marker.
    if (/^(?:resolves|resolve|revolved|resolute)\b/i.test(text)) return 0;
    return end;
  }
  return 0;
}

function afterResolved(text: string, from: number): string | null {
  const after = text.slice(from);
  if (!AFTER_RESOLVED.test(after) && !(/^[A-Z]/.test(text.slice(from - 8, from)) && /^\s+[A-Z]/.test(after))) return null;
  return cleanRest(after);
}

/** Drops "unanimously", "as follows", punctuation and a bare "That" from the front of a marker's words. */
function cleanRest(after: string): string {
  let rest = after.replace(/^\s*\(?\s*(?:unanimously|by\s+(?:a\s+)?(?:majority|consensus))\s*\)?/i, '');
  // "(by 5 votes to 2)", "(nem. con.)": how the vote went, not what was resolved.
  rest = rest.replace(/^\s*\((?:by|with|on|nem|unanim)[^()]{0,60}\)/i, '');
  rest = rest.replace(/^\s*(?:accordingly|therefore)\b/i, '');
  rest = rest.replace(/^\s*as\s+follows\b/i, '');
  rest = rest.replace(/^[\s:\-–—.,]+/, '');
  // "That:", "That;" or "that" alone introduces a list: nothing of its own.
  // (… and "to;" or "to:", a colon mistyped as a semicolon: "RESOLVED to;" above "1. Approve …".)
  if (/^(?:that|to)\s*[:;\-–—]?\s*$/i.test(rest)) return '';
  // "RESOLVED THAT COMMITTEE:" above "1. Approved …": the body named, nothing of its own.
  if (/^that\s+(?:the\s+)?(?:committee|sub-committee|cabinet|council|panel|board|executive)\s*[:\-–—]\s*$/i.test(rest)) return '';
  // "that the report be noted": the connecting "that" belongs to the marker, so the text reads as the
  // minutes print it ("That the report be noted").
  return rest.trim();
}

// "… at its last meeting it had RESOLVED that …", "Cabinet on 3 March RESOLVED that …": a decision
// reported from another meeting, not one made now.
const EARLIER = /\b(?:had|has|have|previously|earlier|already)\b|\b(?:last|previous|earlier)\s+meeting\b|\bon\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

function resolvedMarker(text: string): Marker | null {
  const fuzzy = fuzzyResolvedLength(text);
  if (fuzzy > 0) {
    const rest = afterResolved(text, fuzzy);
    if (rest !== null) return { kind: 'resolved', strong: true, rest };
  }
  // Formal capitals anywhere: "The Committee RESOLVED that", "... and it was RESOLVED:".
  const caps = /\bRESOLVED\b/.exec(text);
  if (caps && !EARLIER.test(text.slice(0, caps.index))) {
    const rest = afterResolved(text, caps.index + caps[0].length);
    if (rest !== null) return { kind: 'resolved', strong: true, rest };
  }
  const it = /\bit\s+was\s+(?:\w+ly\s+|therefore\s+|then\s+)?resolved\b/i.exec(text);
  if (it && !EARLIER.test(text.slice(0, it.index))) {
    const rest = afterResolved(text, it.index + it[0].length);
    if (rest !== null) return { kind: 'resolved', strong: true, rest };
  }
  const word = /\bresolved\b/i.exec(text);
  if (word && word.index > 0 && word.index < 120) {
    const before = text.slice(0, word.index).trim().replace(/^(?:and|accordingly|therefore|thereupon)\s+/i, '');
    if (SUBJECT.test(before)) {
      const rest = afterResolved(text, word.index + word[0].length);
      if (rest !== null) return { kind: 'resolved', strong: true, rest };
    }
  }
  return null;
}

function agreedMarker(text: string): Marker | null {
  // "Agreed, in order to address the concerns raised, to:" (a clause before the list) too.
  // ("Agreed, in order to assist the Council achieve its priority, to recommend the report to the Assembly." too.)
  let m = /^AGREED\b|^Agreed\s*(?=[:\-–—]|that\b|to\b|,[^.]{0,160}\bto\s*:\s*$|,[^.]{0,200},\s+to\s+(?:recommend|approve|adopt|refer|note|ask|request|write|invite|accept|endorse)\b)/.exec(text);
  // "AGREED recommendations.": the marker word is the decision's verb; "recommendations." alone would say nothing.
  if (m && /^\s*(?:the\s+)?recommendations?\.?$/i.test(text.slice(m[0].length))) return { kind: 'agreed', strong: true, rest: text.trim() };
  if (m) return { kind: 'agreed', strong: true, rest: cleanRest(text.slice(m[0].length)) };
  m = /\bAGREED\b/.exec(text);
  // "The Committee then AGREED the recommendations contained within the report.": the recommendations alone would say nothing
  // of who agreed them, so the sentence is kept whole.
  if (m && m.index < 120 && /^\s*(?:the\s+)?(?:[\w'’-]+\s+){0,2}?recommendations?\b[^.]{0,100}\.?\s*$/i.test(text.slice(m.index + m[0].length)) && /^(?:the\s+)?(?:[\w'’&-]+\s+){0,5}?(?:committee|sub-committee|panel|board|cabinet|council|commission|members)(?:\s+\w+)?\s+$/i.test(text.slice(0, m.index))) {
    return { kind: 'agreed', strong: true, rest: text.trim() };
  }
  if (m && m.index < 120) return { kind: 'agreed', strong: true, rest: cleanRest(text.slice(m.index + m[0].length)) };
  // "… considered the reasons for the call-in. Having heard the responses; the Committee AGREED to confirm …": formal
  // capitals after a long story, the body deciding just before them; what follows them is the decision.
  if (m && /\b(?:committee|sub-committee|panel|board|cabinet|council|commission|members)\s+(?:\w+ly\s+)?$/i.test(text.slice(0, m.index)) && /^\s*(?:to|that)\b/i.test(text.slice(m.index + m[0].length))) {
    return { kind: 'agreed', strong: true, rest: cleanRest(text.slice(m.index + m[0].length)) };
  }
  // Formal capitals after a long opening ("The Chair reported … After discussion it was AGREED that …"):
  // the sentence that holds them is the decision.
  if (m) {
    const from = text.slice(0, m.index).search(/[^.!?]*$/);
    const sentence = text.slice(from).split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? '';
    if (/^\s*(?:that|to)\b/i.test(text.slice(m.index + m[0].length))) return { kind: 'agreed', strong: true, rest: sentence.trim() };
  }
  // "The Chair agreed to write to …": the chair (or convener) acting for the committee.
  m = new RegExp(String.raw`^(?:it\s+was|(?:the\s+)?(?:[\w'’&,-]+\s+){0,8}?(?:${BODY}|chair(?:man|person|woman)?|convener))(?:\s+\([A-Z][^()]{1,40}\))?(?:\s+(?:\w+ly|also|further|then|therefore|subsequently))?\s+agree[ds](?:\s+\w+ly)?`, 'i').exec(text);
  if (!m) return null;
  const after = text.slice(m[0].length);
  if (/:\s*$/.test(after) && after.length < 160) return { kind: 'agreed', strong: true, rest: cleanRest(after) };
  // "The Committee agreed:- (a) to note …; and (b) to …": the list printed on the marker's line.
  if (/^\s*:-?\s*(?=\S)/.test(after)) return { kind: 'agreed', strong: true, rest: cleanRest(after) };
  if (/^\s*(?:that|to)\b/i.test(after)) {
    // "It was agreed that … . It was also suggested that webcasting be considered.": the decision ends where
    // a sentence of mere suggestion or report begins.
    const sentences = text.trim().split(/(?<=[.!?])\s+(?=[A-Z])/);
    const end = sentences.findIndex((t, k) => k > 0 && NOT_DECIDED.test(t));
    return { kind: 'agreed', strong: false, rest: (end > 0 ? sentences.slice(0, end) : sentences).join(' ') };
  }
  return null;
}
// (… and "Councillors were encouraged to make Officers aware of repairs …": members urged, nothing decided.)
const NOT_DECIDED = /^(?:it\s+was\s+(?:also\s+|further\s+)?(?:suggested|noted|felt|explained|reported|commented|stated|highlighted)|(?:members|councillors)\s+were\s+(?:also\s+)?(?:encouraged|reminded)\b|(?:the\s+|a\s+|one\s+|another\s+)?[\w'’ ]{0,40}?\b(?:suggested|commented|explained|stated|reported|noted)\b)(?![^.]{0,80}\b(?:agreed|requested|resolved)\b)/i;

/** The marker that opens `text` (a paragraph with its label and bullet removed), or null. */
// One parse asks about the same paragraph several times (joining lines, finding headings, reading blocks): about 3.6
// calls per distinct text over the real corpus. The answer depends on the text alone, so it is kept for the parse;
// parseMinutes empties the memo when it starts, so no parse reads another's answers. Kept answers are frozen.
const MEMO = new Map<string, Marker | null>();

/** Forgets the answers kept for the last parse (parseMinutes calls it first). */
export function resetMarkerMemo(): void {
  MEMO.clear();
}

export function detectMarker(raw: string): Marker | null {
  if (MEMO.has(raw)) return MEMO.get(raw) ?? null;
  const read = readMarker(raw);
  // "The Executive Mayor in Cabinet Resolved to:" leaves "to:" as the words after the marker: a lead-in, nothing decided yet.
  const found = read !== null && /^(?:to|that)\s*[:\-–—]*$/i.test(read.rest.trim()) ? { ...read, rest: '' } : read;
  const kept = found === null ? null : (Object.freeze(found.more ? { ...found, more: Object.freeze([...found.more]) as string[] } : found) as Marker);
  MEMO.set(raw, kept);
  return kept;
}

function readMarker(raw: string): Marker | null {
  if (raw === '') return null;
  // An issue's history dates each entry: "08/09/2011 - Action: (1) That …".
  const text = raw.replace(/^\d{1,2}\/\d{1,2}\/\d{2,4}\s*[-–—]\s*(?=(?:actions?|decisions?|resolved|agreed)\b)/i, '');
  if (PAGE_FIELD.test(text)) return null;
  if (text.length < 400 && /\bit\s+was\b|\bmoved\b/i.test(text) && TRAILING.test(text)) return { kind: 'resolved', strong: true, rest: '' };
  // "The Panel reviewed the report … and resolved that:": the resolutions follow.
  if (text.length < 400 && /(?:,\s*|\band\s+)(?:\w+ly\s+)?resolved(?:\s+that)?\s*[:\-–—]\s*$/i.test(text)) return { kind: 'resolved', strong: true, rest: '' };
  // "… Councillor A proposed, Councillor B seconded and Members agreed to recommend the following to Council:", then "And
  // further agreed:" above the next point: the points below are the decisions.
  if (text.length < 400 && /(?:^|,\s*|\band\s+)(?:the\s+)?(?:members|committee|panel|board|cabinet|council|executive)\s+(?:\w+ly\s+)?(?:agreed|resolved|decided)\s+(?:to\s+recommend\s+)?(?:the\s+following(?:\s+to\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive))?|as\s+follows)\s*:\s*$/i.test(text)) return { kind: 'resolved', strong: true, rest: '' };
  if (/^(?:and\s+)?(?:it\s+was\s+)?(?:further|also)\s+(?:agreed|resolved)\s*[:\-–—]\s*$/i.test(text)) return { kind: 'resolved', strong: true, rest: '' };
  // "The Executive Meeting considered proposed amendments to the Council’s Constitution … and has agreed that" above its bullets:
  // the body's decision told as a lead-in, each point below it one decision.
  if (text.length < 400 && /^(?:the\s+)?(?:[\w'’&-]+\s+){0,3}?(?:executive|cabinet|committee|sub-committee|council|panel|board)(?:\s+meeting)?\s+considered\b[^.]{0,300}?\band\s+(?:has|have)\s+(?:agreed|resolved|decided)\s+that\s*[:\-–—]?\s*$/i.test(text)) return { kind: 'resolved', strong: true, rest: '' };
  const resolved = resolvedMarker(text);
  if (resolved) return resolved;
  // "Ordered, That the Chairman do make the Report", "ORDERED as follows:-": an order of the committee, as
  // formal as "Resolved".
  const ordered = /^(?:ORDERED\b|Ordered\s*(?=[,:\-–—]|that\b|as\s+follows\b))/.exec(text);
  if (ordered) return { kind: 'resolved', strong: true, rest: cleanRest(text.slice(ordered[0].length).replace(/^\s*,/, '')) };

  // "The recommendation as set out in the report was moved, seconded, voted on and carried." above the list.
  if (/\brecommendations?\b[^.]{0,80}\b(?:was|were)\s+(?:moved|proposed)\b[^.]{0,80}\b(?:carried|agreed|approved)\.?$/i.test(text) && text.length < 240) return { kind: 'resolved', strong: true, rest: '' };
  // "Cabinet approval is given to proceed with:" above (a), (b): the lead-in of what was decided.
  if (/\bapproval\s+(?:is|was)\s+(?:hereby\s+)?given\s+(?:to|for)\b[^.]{0,80}:\s*$/i.test(text) && text.length < 200) return { kind: 'resolved', strong: true, rest: text.trim(), lead: true };
  // "Approved on the motion of Councillor X seconded by Councillor Y." (Scottish minutes): the decision and its mover.
  if (/^(?:approved|agreed|decided|rejected|refused)\s+on\s+the\s+motion\s+of\b/i.test(text)) return { kind: 'resolved', strong: true, rest: text.trim() };
  // "Concluded that Members inform the Scrutiny Officer …" (Stockton's select committees): their word for "Resolved".
  const concluded = /^(?:CONCLUDED\b|Concluded\s+(?=that\b))\s*[:\-–—]?\s*/.exec(text);
  if (concluded) return { kind: 'resolved', strong: true, rest: cleanRest(text.slice(concluded[0].length)) };
  // ("Recommended That Members approve …": "That" in capitals too.)
  let m = /^RECOMMENDED\b|^Recommended\s*(?=[:\-–—]|[Tt]hat\b|to\b)/.exec(text);
  if (m) return { kind: 'recommendations', strong: true, rest: cleanRest(text.slice(m[0].length)) };
  // "The Unions indicated that they had no further comments. IT WAS RECOMMENDED that the Secondment Policy … be agreed by the
  // Employment and Appeals Committee …": formal capitals after the discussion, as "IT WAS AGREED" is.
  m = /(?:^|[.;:]\s+|,\s+and\s+)(?:IT\s+WAS|[Ii]t\s+was)\s+RECOMMENDED\b\s*(?=that\b|to\b|[:\-–—])/.exec(text);
  if (m) return { kind: 'recommendations', strong: true, rest: cleanRest(text.slice(m.index + m[0].length)) };
  // "The Committee RECOMMENDS to Cabinet that:": formal capitals, as "RESOLVED" is.
  m = new RegExp(String.raw`^(?:the\s+)?(?:[\w'’&,-]+\s+){0,8}?${BODY}(?:\s+\w+ly)?\s+(?:recommends|recommended)\b`, 'i').exec(text);
  if (m && /(?:RECOMMENDS|RECOMMENDED)$/.test(m[0])) return { kind: 'recommendations', strong: true, rest: text.slice(m[0].length).replace(/^[\s:\-–—]+/, '').trim() ? text.trim() : '' };

  // A heading: "Recommendations:", "RECOMMENDATIONS", "Recommendations to Cabinet:", "Recommendation(s)".
  const words = text.split(/\s+/).length;
  if (words <= 8 && /\brecommendations?(?:\s*\(s\))?\b/i.test(text) && !/\.$/.test(text)) {
    const heading = /^(?:[\w'’]+\s+){0,3}recommendations?(?:\s*\(s\))?(?:\s+(?:agreed|made|approved|endorsed))?(?:\s+(?:to|for|of|by)\s+[^:]{1,40})?\s*[:\-–—]\s*$/i.test(text)
      || (text === text.toUpperCase() && /^(?:[\w'’]+\s+){0,3}RECOMMENDATIONS?\s*$/.test(text))
      || /^recommendations?(?:\s*\(s\))?$/i.test(text)
      // "Conclusions and recommendations", "Summary of recommendations", "Key recommendations" as a heading.
      || /^(?:conclusions?|findings|summary|key|final|agreed|main)\s+(?:and\s+|of\s+)?(?:the\s+)?recommendations?$/i.test(text);
    // "Recommendations to Cabinet:" names who the list is for: kept as the list's lead-in.
    if (heading) return { kind: 'recommendations', strong: true, rest: /\b(?:to|for)\s+\S/i.test(text) ? text.trim() : '', lead: true };
  }
  m = /^recommendations?\s*[:\-–—]\s*(?=\S)/i.exec(text);
  if (m) return { kind: 'recommendations', strong: true, rest: cleanRest(text.slice(m[0].length)) };
  // Stockton's "Cabinet Decision Record D100113" above the decision's points, their "RESOLVED that" not printed.
  if (/^(?:(?:cabinet|executive|council)\s+)?decision\s+record\s+[A-Z]{0,3}\d{3,8}$/i.test(text)) return { kind: 'resolved', strong: true, rest: '', label: true };
  // York's decision sessions: "Advice of the Advisory Panel" above the panel's advice to the Executive Member, then "Decision of
  // the Executive Member" above the decision.
  if (/^advice\s+of\s+the\s+(?:[\w'’&-]+\s+){0,3}(?:panel|committee|board|group)$/i.test(text)) return { kind: 'recommendations', strong: true, rest: '', label: true };
  if (/^decision\s+of\s+the\s+(?:executive|cabinet)\s+member$/i.test(text)) return { kind: 'resolved', strong: true, rest: '', label: true };
  // "Following consideration by the Advisory Board, the Cabinet Member for Street Scene resolved that:" above the decision: an
  // executive member deciding alone.
  if (text.length < 400 && /(?:^|,\s*)(?:the\s+)?(?:cabinet\s+member|executive\s+member|portfolio\s+holder|lead\s+member|leader|(?:executive\s+)?mayor)\b[^.:]{0,100}?\s+(?:resolved|decided|agreed)(?:\s+(?:that|to))?\s*:\s*$/i.test(text)) return { kind: 'resolved', strong: true, rest: '' };
  // "It was moved by Mr Rushton, seconded by Mrs Taylor and carried unanimously:" above the motion's words.
  if (/^it\s+was\s+(?:moved|proposed)\s+by\b[^.:]{0,160}\bseconded\s+by\b[^.:]{0,120}\b(?:and\s+)?(?:carried|agreed|resolved)(?:\s+(?:unanimously|nem\.?\s*con\.?))?\s*[:\-–—]\s*$/i.test(text)) return { kind: 'resolved', strong: true, rest: '' };
  // A motion's own words, quoted as carried: "“This council resolves:" above its points.
  if (/^[“"‘']?(?:this|the|that)\s+(?:full\s+)?(?:council|committee|cabinet)\s+(?:therefore\s+|further\s+|also\s+)?resolves(?:\s+(?:to|that))?\s*[:\-–—]\s*$/i.test(text)) return { kind: 'resolved', strong: true, rest: '' };
  // "The Cabinet considered the rent levels … and then recommended that the Council Meeting give approval to:-" above bullets: a
  // decision told, its points below it.
  const told = /\b(?:cabinet|council|committee|sub-committee|panel|board|executive)\b[^.]{0,240}?\b(?:then\s+)?(recommended|resolved|agreed|decided)\s+(that\b[^.:]{0,120}?\b(?:give\s+approval\s+to|approve|adopt|agree|endorse))\s*:[-–—]?\s*$/i.exec(text);
  if (told && text.length < 500) return { kind: /^recommended$/i.test(told[1] ?? '') ? 'recommendations' : 'resolved', strong: true, rest: `${told[2] ?? ''}:`, lead: true };
  // "Having taken into account the equality duty, the committee agreed the resolution below.": the paragraphs below are
  // the decision, the sentence only leads in.
  if (/\b(?:committee|sub-committee|panel|board|council|cabinet|members)\s+(?:agreed|approved|passed|made|adopted)\s+the\s+(?:following\s+)?(?:resolutions?|decisions?)(?:\s+(?:below|as\s+follows))?\s*[.:]?\s*$/i.test(text) && text.length < 300) {
    return { kind: 'resolved', strong: true, rest: '' };
  }
  // "... the following recommendations:", "the following actions were agreed by the committee:".
  if (/following|previous|last/i.test(text) && REPORTED.test(text)) return null;
  if (/\b(?:following|these)\s+(?:[\w-]+\s+){0,2}(?:recommendations?|resolutions?|actions?)\b[^:]{0,80}:\s*$/i.test(text)
    || /\b(?:recommendations?|resolutions?)\b[^:.]{0,60}\b(?:below|as\s+follows)\s*:\s*$/i.test(text)) {
    return { kind: /\bactions?\b/i.test(text) && !/recommendation/i.test(text) ? 'action' : 'recommendations', strong: true, rest: text.trim(), lead: true };
  }

  // "… together with the draft action plan. Decision 1. The Council welcomes the findings … 2. Agreed to accept the
  // recommendations …": a web table's cell run into one paragraph, the "Decision" label and its numbered list inside it.
  const cell = /[.)]\s+(?:Decisions?|DECISIONS?)\s*:?\s+(?=\(?1[.)]\s+[A-Z])/.exec(text);
  if (cell && cell.index > 0) return { kind: 'resolved', strong: true, rest: text.slice(cell.index + cell[0].length).trim() };

  // "At the end of the debate Members endorsed the recommendation as detailed below: the land … be declared surplus …":
  // the lead-in and its resolution run into one paragraph (the line break lost); what follows the colon is the decision.
  const inline = INLINE_LEAD.exec(text);
  if (inline && !/^(?:was|were|had|has)\b/i.test(inline[2] ?? '')) return { kind: 'resolved', strong: true, rest: (inline[2] ?? '').trim() };

  // "After discussion, the Committee:-" then "(a) noted …; (b) agreed …" (Scottish minutes): the body
  // alone before a colon opens the list of what it decided.
  if (/^(?:[\w ’']{1,40},\s*)?the\s+(?:[\w'’&-]+\s+){0,4}?(?:committee|sub-committee|panel|board|commission)\s*:$/i.test(text)) return { kind: 'agreed', strong: true, rest: '' };
  // "The Committee noted the items of outstanding business and further:" then "(a) Agreed to discharge Item 1, (b)
  // Instructed the officer to …" (Aberdeenshire's area committees).
  if (/^the\s+(?:[\w'’&-]+\s+){0,4}?(?:committee|sub-committee|panel|board|commission)\b[^.]{0,160}\b(?:and|but)\s+(?:further|also|thereafter)\s*[:\-–—]+$/i.test(text)) return { kind: 'agreed', strong: true, rest: '' };

  // "Action:", "Actions agreed:", "Action 3 -", "Actions/further information to be provided:".
  // "Action >>> ED CYP": an arrow for the colon.
  m = /^actions?(?:\s*(?:\/|and|&)\s*[\w ]{1,50}?|\s+(?:points?|agreed|arising|required|log))?\s*\d*\s*(?:[:\-–—]|[-=]*>+)\s*/i.exec(text);
  if (m && !/^actions?\s+by\b/i.test(text)) return { kind: 'action', strong: true, rest: text.slice(m[0].length).trim() };
  // "Action Point" or "Actions agreed" alone on its line, a heading above the bullets of what is to be done.
  if (/^(?:agreed\s+)?actions?(?:\s+points?|\s+agreed|\s+arising)?$/i.test(text)) return { kind: 'action', strong: true, rest: '' };

  // "The Cabinet then:" above its numbered decisions ("(1) Noted that …").
  if (/^(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?(?:cabinet|executive|committee|panel|board|council|commission)(?:\s+(?:then|therefore|accordingly))?\s*:$/i.test(text) && text.split(/\s+/).length <= 8) {
    return { kind: 'resolved', strong: true, rest: '' };
  }

  // "Decision:", "Decision(s):", "Resolution:", "DECIDED:", "Decided that", "Outcome:" and list headings such as "Resolutions:".
  // ("Outcome: Recommendations Approved", "Outcome: For Determination": a decision register's status, no decision.)
  if (/^outcome\s*:\s*(?:recommendations?\s+approved|approved|for\s+determination|agreed|decision\s+made|noted)\.?$/i.test(text)) return null;
  // A decision register's "Content: (a) That the Committee support …; (b) That …" (Flintshire, Denbighshire): the decision
  // itself, its "Resolved" not printed; other content ("Content: The report sets out …") is none.
  m = /^content\s*:\s*(?=(?:\(?[a-z0-9]{1,3}[.)]\s*)?that\b)/i.exec(text);
  if (m) return { kind: 'resolved', strong: true, rest: cleanRest(text.slice(m[0].length)), label: true };
  m = /^(?:decisions?|outcomes?|resolutions?|decision\s*\(s\)|resolution\s*\(s\))\s*[:\-–—]\s*/i.exec(text);
  if (m) return { kind: 'resolved', strong: true, rest: cleanRest(text.slice(m[0].length)), label: true };
  m = /^DECIDED\b\s*[:\-–—]?\s*|^[Dd]ecided\s*(?=[:\-–—]|that\b)[:\-–—]?\s*/.exec(text);
  if (m) return { kind: 'resolved', strong: true, rest: cleanRest(text.slice(m[0].length)) };
  // "Decision" or "Decisions" alone on its line, as a heading above what was decided.
  // (… and "Outcome" alone, as Argyll and Bute's transport forums print it above "The Forum –" and its numbered points.)
  if (/^(?:decisions?|resolutions?|decisions?\s+taken|outcome)$/i.test(text)) return { kind: 'resolved', strong: true, rest: '', label: true };
  // (Not a decision page's fields "Implementation of Decisions:", "Reasons for Decisions:".)
  if (/^(?:[\w'’]+\s+){0,2}(?:resolutions|decisions|agreed\s+actions|conclusions(?:\s+and\s+recommendations)?)\s*:$/i.test(text) && !/^(?:implementation|reasons?|publication|date)\s+(?:of|for)\b/i.test(text)) {
    return { kind: /actions/i.test(text) ? 'action' : 'resolved', strong: true, rest: '' };
  }

  // "The Committee DELEGATED to the Scrutiny Manager … responsibility for …": a decision's verb in formal
  // capitals, as "RESOLVED" is; the sentence is the decision.
  if (/\b(?:DELEGATED|APPROVED|ENDORSED|REQUESTED|DECIDED)\b/.test(text) && CAPITAL_VERB.test(text)) {
    return { kind: 'resolved', strong: true, rest: text.trim() };
  }
  const agreed = agreedMarker(text);
  if (agreed) return agreed;
  // Only the sentences that decide are resolutions, not the narrative sentences around them: a decision
  // ("… the Committee agreed that …"), or an undertaking ("officers undertook to …", "the Chair … would
  // be reporting back to the next meeting", "… would write a letter"), proposed where no marker was found.
  const approves = /\brecommendations?\b/i.test(text) && APPROVES_RECS.test(text);
  if (/\bagreed\b/i.test(text)) {
    // Proposals that the next sentence says were agreed: each proposal is the decision.
    const parts = text.split(/(?<=[.!?])\s+(?=[A-Z])/);
    const agreed = parts.flatMap((t, k) => (k > 0 && CONFIRMS.test(t) && PROPOSES.test(parts[k - 1]!) && !CONFIRMS.test(parts[k - 1]!) ? [parts[k - 1]!.trim()] : []));
    const [first, ...more] = agreed;
    if (first) return { kind: 'agreed', strong: false, rest: first, confirmed: true, ...(more.length > 0 ? { more } : {}) };
  }
  if ((NARRATIVE_HINT.test(text) && NARRATIVE_DECISION.test(text)) || UNDERTAKING.test(text) || approves || hasNarrativeDecision(text)) {
    const sentences: string[] = [];
    for (let t of sentencesOf(text)) {
      if (!NARRATIVE_DECISION.test(t) && !(UNDERTAKING.test(t) && !isHypothetical(t)) && !(approves && APPROVES_RECS.test(t)) && !isNarrativeDecision(t)) continue;
      // "… agreed that this should take place at its next meeting": a sentence that refers back to the
      // decision before it completes that decision.
      const last = sentences.length - 1;
      // "A discussion … highlighted the need for a strategy, and it was agreed that public relations would be added to the
      // next agenda": the decision is the clause that says so, not the discussion joined on before it.
      const clause = /^[^]{30,}?[,;]\s+and\s+(?=it\s+was\s+(?:agreed|resolved|decided)\s+that\b)/i.exec(t);
      if (clause) t = t.slice(clause[0].length);
      // ("Council considered the Policy, as recommended by the Audit Committee on 24 March 2022 and resolved to approve the revised
      // Policy.": what was resolved, after the story of how it came.)
      const resolvedClause = /^(?:the\s+)?(?:[\w'’&-]+\s+){0,3}?(?:council|cabinet|executive|committee|sub-committee|panel|board)\s+(?:considered|received|noted)\b[^.;]{0,200}?\band\s+(?:resolved|decided)\s+(?=(?:to|that)\b)/i.exec(t);
      if (resolvedClause) t = t.slice(resolvedClause[0].length);
      // ("Councillor Kay would email Members the consultation link and advised that Environmental Health Managers were in favour
      // …": the promise, not the news told after it.)
      const toldAfter = /\s+and\s+(?:advised|said|explained|stated|noted|added|reported|commented|highlighted|informed\s+(?:members|the\s+(?:committee|panel|board)))\s+(?:that\s+)?/i.exec(t);
      if (toldAfter && toldAfter.index >= 20 && isNarrativeDecision(t.slice(0, toldAfter.index))) t = `${t.slice(0, toldAfter.index)}.`;
      if (last >= 0 && /\b(?:agreed|requested|asked)\s+that\s+(?:this|it|these|they)\b(?!\s+(?:was|is|were|are|had|has)\b)/i.test(t)) sentences[last] = `${sentences[last]} ${t.trim()}`;
      else sentences.push(t.trim());
    }
    const [first, ...more] = sentences;
    // A vote taken ("the Committee voted to recommend …") is as formal as "Resolved".
    if (first) return { kind: 'agreed', strong: /\bvoted\s+(?:\d+\s*[-–]\s*\d+(?:\s*[-–]\s*\d+)?\s+|unanimously\s+)?to\b/i.test(first), rest: first, ...(more.length > 0 ? { more } : {}) };
  }

  // Narrative recommendations in minutes that print no "Resolved": "The Panel recommended that ...".
  if (new RegExp(String.raw`^(?:the\s+)?(?:[\w'’&,-]+\s+){0,8}?${BODY}(?:\s+\w+ly)?\s+(?:recommended|recommends)\b`, 'i').test(text)) {
    return { kind: 'recommendations', strong: false, rest: text.trim() };
  }
  return null;
}
