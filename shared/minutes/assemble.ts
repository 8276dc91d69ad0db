// Walks the paragraphs once: item headings open items, markers open resolution blocks, and each block's
// resolutions are classified and filed under the item they were resolved in.
import type { ParsedMinutesItem } from './types';
import type { Para } from './paragraphs';
import { REASON_HEADING, detectMarker, type Marker } from './markers';
import { headingScore, headingShape, isCaps, numberParts, tidyTitle, type ItemContext } from './items';
import { isFirstValue, nextValue } from './labels';
import { Block, OWNER_ONLY, type RawResolution } from './resolutions';
import { classify } from './classify';
import { PROCEDURAL } from './procedural';
import { laterLists, unmarkedResolutions } from './unmarked';
import { statedCount } from './counts';
import { sameWords, tidyText } from './wording';
import { NARRATIVE } from './resolutions';
import { isVerdict } from './narrative';

// A decision that only points at the report's words ("As detailed in the recommendation.", "As per the report").
// (… or only how the vote went, "Report AGREED by 41 votes to 1." read as "By 41 votes to 1.", "Recommendations agreed nem con".)
const POINTER = /^(?:as\s+(?:detailed|set\s+out|outlined|per|contained|shown)\s+(?:in\s+)?(?:the\s+)?(?:recommendations?|report)(?:\s+(?:above|below))?|recommendations?\s+(?:approved|agreed)\s+as\s+set\s+out\s+in\s+the\s+report|(?:(?:the\s+)?(?:report|recommendations?|motion)\s+(?:was\s+|were\s+)?(?:agreed|approved|carried)\s*)?(?:\(?(?:by\s+\d{1,3}\s+votes?\s+to\s+\d{1,3}(?:\s*,?\s*(?:with\s+)?\d{1,3}\s+abstentions?)?|nem\.?\s*con\.?|unanimously)\)?))\.?$/i;
// A narrative sentence that asks for something ("Members asked that …").
// (… "Members requested an update on the works", "It was also requested by Members that …".)
// … and the executive member's decision told after the committee's vote ("The Committee voted 5-1-2 to endorse the
// recommendations." then "The Executive Councillor approved the recommendations.", Cambridge's scrutiny pages).
const EXECUTIVE_APPROVED = /^the\s+(?:executive\s+councillor|executive\s+member|cabinet\s+member|leader|cabinet|executive|mayor)\s+(?:\w+ly\s+)?(?:approved|agreed|endorsed|accepted)\s+(?:the\s+)?(?:(?:amended|revised|officer|following)\s+)?recommendations?\b/i;
const REQUEST = /\b(?:asked|requested)\s+(?:that|for)\b|\brequested\s+(?:an?\s+(?:update|report|briefing|breakdown|note|written)|further\s+(?:information|details|updates?)|sight\s+of|details\s+of|updates?\s+on)\b|\brequested\s+by\s+(?:members|the\s+(?:committee|panel|board))\s+that\b/i;
// "… a response would be sought from the Cabinet Member – ACTION": decisions flagged for follow-up at
// the paragraph's end, with no marker before them.
// (… or with who acts, in brackets after the sentence: "New reminders would be issued to those schools … (Action: Lizzie Rich)".)
const ACTION_FLAG = /\s[-–—]+\s*ACTIONS?\s*\.?$|(?<=[.!?])\s*\((?:Action|ACTION)S?\s*[:\-–—]\s*[^()]{2,60}\)\.?$/;
// An action line's owner that is a group ("All Board members", "Panel members"): no name in capitals throughout.
const GROUP_OWNER = /^(?:all\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}(?:members|officers|councillors|partners)\.?$/;
/** An "Action:" line that only names who acts ("ACTION: Councillor Rice", "ACTION:- All Board members"). */
function namesOwner(marker: Marker): boolean {
  const owner = marker.rest.replace(/^[\s\-–—]+/, '');
  return marker.kind === 'action' && owner !== '' && owner.split(/\s+/).length <= 6 && (OWNER_ONLY.test(owner) || GROUP_OWNER.test(owner));
}
const ACTION_MARKER: Marker = { kind: 'action', strong: true, rest: '' };
// A decisions list's summary line taken as its decision: no marker printed, so less certain.
const SUMMARY_MARKER: Marker = { kind: 'resolved', strong: false, rest: '' };

/** The sentences of a paragraph flagged "– ACTION", narrative before the decision passed over; null if unflagged. */
function flaggedActions(text: string): string[] | null {
  if (!ACTION_FLAG.test(text)) return null;
  const sentences = text.replace(ACTION_FLAG, '').trim().split(/(?<=[.!?])\s+(?=[A-Z])/);
  let k = 0;
  while (k < sentences.length - 1 && NARRATIVE.test(sentences[k] ?? '') && !/\b(?:agreed|requested|asked|requires?|required)\b/i.test(sentences[k] ?? '')) k++;
  return sentences.slice(k).filter((t) => t.replace(/[^A-Za-z]/g, '').length >= 3);
}

// Items that go back over earlier minutes: "Matters arising", an action log, a resolutions or
// recommendations tracker. "Minute 42 – …" inside them names an earlier minute.
const MATTERS_ARISING = /^(?:matters\s+arising|(?:\w+\s+){0,3}(?:action|actions|resolutions?|recommendations?)\s+(?:log|tracker|sheet|monitoring|report|update)|progress\s+(?:on|against)\s+(?:actions|resolutions|recommendations))\b/i;
// A web page's label that ends an item's agenda text ("To receive the report …") and opens its minutes.
const MINUTES_LABEL = /^(?:minutes|decisions?)\s*:/i;

interface Heading {
  number: string;
  title: string;
  /** Paragraphs the heading spans: 2 when the number stood on its own line above the title. */
  span: number;
  /** The minute's words printed on the heading's own line after the title. */
  rest?: string;
  /** A decisions list's entry whose status says it was decided ("… ref: 1024    Recommendations Approved"). */
  decided?: true;
}

// Lines in capitals that are not headings even in minutes whose headings carry no numbers.
const NOT_A_HEADING = /^(?:present|also\s+present|members?\s+present|officers?(?:\s+present)?|in\s+attendance|chair(?:man|person|woman)?|vice-chair\w*|councillors?|apologies\s+for\s+absence\s+were|minutes|agenda)$/i;

/** In minutes that number no items, a short line in capitals standing alone is the heading. */
function unnumberedHeadingAt(paras: readonly Para[], i: number, committee: string | null): Heading | null {
  const p = paras[i];
  if (!p || p.table || p.label || p.bullet) return null;
  // A ModernGov table's row, just above its "Minutes:" label, after a cell rule or the last row's words
  // ("Llangedwyn School Consultation Report To consider a report by … Additional documents:"): the item's title,
  // without the agenda's description.
  const prev = paras[i - 1];
  const next = paras[i + 1];
  if ((prev?.table || /[.!?|]$/.test(prev?.text ?? '.')) && next && /^minutes\s*:/i.test(next.text) && !MINUTES_LABEL.test(p.text) && detectMarker(p.text) === null) {
    // ("Additional documents:" alone: a row whose title was lost, still an item of its own.)
    if (/^additional\s+documents\s*:?\s*$/i.test(p.text)) return { number: '', title: '', span: 1 };
    const row = tidyTitle(p.head).title.replace(/\s+(?:To|to)\s+(?:receive|consider|note|approve|agree|authorise|elect|appoint|confirm)\b.*$/, '').replace(/\s*\bpdf\s+icon\s*$/i, '').replace(/(?<=[a-z)])\.$/, '').trim();
    if (row !== '' && row.split(/\s+/).length <= 20) return { number: '', title: row, span: 1 };
  }
  if (!p.blankBefore) return null;
  // A web page's item title keeps its file link ("Young Mayor Budget pdf icon PDF 38 KB") when its
  // number was lost: a heading in any case.
  const linked = tidyTitle(p.head);
  if (linked.web) {
    // ("To Approve the Minutes of the Previous Meeting. PDF 447 KB": the agenda's full stop before the link.)
    const t = linked.title.replace(/\s*\bpdf\s+icon\s*$/i, '').replace(/(?<=[a-z)])\.$/, '').trim();
    if (t !== '' && t.split(/\s+/).length <= 16 && !/[.;]$/.test(t) && detectMarker(t) === null) return { number: '', title: t, span: 1 };
  }
  const title = p.text.trim();
  if (!isCaps(title) || title.length > 100 || title.split(/\s+/).length > 14 || /[.:;,]$/.test(title)) return null;
  if (NOT_A_HEADING.test(title) || detectMarker(title) !== null) return null;
  // The committee's own name printed as a title above the minutes.
  if (committee !== null && title.toLowerCase() === committee.toLowerCase()) return null;
  if (!(paras[i + 1]?.blankBefore ?? true)) return null;
  return { number: '', title, span: 1 };
}

const DECISION_ENTRY = /^\d{1,2}\/\d{1,2}\/\d{4}\s*[-–—]\s+(.+?)\s+ref:\s*\d+\b/i;
// The entry's status after its reference: the decision was taken ("Recommendations Approved", "Decision Made").
const DECIDED_STATUS = /^\s*(?:recommendations?\s+approved|approved|agreed|decision\s+made)\b/i;
// A decisions list's one-line summary under the entry ("To approve the change request for Cygnet Bridge …").
const SUMMARY_DECISION = /^to\s+(?:approve|agree|adopt|award|accept|authorise|authorize|appoint|procure|allocate|grant|delegate|establish|extend|enter|commission|implement|declare|dispose|acquire|endorse|proceed|release|set|make|undertake|consult|vary|amend|increase|reduce|introduce)\b/i;

function headingAt(paras: readonly Para[], i: number, ctx: ItemContext, block: Block | null, unnumbered: false | { committee: string | null }, forced: ReadonlySet<string> | null, arising = false): Heading | null {
  const p = paras[i];
  if (!p || p.table) return null;
  // A ModernGov decisions list's entry, "08/01/2020 - Council Tax Base ref: 925    Recommendations Approved":
  // each decision is an item of its own, titled without its reference and status.
  const entry = DECISION_ENTRY.exec(p.text);
  if (entry && !forced) return { number: '', title: (entry[1] ?? '').trim(), span: 1, ...(DECIDED_STATUS.test(p.text.slice(entry[0].length)) ? { decided: true as const } : {}) };
  // A decision page's field printed as a heading, "REASON FOR DECISION" (its colon lost): never an item.
  if (REASON_HEADING.test(p.text)) return null;
  if (unnumbered) return unnumberedHeadingAt(paras, i, unnumbered.committee);
  const shape = headingShape(p.head);
  if (!shape) return null;
  // "347 RESOLVED:-" in minutes that number every paragraph: a marker, not an item titled "RESOLVED".
  if (/^(?:RESOLVED|AGREED|DECIDED)\b/.test(shape.title) && detectMarker(shape.title)?.strong) return null;
  // Under "Matters arising" or an action log, "Minute 42 – Paddling Pools" names an earlier minute: a
  // cross-reference, never an item of this meeting.
  if (arising && /^minute\b/i.test(p.head)) return null;
  // "… has called in the following item: -" then "Item 11 – Interests in land": the item the sentence
  // introduces, quoted, not a heading of these minutes.
  const before = paras[i - 1];
  if (shape.explicit && !isCaps(shape.title) && before && !before.table && !before.label && /\s:\s*[-–—]?$|:\s*[-–—]$/.test(before.text) && /\b(?:following|called\s+in)\b/i.test(before.text)) return null;
  // A ModernGov issue page names its items ("Meeting: … (Item 27)"): those, and no others, are headings,
  // whatever their wording; "Minute 31 – July 2017" inside one is a cross-reference.
  // (Not "3.     That the approved Table of fares be recommended …" after "1." and "2." of item 3's list: a resolution.)
  if (forced) {
    if (!forced.has(shape.number) || shape.bare || (/^that\s/i.test(shape.title) && !isCaps(shape.title) && !shape.web)) return null;
    return { number: shape.number, title: shape.title, span: 1, ...(shape.rest ? { rest: shape.rest } : {}) };
  }
  let title = shape.title;
  let web = shape.web;
  let span = 1;
  if (shape.bare) {
    const next = paras[i + 1];
    if (!next || next.table || next.label || next.bullet) return null;
    const tidy = tidyTitle(next.head);
    title = tidy.title;
    web = tidy.web;
    span = 2;
  }
  // "1. That the Committee note:" (its a) to c) below): a resolution's lead-in, never an item's title.
  if (/^that\s/i.test(title) && !isCaps(title) && !shape.explicit && !web) return null;
  // Inside a numbered list of resolutions, "3." after "2." is the list's next item, not a heading,
  // unless it is printed like one (capitals, "Item 3", a web page's file note) or reads very like one.
  // Right after a lead-in that ends on a colon, "1) Top 10 Cities – To include …" is the list's first point.
  if (block?.awaitsList && p.label && isFirstValue(p.label.value) && !isCaps(title) && !shape.explicit && !web) return null;
  // (Or the paragraph before, outside any block, is the list's previous point: "1. To approve the Strategy." then
  // "2. To approve its publication" on a decision page that lost its "Decision:" label.)
  const top = block?.lastLabel ?? (before && !before.table && before.label && before.label.kind !== 'rec' && before.label.kind !== 'act' && ctx.lastNumber?.join('.') !== numberParts(before.label.value).join('.') ? before.label : null);
  const listNext = !!top && !!p.label && top.kind === p.label.kind && top.wrap === p.label.wrap && nextValue(top.value, top.kind) === p.label.value;
  const plainLooking = listNext && !isCaps(title) && !shape.explicit && !web;
  const blankAfter = paras[i + span]?.blankBefore ?? true;
  const score = headingScore(shape.number, title, { explicit: shape.explicit, web }, ctx, blankAfter);
  return score >= (plainLooking ? 6 : 3) ? { number: shape.number, title, span, ...(shape.rest && span === 1 ? { rest: shape.rest } : {}) } : null;
}

// "Recommendation 2" above an amendment's story ("Councillor Smith moved an amendment …, which was lost").
const AMENDMENT = /\b(?:moved|seconded|proposed)\b.{0,80}\bamendment\b|\bamendment\b.{0,160}\b(?:was|were)\s+(?:lost|carried|put|defeated|withdrawn|not\s+carried)\b/i;

// Under the work programme item, a point recorded as what will happen ("· An update on the speed watch
// scheme would be requested for the October meeting", "… would be added to the work programme of the
// Economy Panel"): a change the committee agreed to its programme, proposed less certainly.
const PROGRAMME_POINT = /\bwould\s+be\s+(?:requested|checked|added|included|scheduled|arranged|invited|sought|brought|circulated)\b/i;
function workProgrammePoint(p: Para, itemTitle: string | null): Marker | null {
  if (!p.bullet || itemTitle === null || !/\bwork\s+(?:programm|plan)/i.test(itemTitle) || !PROGRAMME_POINT.test(p.text)) return null;
  return { kind: 'agreed', strong: false, rest: p.text };
}

const BULLET_DECISION = /^(?:Agreed|Approved|Endorsed|Delegated|Supported|Accepted|Adopted|Rejected|Authorised|Authorized|Requested|Resolved)\s+(?!by\b)\S/;

/** The marker a paragraph opens with; numbered discussion points and other labelled text open none. */
function markerOf(p: Para): Marker | null {
  if (p.table) return null;
  // "· Agreed removal of funding at 15 sites", "· Delegated the authority to …": a decision page's bulleted decisions,
  // each told in the past tense, its verb kept.
  if (p.bullet && BULLET_DECISION.test(p.text)) return { kind: 'resolved', strong: true, rest: p.text };
  // "• Decisions" among "• Calendar", "• Committees", "• Subscribe to updates": a site's menu, no heading of decisions.
  if (p.bullet && /^(?:decisions?|resolutions?|decisions?\s+taken|outcomes?)$/i.test(p.text)) return null;
  if (p.label?.kind === 'rec') return AMENDMENT.test(p.text) ? null : { kind: 'recommendations', strong: true, rest: '' };
  if (p.label?.kind === 'act') return { kind: 'action', strong: true, rest: '' };
  // "(2) RESOLVED that …" in minutes that number every paragraph: the number is the paragraph's, the
  // marker opens the resolutions.
  if (p.label && (p.label.kind === 'num' || p.label.kind === 'alpha') && p.label.wrap === '()' && /^(?:it\s+was\s+)?(?:RESOLVED|AGREED|DECIDED)\b/.test(p.text)) return detectMarker(p.text);
  if (p.label) {
    // A numbered discussion point that goes on to a decision in a later sentence ("(c) the county lines
    // work. … The Committee requested that a briefing be held."): that sentence, less certainly.
    const m = /\b(?:requested|asked|agreed|request\s+was|would\s+be|undertook)\b/i.test(p.text) && /[.!?]\s+[A-Z]/.test(p.text) ? detectMarker(p.text) : null;
    return m && !m.strong && m.kind === 'agreed' && !p.text.startsWith(m.rest) ? m : null;
  }
  return detectMarker(p.text);
}

interface OpenItem {
  item: ParsedMinutesItem;
  strong: RawResolution[];
  weak: RawResolution[];
  /** Paragraphs outside every resolution block: read for unmarked resolutions if no marker was found. */
  loose: Para[];
  /** All the item's words, for a stated count of recommendations. */
  words: string[];
  /** A decisions list's entry whose status says it was decided. */
  decided?: true;
}

export function assemble(paras: readonly Para[], committee: string | null = null, forcedItems: readonly string[] = [], scrutinyPage = true): ParsedMinutesItem[] {
  const forced = forcedItems.length > 0 ? new Set(forcedItems) : null;
  const numbered = walk(paras, false, forced, committee, scrutinyPage);
  // An issue page for one meeting ("Meeting: 10/10/2013 - … (Item 42)") whose heading was lost: its one
  // item of decisions is that item.
  const decided = numbered.filter((i) => i.resolutions.length > 0);
  if (forcedItems.length === 1 && decided.length === 1 && decided[0]!.number === null) decided[0]!.number = forcedItems[0]!;
  // Minutes that number none of their items: read their headings from lines in capitals instead.
  if (forced || numbered.some((i) => i.number !== null) || !numbered.some((i) => i.resolutions.length > 0)) return numbered;
  const unnumbered = walk(paras, { committee }, null, committee, scrutinyPage);
  return unnumbered.some((i) => i.title !== null) ? unnumbered : numbered;
}

/** Index of the web page's "Minutes:"/"Decision:" label that ends the agenda text begun at `from`, or -1. */
function agendaEnd(paras: readonly Para[], from: number): number {
  for (let k = from; k < paras.length && k < from + 80; k++) {
    const p = paras[k]!;
    // (… or the label alone on its line, colon lost: "Decision" above a decision list's points.)
    if ((MINUTES_LABEL.test(p.text) || /^decision$/i.test(p.text)) && !p.label) return k;
    // A "Minutes:" label with its words on the same line ("Minutes of Previous Meeting … Minutes: Minute 26/24"): the
    // minutes have begun, so what comes before a later label is no agenda text to pass over.
    if (/\bMinutes:\s+\S/.test(p.text) && !p.label) return -1;
    // The next item's heading ends the search; a numbered line of the agenda's own text ("1  To highlight
    // reports …") does not.
    const shape = p.label || p.table ? null : headingShape(p.head);
    if (shape && (shape.bare || shape.explicit || shape.web || isCaps(shape.title))) return -1;
  }
  return -1;
}

const APPROVED_ALL = /^(?:that\s+)?(?:to\s+)?(?:approve|agree|accept|adopt|endorse)\s+the\s+recommendations?(?:\s+(?:in|of|set\s+out\s+in)\s+the\s+report)?\.?$/i;

/** Drops a resolution printed twice in one item (ModernGov's "Decision:" repeated at the end of "Minutes:"). */
function dedupe(found: RawResolution[]): RawResolution[] {
  const out: RawResolution[] = [];
  // ("Decision:" with its points, then "Minutes: … The Committee resolved:- to approve the recommendations.": the same decision
  // told again in brief after the decision in full, unlabelled or under a label already used ("(i) to approve the recommendation;
  // and (ii) …" after "(i) to note …; and (ii) …"); not "(a) That the report be noted; and (b) To approve the recommendations.",
  // two decisions of one list.)
  const labelsDecided: Array<string | null> = [];
  for (const r of found) {
    const retold = APPROVED_ALL.test(r.text.trim()) && labelsDecided.length > 0 && (r.label === null || labelsDecided.includes(r.label));
    if (retold) continue;
    labelsDecided.push(r.label);
    // The copies may differ in their labels only where one lost them: the labelled copy is kept.
    const k = out.findIndex((q) => (q.label === r.label || q.label === null || r.label === null) && sameWords(q.text, r.text) >= 0.9);
    if (k < 0) out.push(r);
    else if (out[k]!.label === null && r.label !== null) out[k] = r;
  }
  return out;
}

function walk(paras: readonly Para[], unnumbered: false | { committee: string | null }, forced: ReadonlySet<string> | null, committee: string | null, scrutinyPage: boolean): ParsedMinutesItem[] {
  const items: OpenItem[] = [];
  const ctx: ItemContext = { lastNumber: null, headings: 0, allCaps: true };
  let block: Block | null = null;
  let agendaUntil = agendaEnd(paras, 0);

  // Before any heading: the paragraphs are kept here, and an item made only if resolutions turn up.
  const before: OpenItem = { item: { number: null, title: null, resolutions: [] }, strong: [], weak: [], loose: [], words: [] };
  const current = (): OpenItem => {
    let open = items[items.length - 1];
    if (!open) {
      // Resolutions printed before any heading still need an item to sit under.
      open = before;
      items.push(open);
    }
    return open;
  };
  const here = (): OpenItem => items[items.length - 1] ?? before;
  const close = (): void => {
    if (!block) return;
    const found = block.finish();
    if (found.length > 0) {
      const open = current();
      (block.marker.strong ? open.strong : open.weak).push(...found);
    }
    block = null;
  };

  // Past a "Matters arising" or action-log line (an item of its own or a line in a table): until the
  // next heading, "Minute N – …" refers back to earlier minutes.
  let arising = false;
  for (let i = 0; i < paras.length; i++) {
    let p = paras[i]!;
    const heading = headingAt(paras, i, ctx, block, unnumbered, forced, arising);
    arising = heading ? MATTERS_ARISING.test(heading.title) : arising || (!p.table && MATTERS_ARISING.test(p.text) && p.text.length < 60);
    if (heading) {
      close();
      items.push({ item: { number: heading.number || null, title: heading.title.replace(/\s*\bpdf\s+icon\s*$/i, '') || null, resolutions: [] }, strong: [], weak: [], loose: [], words: [], ...(heading.decided ? { decided: true as const } : {}) });
      if (heading.number !== '') ctx.lastNumber = numberParts(heading.number);
      ctx.headings += 1;
      ctx.allCaps = ctx.allCaps && isCaps(heading.title);
      i += heading.span - 1;
      agendaUntil = agendaEnd(paras, i + 1);
      if (!heading.rest) continue;
      p = { text: heading.rest, head: heading.rest, label: null, bullet: false, indent: p.indent, blankBefore: true, table: false };
    }
    here().words.push(p.text);
    // A web page's agenda text before "Minutes:" ("Recommendation: That Full Council resolves to: …") is
    // what the meeting was asked, not what it decided.
    if (i < agendaUntil) continue;
    if (p.table) {
      close();
      here().loose.push(p);
      // A ModernGov table's row ends an item: the next row's agenda text runs to its own "Minutes:" label.
      if (/^\|[\s|]*\|$/.test(p.text)) agendaUntil = agendaEnd(paras, i + 1);
      continue;
    }
    // A bare number that is no heading is a page number left in the text: the paragraph reads on past it.
    if (!p.label && headingShape(p.head)?.bare) continue;
    if (p.text === '') {
      // A label alone on its line ("(a)" above its words, as PDFs print it) takes the next paragraph as its words.
      const next = paras[i + 1];
      if (!p.label || !next || next.label || next.table) continue;
      p = { ...next, label: p.label, bullet: false, indent: p.indent, blankBefore: p.blankBefore };
      i += 1;
    }
    // A decision page's "Reason for decision" heading, its field label lost: the reason below it is no
    // decision.
    if (REASON_HEADING.test(p.text)) {
      close();
      if (paras[i + 1] && !paras[i + 1]!.label && !paras[i + 1]!.table) i += 1;
      continue;
    }
    const flagged = p.label || p.table ? null : flaggedActions(p.text);
    if (flagged) {
      close();
      const open = current();
      open.loose.push({ ...p, table: true });
      open.strong.push(...flagged.map((t): RawResolution => ({ label: null, text: tidyText(t, []), preamble: '', marker: ACTION_MARKER, found: 'action-line', uncertain: false })));
      continue;
    }
    if (block) {
      const marker = markerOf(p);
      if (marker?.strong && p.label?.kind !== 'rec' && p.label?.kind !== 'act') {
        // "The Chair agreed to write to …" then "ACTION: Councillor Rice": the narrative sentence is the
        // action that line names.
        const named = namesOwner(marker);
        // ("Resolved:- That partners discuss …" then "ACTION:- All Board members": who acts on the resolution just read.)
        if (named && block.marker.strong && block.marker.kind !== 'action') {
          close();
          continue;
        }
        const single: RawResolution[] = named && !block.marker.strong ? block.finish() : [];
        if (single.length === 1) {
          block = new Block({ ...marker, rest: single[0]!.text });
          block.found = 'action-line';
          continue;
        }
        // A web page's "Decision:" label whose text tells the story before its own "RESOLVED: …": the story is
        // no decision.
        if (block.marker.label && !marker.label && marker.kind === 'resolved' && block.toldOnly) block = null;
        close();
        here().loose.push({ ...p, table: true });
        block = new Block(marker);
        continue;
      }
      if (block.feed(p, paras[i + 1])) continue;
      close();
    }
    const marker: Marker | null = markerOf(p) ?? workProgrammePoint(p, here().item.title);
    if (!marker) {
      here().loose.push(p);
      continue;
    }
    const open = current();
    const prev = open.loose[open.loose.length - 1];
    const ownerOnly = namesOwner(marker);
    // ("Resolved:- That partners discuss …" then "ACTION:- All Board members": who acts on the resolution just read, the
    // marker's place held by a table line.)
    if (ownerOnly && prev?.table === true && open.strong.length > 0) continue;
    if (ownerOnly && prev && !prev.table && !prev.label) {
      // "ACTION: Councillor Rice" under a paragraph: that paragraph is the action, and this names who acts.
      open.loose.pop();
      block = new Block({ ...marker, rest: prev.text });
      block.found = 'action-line';
      continue;
    }
    // A marker between loose paragraphs breaks them: a list before it does not end the item.
    open.loose.push({ ...p, table: true });
    if (marker.more) {
      // The paragraph's other narrative decisions, each a resolution of its own.
      const { more, ...first } = marker;
      const own = new Block(first);
      (first.strong ? open.strong : open.weak).push(...own.finish(), ...more.flatMap((t) => new Block({ ...first, rest: t }).finish()));
      continue;
    }
    block = new Block(marker);
    if (p.label?.kind === 'rec' || p.label?.kind === 'act') block.feed(p);
  }
  close();
  const early = items.includes(before) ? [] : unmarkedResolutions(before.loose);
  if (items.length === 0 && early.length > 0) items.push(before);
  // (Also where headings follow: a page cut above its first item's heading, "1. That the update … be noted." … "4. That the
  // Mayor make representation …", then "Declarations of Interest"; only where each is worded "That …", since a page's
  // opening notes, "Members are asked to declare …", are no decisions.)
  else if (early.length > 0 && early.every((r) => /^that\s/i.test(r.text))) items.unshift(before);

  return items.map(({ item, strong, weak, loose, words, decided }) => {
    // Where formal resolutions exist, the narrative "agreed that" sentences only repeat them; where no
    // marker at all was found, a labelled list or "That …" paragraph is proposed, less certainly.
    // A narrative request ("Members asked that …"), or a proposal a later sentence says was agreed,
    // beside formal resolutions is kept when none of them says the same: less certain.
    const requests = strong.length > 0 ? weak.filter((w) => (REQUEST.test(w.text) || EXECUTIVE_APPROVED.test(w.text) || w.marker.confirmed === true) && !strong.some((r) => sameWords(r.text, w.text) >= 0.5)) : [];
    const later = strong.length > 0 ? laterLists(loose).filter((w) => !strong.some((r) => sameWords(r.text, w.text) >= 0.8)) : [];
    // Where the only formal decision is the meeting's own business ("The Chairman agreed to the addition of the following
    // item of urgent business"), a "That …" paragraph after it is the item's decision.
    const housekeepingOnly = strong.length > 0 && strong.every((r) => PROCEDURAL.some((re) => re.test(r.text)));
    const thatAfter = housekeepingOnly ? unmarkedResolutions(loose.slice(loose.findIndex((q) => q.table) + 1)).filter((r) => /^that\s/i.test(r.text) && !PROCEDURAL.some((re) => re.test(r.text)) && !strong.some((q) => sameWords(q.text, r.text) >= 0.8)) : [];
    // With no formal marker, a labelled list of resolutions closing the item ("1) Officers pass on the
    // Committee's thanks …; 2) …") is the decision (a page whose "RESOLVED" or "Decision:" label was lost), and the
    // narrative above it only tells how it was reached.
    const unmarked = strong.length === 0 ? unmarkedResolutions(loose) : [];
    // (So is a resolution whose "RESOLVED that" was lost from its start, "the draft report be approved.".)
    // (And a "That …" paragraph standing alone after the story, "That the filling of the vacancies be pursued."; not
    // the minutes approved, which open an item whose own heading may have been lost above the story.)
    // ("That the minutes be noted and that a report be brought to the next meeting …": a noting joined to a request is no
    // housekeeping.)
    const thatList = (unmarked.length >= 2 && unmarked.every((r) => r.label !== null)) || unmarked.some((r) => r.lostMarker === true || (/^that\s/i.test(r.text) && (!PROCEDURAL.some((re) => re.test(r.text)) || (/,?\s+and\s+that\s+/i.test(r.text) && classify(r, item.title, committee, scrutinyPage).kind !== 'procedural'))));
    // A decisions list's entry marked decided whose page prints no decision text, only its summary ("To approve the
    // change request …"): the summary is what was decided.
    const summary = decided && strong.length === 0 && weak.length === 0 && unmarked.length === 0 ? loose.find((p) => !p.table && !p.label && SUMMARY_DECISION.test(p.text) && p.text.length < 400) : undefined;
    const summarised: RawResolution[] = summary ? [{ label: null, text: tidyText(summary.text, []), preamble: '', marker: SUMMARY_MARKER, found: 'summary', uncertain: true }] : [];
    // (Beside them, a pre-decision scrutiny's verdict on another report, "Following scrutiny, members were supportive of the
    // recommendations to be considered by Cabinet Board.", is a decision of its own.)
    const beside = thatList ? weak.filter((w) => isVerdict(w.text) && !unmarked.some((r) => sameWords(r.text, w.text) >= 0.5)) : [];
    // (Where the only formal decision is the press and public excluded, the exempt item's heading lost after it, the
    // decisions told after it are that item's: "Members agreed to refer to Council approval of the recommendations".)
    const excludedOnly = housekeepingOnly && strong.every((r) => /\b(?:exclude|excluded|exclusion)\b[^.]{0,80}\b(?:public|press)\b|\b(?:public|press)\b[^.]{0,40}\bexcluded\b/i.test(r.text));
    const toldAfter = excludedOnly ? weak.filter((w) => !strong.some((r) => sameWords(r.text, w.text) >= 0.5)) : [];
    const chosen = dedupe(strong.length > 0 ? [...strong, ...requests, ...later, ...thatAfter, ...toldAfter] : weak.length > 0 && !thatList ? weak : unmarked.length > 0 ? [...unmarked, ...beside] : summarised);
    // "Decision: As detailed in the recommendation." above the minutes' own "RESOLVED: That the strategy be adopted.": the
    // pointer says nothing the resolution does not; alone, it is kept (a decision was made, its words are in the report).
    const pointers = chosen.filter((r) => POINTER.test(r.text));
    const kept = pointers.length > 0 && pointers.length < chosen.length ? chosen.filter((r) => !POINTER.test(r.text)) : chosen;
    // "6.1 the Corporate Strategy be reaffirmed;" and "6.2 …" under item 6's marker: the item's own numbered points, their
    // numbers read as paragraph numbers until here. Taken as labels where the first part is the item's number, or where two
    // or more points share it.
    const decimal = (t: string): string | null => /^(\d{1,3})\.\d{1,2}(?=\.?\s+\S)/.exec(t)?.[1] ?? null;
    const own = (raw: RawResolution): boolean => {
      const n = raw.label === null ? decimal(raw.text) : null;
      return n !== null && (n === item.number?.replace(/\.$/, '') || kept.filter((r) => r.label === null && decimal(r.text) === n).length >= 2);
    };
    item.resolutions = kept.map((raw) => ({
      label: own(raw) ? (/^\d{1,3}\.\d{1,2}/.exec(raw.text)?.[0] ?? null) : raw.label,
      text: own(raw) ? raw.text.replace(/^\d{1,3}\.\d{1,2}\.?\s+/, '') : raw.text,
      ...classify(raw, item.title, committee, scrutinyPage),
      // A decision told in the discussion ("The Committee agreed that …", "officers would circulate …", "The Panel
      // recommended that …"): every weak marker is the discussion's wording, so it was found there, not after a "Resolved" line.
      found: raw.found === 'after-marker' && !raw.marker.strong ? 'narrative' : raw.found,
      ...(raw.uncertain || !raw.marker.strong ? { uncertain: true } : {}),
    }));
    const stated = statedCount(words.join('\n'));
    if (stated) item.statedCount = stated;
    return item;
  });
}
