// A resolution block: the paragraphs after a marker, split into resolutions by their labels, with
// sub-points and bullets kept with the resolution they belong to, and the block's end found.
import type { Para } from './paragraphs';
import type { ParsedResolution } from './types';
import { DECIDER_HEADING, PAGE_FIELD, detectMarker, type Marker } from './markers';
import { isFirstValue, nextValue, readLabel, type Label } from './labels';
import { looksLikeResolution, splitInline, tidyText } from './wording';

/** One resolution as the block found it, before classification. */
export interface RawResolution {
  label: string | null;
  text: string;
  /** The words that introduced the list ("That it be recommended to the executive:"): they say who it is for. */
  preamble: string;
  marker: Marker;
  /** Why it was found: after a marker, in a labelled list with no marker, named by an "Action:" line, as a decisions list's
   * summary line, or in the discussion (assemble sets this last one from a weak marker). */
  found: NonNullable<ParsedResolution['found']>;
  /** Found without a marker: the officer should look at it before importing. */
  uncertain: boolean;
  /** Its words open in lower case where "RESOLVED that" was lost ("the draft report be approved."). */
  lostMarker?: true;
}

interface Entry {
  label: Label | null;
  text: string;
  subs: string[];
  indent: number;
  /** A second list's lead-in, after the block's first resolution ("… the Panel wish to make the following comments:"). */
  lead?: true;
  /** The lead-in of the list this entry belongs to, where it is not the block's own. */
  preamble?: string;
}

type Style = 'plain' | 'bullet' | string;

const ENDS_SENTENCE = /[.;!?]["'’”)]?$/;
// A line of names ("Councillor Bell – Vice-Chair …"): one of a list, never the rest of a sentence.
const LIST_LINE = /^(?:councillors?|cllrs?|mr|mrs|ms|dr|the\s+rt)\b/i;
const firstWord = (text: string): string => (/^\S+/.exec(text)?.[0] ?? '').toLowerCase();
// "…; and" or "…, or" ends an item of a list whose labels were lost: the next paragraph is the next item.
const LIST_END = /[;,]\s*(?:and|or)$/i;
const DANGLING = /\b(?:the|a|an|of|to|and|or|for|in|on|with|by|at|from|that|be|is|are|its|their|his|her)$/i;
// An "Action:" line that only names who acts ("Action: Scrutiny Officer"): no resolution of its own.
export const OWNER_ONLY = /^(?:[A-Z][\w'’.-]*|and|of|for|the|&|\/|,)(?:[\s,/]+(?:[A-Z][\w'’.-]*|and|of|for|the|&))*\.?$/;
// A lead-in whose list items are resolutions of their own ("That it be recommended to the Cabinet that:"),
// unlike one whose list completes a single resolution ("... recommends the inclusion of:").
// "… be approved subject to the following changes:": the points complete one resolution, not a list of them.
const SUBJECT_TO = /\bsubject\s+to\s+the\s+following\b[^:]{0,40}[:\-–—]\s*$/i;
const SUBJECT_TO_SAID = /\bsubject\s+to\s+the\s+following\s+(?:amendments?|changes?|conditions?|additions?)\s*[.:]?$/i;
// (… and "that the following additional issues be added to the Work Programmes indicated:"; "That the following be
// approved." with a full stop, LEAD_APPROVES.)
// (… "That the following be commended to the Borough Council Cabinet", its colon never printed.)
const LEAD_APPROVES = /^that\s+the\s+following\s+be\s+(?:approved|agreed|adopted|commended|recommended|endorsed)(?:\s+to\s+(?:the\s+)?[^.:]{3,80})?\s*[.:]?$/i;
// (… and "… be advised to approve Option A so that;", the colon printed as a semicolon.)
const LIST_LEAD = /\bso\s+that\s*;$|(?:\bthe\s+following\s+(?:additional\s+|further\s+|new\s+)?(?:issues?|items?|topics?|matters?|areas?|actions?|points?)\s+(?:to\s+)?be\s+(?:added|included|considered|scheduled)\b[^.]{0,100}|\bthat|\bto|as\s+follows|the\s+following(?:\s+[\w-]+){0,3}|\b(?:executive|cabinet|council|committee|panel|board|commission|mayor|leader|member|partners?|officers?)|recommendations?|resolutions?|actions?|\bit\s+be\s+recommended|^that\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,4}(?:agreed|resolved|decided))\s*[:\-–—]$/i;

// "RESOLVED – That Full Council be recommended" with the numbered list below: a lead-in that ends on its verb,
// its colon lost.
const OPEN_VERB = /^that\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:be\s+recommended|recommends?|resolves?|agrees?|requests?)(?:\s+to)?\s*$/i;

// "RECOMMENDED to Council that" with the numbered points below: whom the list goes to, its colon never printed.
const TO_BODY_THAT = /^[Tt]o\s+(?:the\s+)?(?:full\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for)){0,6}\s+that\s*$/;

// A dash that ends a lead-in: a hyphen after a space, or an en or em dash even run onto the word (a
// hyphen run onto a word is a word broken at the line's end).
const LEAD_DASH = /\s[-–—]$|[A-Za-z)][–—]$/;

/**
 * Every later label printed as the first one is ("(1) … (2) …"): the same list run onto one line. Labels
 * printed otherwise ("a. … ; b) …") may be the officer's to split, so the review offers it instead.
 */
function samePrinting(text: string, first: Label, values: readonly string[]): boolean {
  const open = first.wrap === '()' ? '(' : '';
  const close = first.wrap === '()' || first.wrap === ')' ? ')' : '.';
  return values.every((v) => text.includes(`${open}${v}${close}`) && (open === '(' || !text.includes(`(${v}${close}`)));
}

function family(label: Label): string {
  return `${label.kind}${label.wrap}`;
}

function styleOf(p: Para, top: Style | null, lastTop: Label | null): Style {
  const label = p.label;
  if (!label) return p.bullet ? 'bullet' : 'plain';
  if (label.ambiguous && lastTop) {
    // "(i)" after "(h)" is a letter; after "(ii)" or under "(a)" it is a roman numeral.
    const asLetter = nextValue(lastTop.value, lastTop.kind) === label.value && (lastTop.kind === 'alpha' || lastTop.kind === 'ALPHA');
    const kind = asLetter ? lastTop.kind : label.kind === 'ALPHA' ? 'ROMAN' : 'roman';
    return `${kind}${label.wrap}`;
  }
  if (label.ambiguous && (top === null || lastTop === null)) {
    const kind = label.value.toLowerCase() === 'i' ? (label.kind === 'ALPHA' ? 'ROMAN' : 'roman') : label.kind;
    return `${kind}${label.wrap}`;
  }
  return family(label);
}

// "RECOMMENDED that the Scrutiny Management Panel": "that" and a body's name in capitals, nothing it does.
// (… and "That Members of the Non-Statutory Licensing Committee:" above "1. Approved …", "2. Confirmed …".)
const BODY_ONLY = /^[Tt]hat\s+(?:[Mm]embers\s+of\s+)?(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for|&))*\s+(?:[A-Z][\w'’&-]*)\s*:?\s*$|^[Tt]hat\s+(?:the\s+)?[A-Z][\w'’&-]*\s*:?\s*$/;

// Narrative that a web page's "Decision:" label may hold before the resolution itself ("Councillor Fox
// presented the recommendations ...", "Member's attention was drawn to ...").
// "Council considered a report of the Director …": the report the decision was made on, told before it.
// (… after a reference back, "Further to Minute No. 236 of the Cabinet meeting held on 3 March 2011, the Council considered a report",
// "Pursuant to Minute 296 …, the Cabinet Committee received a report"; or "This report considered a request from …", "The three
// boards have a statutory responsibility to publish …".)
// (… or what the report told: "The report provided the Council with an updated Covenant for approval …".)
const REPORT_CONSIDERED = /^(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:has|have)\s+a\s+statutory\s+(?:responsibility|duty)\b|^this\s+report\s+(?:considered|sought|set\s+out|asked|presented|proposed)\b|^(?:(?:further|pursuant)\s+to\s+minute\s+(?:no\.?\s*)?[\w/.]{1,12}\b[^,]{0,80},\s*)?(?:\S+\s+){0,4}?(?:considered|received)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?report\b|^the\s+(?:report|paper|presentation)\s+(?:provided|set\s+out|outlined|sought|informed|presented|detailed|explained|gave|updated|summarised|described)\b/i;

const RECS_AGREED = /^the\s+(?:officer\s+|report['’]s\s+)?recommendations?\b[^.]{0,80}?\b(?:were|was)\s+(?:\w+ly\s+)?(?:agreed|approved|accepted|endorsed|adopted)\.?$/i;

// Someone opening the item with news ("Cllr Briscoe began by announcing that …", "The Chair opened by informing Members …").
// (… or the motion's course: "Cllr Dignum requested an amendment to the recommendations which were discussed and then seconded".)
const BEGAN_BY = /^(?:\S+\s+){1,5}?(?:began|opened|started)\s+(?:the\s+(?:item|meeting|discussion)\s+)?by\s+(?:announcing|informing|advising|explaining|reporting|thanking|welcoming|reminding)\b|^(?:\S+\s+){1,5}?(?:requested|moved|proposed|seconded)\s+(?:an?\s+)?amendments?\s+to\s+the\s+(?:recommendations?|motion|report|resolution)\b/i;

// A lead-in that decides something itself before it introduces more ("agreed the findings … and also agreed the
// following additional recommendations:"), and points below it that each say who decides what.
const ALSO_FOLLOWING = /\b(?:agreed|approved|endorsed|accepted|adopted)\b[^:]{0,200}\band\s+(?:also\s+|further\s+)?(?:agreed|approved|made|resolved)\s+(?:the\s+)?following\b[^:]{0,60}:\s*$/i;
const OWN_DECISION = /^(?:that\b|(?:this|the)\s+(?:committee|panel|board|commission|cabinet|executive|council)\s+(?:\w+ly\s+)?(?:requests?|recommends?|asks?|urges?|calls?\s+on)\b)/i;
// A decision told in the deciding body's name: "The Cabinet approved the virement …", "The Committee agreed to recommend …".
const BODY_TOLD = /^the\s+(?:cabinet|council|committee|sub-committee|executive|board|panel)\s+(?:also\s+|further\s+)?(?:agreed|approved|resolved|decided|endorsed|delegated|authorised|authorized|noted|recommended)\b/i;

/** `b` is the label after `a` in its sequence; a lone "i" may be a letter or a roman one. */
const followedBy = (a: Label, b: Label): boolean => nextValue(a.value, a.kind) === b.value || (a.ambiguous && nextValue(a.value, a.kind === 'ALPHA' ? 'ROMAN' : 'roman') === b.value);

// A point worded as an order, its verb first in capitals (or as done): "Approve the …", "Agree that …", "Delegate authority to …".
// (… or told in the past, as Welsh minutes do: "(1) Endorsed the actions undertaken …;" then "Approved the … Report 2016-17.")
const IMPERATIVE_POINT = /^(?:Approve|Agree|Delegate|Authorise|Authorize|Endorse|Adopt|Instruct|Request|Recommend|Refer|Allocate|Release|Commission|Confirm|Establish|Accept|Support)(?:e?d)?\s+(?:that|to|the|a|an|authority|delegated|its|their|all|any|this|these|further|officers?|[A-Z£\d])/;
export const NARRATIVE = /^(?:\S+\s+){0,8}?(?:\([^)]{0,80}\)\s+)?(?:was|were|had|has|presented|introduced|reported|explained|advised|informed|outlined|submitted|gave|drew|referred|stated|said|commented|thanked|welcomed|heard|discussed|debated|questioned|expressed|made|highlighted|emphasi[sz]ed|stressed|summari[sz]ed|pointed\s+out|indicated)\b/i;

// One short line of a list whose labels were never printed ("A 7.5T weight restriction on Mill Lane."): no
// resolution's wording, no narrative.
const SHORT_POINT = (text: string): boolean => text.split(/\s+/).length <= 20 && !looksLikeResolution(text) && !NARRATIVE.test(text) && !/^(?:it|this|there)\s+(?:is|was|were)\b/i.test(text);

// A second list's lead-in that asks or decides ("the Panel wish to make the following comments as learning points:",
// "… and further agreed the following:"), unlike one that only tells the discussion ("Members raised the following points:").
const SECOND_LEAD = /\b(?:wish(?:es|ed)?\s+to|agreed|resolved|decided|recommend\w*|request\w*|learning\s+points?)\b/i;

// A topic named in a few words with no verb of its own ("Baseline study/pathways for specific categories of enforcement").
// "(i) Maintains the existing protected groups." under "That the Council Tax Reduction Scheme for 2019/20:": each point a
// sentence of its own, its verb first, not a topic.
const VERB_FIRST = /^[A-Z][a-z]+s\s+(?:the|a|an|its|their|that|all|any)\b/;
const TOPIC = (text: string): boolean => text.split(/\s+/).length <= 24 && /^[A-Z]/.test(text) && !looksLikeResolution(text) && !/\b(?:be|is|are|was|were|will|would|should|shall|must|has|have|had)\b/i.test(text) && !/[;:]$/.test(text);

// A lead-in whose verb takes each point below it as its object ("that Council approve:", "… give approval to:-").
const APPROVES_EACH = /\b(?:approve|approves|agree|agrees|adopt|adopts|endorse|endorses|give\s+approval\s+to)\s*:[-–—]?$/i;

// A title: a few words in title case, no verb and no full stop ("Terms of Reference of the Housing Panel").
const TITLE_ONLY = (text: string): boolean => {
  const words = text.split(/\s+/);
  const long = words.filter((w) => /^[A-Za-z]{4,}/.test(w));
  return words.length <= 16 && !/[.;:]$/.test(text) && long.length > 0 && long.filter((w) => /^[A-Z]/.test(w)).length / long.length >= 0.6 && !/\b(?:be|is|are|was|were|will|should|shall|that)\b/i.test(text);
};

export class Block {
  readonly marker: Marker;
  found: RawResolution['found'] = 'after-marker';
  uncertain = false;
  private preamble = '';
  private entries: Entry[] = [];
  private top: Style | null = null;
  private topIndent = 0;
  private lastTop: Label | null = null;
  // Short points were taken under a colon across blank lines (see feed).
  private spacedPoints = false;
  private thatLead = false;
  // The lead-in of a second list after the block's first resolution, for that list's points.
  private listPreamble: string | null = null;

  constructor(marker: Marker) {
    this.marker = marker;
    const rest = marker.rest.trim();
    if (rest === '') return;
    if (marker.kind === 'action' && rest.split(/\s+/).length <= 6 && OWNER_ONLY.test(rest)) return;
    if (marker.strong && DECIDER_HEADING.test(rest)) return;
    // A marker's words that end on a colon or dash ("RESOLVED - subject to advice from Legal -", "… and
    // suggestions–", an en dash run onto the word) or only say what kind of resolution follows
    // ("Resolved to RECOMMEND: (to Council)", "RESOLVED to" above bullets) introduce a list.
    if ((LIST_LEAD.test(rest) && !SUBJECT_TO.test(rest)) || LEAD_APPROVES.test(rest) || OPEN_VERB.test(rest) || marker.lead || LEAD_DASH.test(rest) || (/:$/.test(rest) && rest.split(/\s+/).length <= 8) || (/^to\s+recommend\b/i.test(rest) && !ENDS_SENTENCE.test(rest)) || /^to\s*[:\-–—]?$/i.test(rest) || TO_BODY_THAT.test(rest)) {
      this.preamble = rest;
      return;
    }
    // "RESOLVED – that (A) the report be received; and" then "(B) ...": the list starts inside the marker's line.
    if (this.listInside(rest)) return;
    // "RESOLVED:   1. That ...": the list's first item printed on the marker's own line.
    const first = splitInline(rest) === null ? readLabel(rest) : null;
    if (first && first.rest.trim() !== '') {
      const p: Para = { text: first.rest.trim(), head: rest, label: first.label, bullet: false, indent: 0, blankBefore: true, table: false };
      this.add(p, styleOf(p, null, null));
      return;
    }
    // "RECOMMENDED that the Scrutiny Panel" with no verb: a lead-in whose list follows (or was lost).
    if (BODY_ONLY.test(rest)) {
      this.preamble = rest;
      return;
    }
    this.entries.push({ label: null, text: rest, subs: [], indent: 0 });
    this.top = 'plain';
  }

  /** "That (A) the report be received; and" (then "(B) …"): takes the lead-in and the list's first point. */
  private listInside(text: string): boolean {
    // (… or "RESOLVED to (1) approve associated changes …;" then "(2) approve …".)
    const lead = /^(?:that|to)\s+(?=\(?[A-Za-z0-9]{1,3}[.)]\s)/i.exec(text);
    const inList = lead ? readLabel(text.slice(lead[0].length)) : null;
    if (!lead || !inList || !isFirstValue(inList.label.value) || splitInline(text) !== null) return false;
    this.preamble = lead[0].trim();
    const p: Para = { text: inList.rest.trim(), head: text, label: inList.label, bullet: false, indent: 0, blankBefore: true, table: false };
    this.add(p, styleOf(p, null, null));
    return true;
  }

  /** The last top-level label, to tell the next label in the list from a heading with the same number. */
  get lastLabel(): Label | null {
    return this.lastTop;
  }

  /** Every paragraph read is unlabelled prose that is not worded as a resolution: a story, no decision. */
  get toldOnly(): boolean {
    return this.preamble === '' && this.entries.length > 0 && this.entries.every((e) => e.label === null && e.subs.length === 0 && !looksLikeResolution(e.text));
  }

  /** The block has read a lead-in ("… the following issues be added to the work programmes:") and no point yet. */
  get awaitsList(): boolean {
    return this.preamble !== '' && this.entries.length === 0;
  }

  private add(p: Para, style: Style): void {
    this.entries.push({ label: p.label, text: p.text, subs: [], indent: p.indent, ...(this.listPreamble !== null ? { preamble: this.listPreamble } : {}) });
    if (this.top === null || this.top === 'plain') {
      this.top = style;
      this.topIndent = p.indent;
    }
    if (p.label) this.lastTop = p.label;
  }

  private sub(entry: Entry, p: Para): void {
    entry.subs.push(p.label ? `${p.label.printed} ${p.text}` : p.text);
  }

  /** Takes `p` into the block, or returns false when `p` is past its end; `next` is the paragraph after it, if known. */
  feed(p: Para, next?: Para): boolean {
    // … and a footnote ("Note: * Briefing paper previously circulated") is past the block's end.
    // "(i) That the report be noted." then "Reason: To confirm …" then "(ii) That …" (a decision session's record): each
    // decision's reason, passed over, the list reading on.
    // ("Reasons:  (i) To conclude the review …" opens a list of reasons: past the block.)
    if (/^reasons?\s*:/i.test(p.text) && !/^reasons?\s*:\s*\(?[a-z0-9]{1,3}[.)]/i.test(p.text) && this.entries.length > 0 && !p.label) return true;
    if (p.table || PAGE_FIELD.test(p.text) || /^(?:minutes|decisions?)\s*:?\s*$/i.test(p.text) || /^(?:note|n\.?b\.?)\s*[:\-–—]\s*\*/i.test(p.text)) return false;
    // (A clerk's note in brackets after the decision, "(Note: the report contained information ‘not for the public’ …)", is passed over.)
    if (/^\(\s*(?:note|n\.?b\.?)\s*[:\-–—]/i.test(p.text) && /\)\.?$/.test(p.text)) return true;
    // A decision page's reason and rejected options, their field labels lost: "The strategy will help deliver the city's
    // priority …", "The alternative option of not producing a strategy would mean …". Past the decision.
    if (this.entries.length > 0 && !p.label && /^(?:the\s+(?:[\w'’-]+\s+){1,3}(?:will|would)\s+(?:help|enable|ensure|allow|support|deliver|improve|give)\b|the\s+alternative\s+options?\b|there\s+(?:were|are)\s+no\s+(?:other\s+)?alternative)/i.test(p.text)) return false;
    // "The Council considered the following recommendations set out in the Minutes:" then "Minute 160 – A12 Widening
    // Scheme" above "(ii) that the Council ratifies …": the committee's minute each recommendation came from, passed over.
    if (this.marker.strong && !p.label && /^minute\s+(?:no\.?\s*)?\d{1,4}\s*[-–—]\s*\S/i.test(p.text) && p.text.length < 200 && !looksLikeResolution(p.text)) return true;
    const style = styleOf(p, this.top, this.lastTop);
    const cur = this.entries[this.entries.length - 1];
    // "RESOLVED:" then "Decisions of the Cabinet" above "1. That …", and "Decision of the Leader of the Council" above "4. That …": a
    // sub-heading naming who decides the points below it, passed over.
    if (this.marker.strong && !p.label && DECIDER_HEADING.test(p.text)) return true;
    // How the vote went ("(Unanimous)", "Carried") and who moved it ("PROPOSED by Councillor X Seconded by
    // Councillor Y") say how the decision was made, not what: passed over.
    if (/^\(?\s*(?:unanimous(?:ly)?|carried(?:\s+unanimously)?|nem\.?\s*con\.?|agreed\s+unanimously)\s*\)?\.?$/i.test(p.text) || /^(?:proposed|moved)\s+by\b[^.]{0,120}\bseconded\s+by\b[^.]{0,80}\.?$/i.test(p.text) || /^\(?on\s+a\s+motion\s+(?:from|by|of)\b[^()]{0,160}\)?\.?$/i.test(p.text) || /^(?:votes?\s+taken\s*:|\(?\s*\d+\s+(?:in\s+favour|for)\b)[^.]{0,80}\bagainst\b[^.]{0,60}\.?\)?$/i.test(p.text)) return true;
    if (!cur) {
      // After a web page's "Decision:" label, the title of the report decided on ("Biodiversity Duty Plan
      // (2023-2026)") heads what follows; it is no decision.
      // (Or a longer title in title case: "Council Tax Premium on Long Term Empty Dwellings and Second Homes", or in capitals.)
      if (this.marker.label && style === 'plain' && this.preamble === '' && /^[^a-z]+$/.test(p.text) && p.text.length < 300 && !/[.;:]$/.test(p.text) && !/\b(?:RESOLVED|AGREED|APPROVED|DECIDED|NOTED|ENDORSED|ACCEPTED|REJECTED|DEFERRED|CARRIED)\b/.test(p.text)) return true;
      if (this.marker.label && style === 'plain' && this.preamble === '' && (p.text.split(/\s+/).length <= 8 || TITLE_ONLY(p.text)) && !/[.:;]$/.test(p.text) && !looksLikeResolution(p.text) && !/\b(?:be|is|are|was|were|to|that|agreed|approved|noted|resolved)\b/i.test(p.text)) return true;
      // After a web page's "Decision:" label, the narrative before the resolution is passed over.
      // ("This report considered a request from the Group to appoint …": the report told, whatever infinitive it holds.)
      // "Decision:" then "The recommendations, as set out in the report, were agreed.": the decision, told in the past.
      if (this.marker.label && style === 'plain' && this.preamble === '' && RECS_AGREED.test(p.text)) {
        this.entries.push({ label: null, text: p.text, subs: [], indent: 0 });
        this.top = 'plain';
        return true;
      }
      // (… and the chair's opening news: "Cllr Briscoe began by announcing that the Westgate centre would be used as …".)
      if (this.marker.label && style === 'plain' && this.preamble === '' && (((NARRATIVE.test(p.text) || REPORT_CONSIDERED.test(p.text)) && (!looksLikeResolution(p.text) || /^this\s+report\b/i.test(p.text))) || BEGAN_BY.test(p.text)) && !/^(?:noted|agreed|approved|resolved)\b/i.test(p.text)) {
        // … but a decision told inside that narrative ("A petition was presented. It was agreed that a written
        // response would be sent …") is what the label heads.
        const told = detectMarker(p.text);
        if (told && told.kind === 'agreed' && !told.strong && told.rest !== '') {
          for (const t of [told.rest, ...(told.more ?? [])]) this.entries.push({ label: null, text: t, subs: [], indent: 0 });
        }
        // "The Lead Officer highlighted the following:" above bullets: the report's points as told, no decisions; the
        // block ends there (the decision follows under its own "RECOMMENDED:").
        if (this.entries.length === 0 && /:\s*$/.test(p.text) && !SECOND_LEAD.test(p.text)) return false;
        return true;
      }
      if (style === 'plain') {
        // A decision page's "Decision:" then "That a) that the amount … shall be …", "b) that …" below.
        if (this.preamble === '' && this.listInside(p.text)) return true;
        // A decision page's "To approve that" alone on its line, its points below it as paragraphs of their own ("The
        // project proceeds through decision point 4 …", "Approval to the total scheme cost … is given"): the words only lead in.
        if (this.preamble === '' && this.marker.label && /^(?:to\s+)?(?:approve|agree|endorse)\s+that\s*[:\-–—]?$/i.test(p.text)) {
          this.preamble = p.text;
          this.thatLead = true;
          return true;
        }
        // "RESOLVED" then "That" alone on its line, the list below it: the word only leads in. (So does "That the Audit and
        // Governance Committee" above "1. Note …", "3. Recommend …".)
        if (this.preamble === '' && (/^that\s*[:\-–—]?$/i.test(p.text) || (BODY_ONLY.test(p.text) && next?.label !== undefined && next.label !== null))) {
          this.preamble = p.text;
          return true;
        }
        // "... the following duly appointed Reserve Member:" then a table of names: the lead-in was the resolution.
        // (A short line that starts in lower case, "adopt the strategy;", is the list's first item.)
        if (this.preamble !== '' && !looksLikeResolution(p.text) && p.text.split(/\s+/).length <= 5 && !/^[a-z]/.test(p.text)) return false;
        if (this.preamble === '' && ((LIST_LEAD.test(p.text) && !SUBJECT_TO.test(p.text)) || LEAD_APPROVES.test(p.text) || APPROVES_EACH.test(p.text)) && p.text.length < 240 && this.marker.strong) {
          this.preamble = p.text;
          return true;
        }
        // The first paragraph after a bare "Resolved:" is the resolution, whatever its wording.
        if (this.marker.rest !== '' && this.preamble === '' && !looksLikeResolution(p.text)) return false;
        this.add(p, 'plain');
        return true;
      }
      this.add(p, style);
      return true;
    }
    const curText = cur.subs[cur.subs.length - 1] ?? cur.text;
    // A colon, or a dash after a space ("… on the Service Challenge Groups –"), introduces sub-points.
    // (… or "That the following specific consultation, be approved, as detailed within the circulated report;": "the following"
    // leads what comes, whatever stop the line ends on.)
    const colon = /:$/.test(curText) || /:$/.test(cur.text) || LEAD_DASH.test(curText) || LEAD_DASH.test(cur.text) || (cur.subs.length === 0 && /^(?:that\s+)?the\s+following\b[^.]{0,200}[;,]$/i.test(cur.text));

    if (style === 'plain') {
      // "2. That, in respect of the responses at Appendix 2:" then "2.1 …", "2.2 …": the point's own numbered
      // sub-points, blank lines between them.
      const decimal = /^(\d{1,2})\.\d{1,2}\.?\s+\S/.exec(p.text);
      if (decimal && cur.label?.kind === 'num' && decimal[1] === cur.label.value && (colon || cur.subs.length > 0)) {
        this.sub(cur, p);
        return true;
      }
      // A sentence carried on (a lower-case or numeric start after an unfinished line: "held on" / "29th
      // October"), or any start after a line that broke off on a word no sentence ends with ("consult the"
      // / "Council's tenants", a page break or blank lines between).
      if ((/^[a-z0-9]/.test(p.text) || DANGLING.test(curText)) && !ENDS_SENTENCE.test(curText) && !LIST_END.test(curText)) {
        if (cur.subs.length > 0) cur.subs[cur.subs.length - 1] = `${curText} ${p.text}`;
        else cur.text = `${cur.text} ${p.text}`;
        return true;
      }
      if (this.top === 'plain') {
        if (!this.marker.strong) return false;
        // "That recommendations 31-35 be approved subject to the following amendments." then "Option 6 - that the charging
        // hours be …": short amendments that complete the one resolution, though its lead-in ends on a full stop.
        if (SUBJECT_TO_SAID.test(cur.text) && cur.subs.length < 12 && p.text.split(/\s+/).length <= 30 && !/^that\b/i.test(p.text) && !NARRATIVE.test(p.text)) {
          this.sub(cur, p);
          return true;
        }
        // A line printed straight after one that broke off mid-sentence (a page break between: "… at the
        // Royal" / "County Hospital by …") carries the sentence on.
        if (!p.blankBefore && !ENDS_SENTENCE.test(curText) && !/[:]$/.test(curText) && !LIST_END.test(curText) && !NARRATIVE.test(p.text) && !looksLikeResolution(p.text) && !LIST_LINE.test(p.text) && firstWord(p.text) !== firstWord(cur.text)) {
          if (cur.subs.length > 0) cur.subs[cur.subs.length - 1] = `${curText} ${p.text}`;
          else cur.text = `${cur.text} ${p.text}`;
          return true;
        }
        // "… the proposed orders identified below:" then one short line for each order, blank lines between
        // them: the points of that one resolution.
        if (colon && (!p.blankBefore || (SHORT_POINT(p.text) && cur.subs.every(SHORT_POINT)))) {
          if (p.blankBefore) this.spacedPoints = true;
          this.sub(cur, p);
          return true;
        }
        // "RESOLVED: The decision be freed for implementation." then "In respect of the decision the Panel wish to make
        // the following comments as learning points:" and "(1) …", "(2) …": a second list, its lead-in its own.
        if (ENDS_SENTENCE.test(curText) && cur.subs.length === 0 && /\bfollowing\b[^.]{0,80}:\s*$/i.test(p.text) && SECOND_LEAD.test(p.text) && p.text.length < 240 && !this.spacedPoints) {
          this.entries.push({ label: null, text: p.text, subs: [], indent: p.indent, lead: true });
          return true;
        }
        // After a decision page's "Decision:" label, "It is further recommended that …" is its next decision.
        // (… and "The Cabinet approved the virement …" after "The Cabinet agreed to recommend …": each decision told in the body's name.)
        if (this.marker.label && (/^it\s+(?:is|was)\s+(?:further\s+|also\s+)?(?:recommended|resolved|agreed|decided)\b/i.test(p.text) || (BODY_TOLD.test(p.text) && BODY_TOLD.test(cur.text)))) {
          this.add(p, 'plain');
          return true;
        }
        // Under a decision page's "To approve that", each paragraph is a point of its own until the page's next field.
        if (this.thatLead && !NARRATIVE.test(p.text) && p.text.length < 600) {
          this.add(p, 'plain');
          return true;
        }
        // Past short points spaced out under a colon, only a decision page's next decision goes on: anything
        // else ("The following points … to be added:-" after a minute's corrections) is other business.
        if (this.spacedPoints) return false;
        // After an item that ends "…;" or "…; and", the list goes on, whatever the next item's wording.
        const listGoesOn = (/;$/.test(curText) || LIST_END.test(curText)) && !NARRATIVE.test(p.text);
        if (looksLikeResolution(p.text) || listGoesOn || (!p.blankBefore && this.entries.length > 0 && this.preamble !== '')) {
          this.add(p, 'plain');
          return true;
        }
        return false;
      }
      // Under a list: a paragraph printed straight after an item (no blank line), or indented under one
      // that already has sub-points, still belongs to it.
      // A new sentence in capitals after an item that ended one ("…implemented;" then "To ensure that
      // Cabinet is fully briefed …", a decision page's reason with its label lost) is past the list.
      // (Not a sentence printed straight on that ends "…, and": the point goes on, and the next point follows.)
      // (Nor after sub-points that closed: "c) …; and" then "d) … Appendix F." then "Councillor Power moved that …".)
      const subsClosed = cur.subs.length >= 2 && /\.$/.test(curText) && /[;,]\s*(?:and|or)?$/i.test(cur.subs[cur.subs.length - 2]!);
      const newSentence = (cur.subs.length === 0 ? !colon && /[.;]$/.test(cur.text) : subsClosed) && /^[A-Z]/.test(p.text) && !/^that\b/i.test(p.text) && p.indent <= cur.indent && !(!p.blankBefore && LIST_END.test(p.text));
      // "(a) … (b) …" under "That … approval is given to proceed with:", then "That the Head of Property Services …
      // will deal with …": a resolution of its own after the list, its label never printed.
      if (p.blankBefore && this.marker.strong && /^That\s/.test(p.text) && ENDS_SENTENCE.test(curText) && looksLikeResolution(p.text)) {
        this.add(p, 'plain');
        return true;
      }
      // "v) Passmore Area – Cycling improvements - £96,500" then "It was agreed that all remaining funding … would be allocated …"
      // printed straight below it: a decision of its own, not the point's words carried on.
      if (!p.label && !colon && cur.subs.length === 0 && !DANGLING.test(curText) && /^(?:it\s+was\s+(?:also\s+|further\s+)?(?:agreed|resolved|decided)|(?:the\s+)?(?:committee|sub-committee|panel|board|members|cabinet)\s+(?:also\s+|further\s+)?(?:agreed|resolved|decided))\s+(?:that|to)\b/i.test(p.text)) return false;
      // "(i) That Council resolves Option B:" then "That the Council consultation submission … recommends that …" and "(ii) …": what the
      // point's colon opens, standing between it and the next label, belongs to it.
      if (colon && cur.label && cur.subs.length === 0 && next?.label && followedBy(cur.label, next.label) && !p.label && !p.table && p.text.length < 800) {
        this.sub(cur, p);
        return true;
      }
      // "5. There is a need for further consultation." then "What is the justification …?" then "6. …": a sentence that
      // carries the labelled sub-point on, the list going on after it.
      const lastSub = cur.subs.length > 0 ? readLabel(cur.subs[cur.subs.length - 1]!) : null;
      if (lastSub && next?.label && nextValue(lastSub.label.value, lastSub.label.kind) === next.label.value && !p.label && !p.table && p.text.length < 600) {
        cur.subs[cur.subs.length - 1] = `${cur.subs[cur.subs.length - 1]!} ${p.text}`;
        return true;
      }
      // "The Cabinet RESOLVED to:" then "1. Approve the … Programme …" and "Agree that the allocations … and delegate authority
      // to …": a point worded as the ones before it, verb first, its number lost; the list goes on.
      if (newSentence && this.marker.strong && !p.label && cur.subs.length === 0 && IMPERATIVE_POINT.test(p.text) && this.entries.every((e) => IMPERATIVE_POINT.test(e.text)) && !NARRATIVE.test(p.text) && p.text.length < 800) {
        this.add(p, 'plain');
        return true;
      }
      if (!newSentence && (!p.blankBefore || ((colon || cur.subs.length > 0) && p.indent > cur.indent + 1))) {
        if (colon || cur.subs.length > 0) this.sub(cur, p);
        else cur.text = `${cur.text} ${p.text}`;
        return true;
      }
      return false;
    }

    if (style === 'bullet') {
      // "Following consideration … the committee resolved to" then "· Add …", "· Seek …": a lead-in broken off at "to" or
      // "that", each bullet finishing it, one decision each.
      if (this.entries.length === 1 && cur.subs.length === 0 && !cur.label && /\b(?:resolved|agreed|decided)\s+(?:to|that)\s*[:\-–—]?$/i.test(cur.text)) {
        this.preamble = this.preamble === '' ? cur.text : `${this.preamble} ${cur.text}`;
        this.entries = [];
        this.top = null;
        this.add(p, style);
        return true;
      }
      if (this.top === 'bullet') {
        if (p.indent > this.topIndent + 1) this.sub(cur, p);
        else this.add(p, style);
        return true;
      }
      // An issue history's next dated entry ("• 08/09/2011 - Agenda item, …") is past the block.
      if (/^\d{1,2}\/\d{1,2}\/\d{2,4}\s*[-–—]/.test(p.text)) return false;
      if (colon || p.indent > cur.indent || !p.blankBefore || cur.subs.length > 0) {
        this.sub(cur, p);
        return true;
      }
      return false;
    }

    // A labelled paragraph.
    const label = p.label!;
    // (Also a lead-in that follows a first, unlabelled resolution: "Members requested that decision 5 below be added." then
    // "That having due regard to the assessment it be agreed that:" above "1. …".)
    const leads = cur.lead === true || (this.entries.length > 1 && !cur.label && cur.subs.length === 0 && LIST_LEAD.test(cur.text) && !SUBJECT_TO.test(cur.text) && cur.text.length < 240);
    if (this.top === 'plain' && leads && isFirstValue(label.value)) {
      // The second list's first point: its lead-in heads it and every later point.
      this.entries.pop();
      this.listPreamble = cur.text;
      this.top = null;
      this.add(p, style);
      return true;
    }
    if (this.top === 'plain') {
      if (this.entries.length === 1 && !cur.label && cur.subs.length === 0 && /:$/.test(cur.text)) {
        // "That the Committee:" then (a), (b): the lead-in is the list's preamble, each item a resolution.
        this.preamble = this.preamble === '' ? cur.text : `${this.preamble} ${cur.text}`;
        this.entries = [];
        this.top = null;
        this.add(p, style);
        return true;
      }
      if (colon) {
        this.sub(cur, p);
        return true;
      }
      // "RESOLVED: That the Council, having considered the responses," then "1) confirm that …": a lead-in that
      // lost its colon, its sentence unfinished, and each point finishes it.
      if (this.entries.length === 1 && !cur.label && cur.subs.length === 0 && /^that\b/i.test(cur.text) && !ENDS_SENTENCE.test(cur.text) && isFirstValue(label.value) && /^[a-z]/.test(p.text)) {
        this.preamble = this.preamble === '' ? cur.text : `${this.preamble} ${cur.text}`;
        this.entries = [];
        this.top = null;
        this.add(p, style);
        return true;
      }
      return false;
    }
    if (style === this.top) {
      // The list starting again at 1 or (a) is another list (discussion points after the resolutions);
      // "i)" after "h)" is not a restart.
      const first = isFirstValue(label.value) && !(this.lastTop && nextValue(this.lastTop.value, this.lastTop.kind) === label.value);
      // (Unless every point so far is "1." too: a web page's numbered list that lost its numbering, each point printed "1.".)
      const flattened = label.value === '1' && this.entries.every((e) => e.label?.value === '1');
      if (first && this.lastTop && !flattened) return false;
      this.add(p, style);
      return true;
    }
    if (this.top === 'bullet' || colon || cur.subs.length > 0 || p.indent > cur.indent || !p.blankBefore) {
      this.sub(cur, p);
      return true;
    }
    return false;
  }

  /** The block's resolutions, in order; unlabelled ones printed as "(a) ...; (b) ..." are split. */
  finish(): RawResolution[] {
    const out: RawResolution[] = [];
    const { found, uncertain } = this;
    // A lead-in with nothing after it is a resolution itself, unless it breaks off ("… recommends that –").
    // "RECOMMENDED that the Scrutiny Management Panel" with its list lost: a fragment, no verb, no resolution.
    // "That the following be approved:" with its points printed elsewhere (under their own "Decision"): nothing.
    if (this.entries.length === 0 && this.preamble !== '' && looksLikeResolution(this.preamble) && !/\bthat\s*[:\-–—]*$/i.test(this.preamble) && !BODY_ONLY.test(this.preamble) && !LEAD_APPROVES.test(this.preamble)) {
      return [{ label: null, text: tidyText(this.preamble.replace(/[\s:\-–—]+$/, '.'), []), preamble: '', marker: this.marker, found, uncertain }];
    }
    // "RESOLVED that the Working Group prepares further information … on the following detailed issues:" then unlabelled
    // topics with no verb ("Prioritisation of enforcement cases"): the topics complete the one resolution. (So does one
    // topic quoted as its name, "… subject to addition of a further review as follows:-" above "‘Strategy for School Places’".)
    // (Not under a verb that approves each point in turn, "that Council approve:" above "· the Treasury Management Strategy …;",
    // "· the Prudential Indicators …; and": one approval each.)
    if (this.preamble !== '' && /^that\b/i.test(this.preamble) && !/^that\s+the\s+following\b/i.test(this.preamble) && !APPROVES_EACH.test(this.preamble.trim()) && looksLikeResolution(this.preamble) && !/\b(?:recommend\w*|resolutions?)\b/i.test(this.preamble) && (this.entries.length >= 2 || (this.entries.length === 1 && /^[‘'"“][^]{3,160}[’'"”]\.?$/.test(this.entries[0]!.text.trim()))) && this.entries.every((e) => e.subs.length === 0 && (TOPIC(e.text) || (e.label === null && !looksLikeResolution(e.text) && !/^that\b/i.test(e.text)))) && !this.entries.every((e) => VERB_FIRST.test(e.text) || IMPERATIVE_POINT.test(e.text))) {
      return [{ label: null, text: tidyText(this.preamble, this.entries.map((e) => e.text)), preamble: '', marker: this.marker, found, uncertain }];
    }
    // "· to publish:" above "o the Gypsy and Traveller Accommodation Assessment", "o the interim … Assessment", "o the Retail
    // Study;" (a nested list printed flat): the short lead-in and the names below it, up to the one that ends ";", are one
    // point.
    for (let k = 0; k < this.entries.length; k++) {
      const e = this.entries[k]!;
      if (e.label !== null || e.subs.length > 0 || !/:\s*$/.test(e.text) || e.text.split(/\s+/).length > 6) continue;
      let j = k + 1;
      while (j < this.entries.length) {
        const t = this.entries[j]!;
        if (t.label !== null || t.subs.length > 0 || !/^(?:the|a|an)\s/i.test(t.text) || /\b(?:be|is|are|was|were|will|should|has|have|had)\b/i.test(t.text) || t.text.split(/\s+/).length > 16) break;
        e.subs.push(t.text);
        j++;
        if (/;\s*(?:and|or)?$/.test(t.text)) break;
      }
      if (e.subs.length >= 2) this.entries.splice(k + 1, j - k - 1);
      else e.subs.length = 0;
    }
    const leadsOnly = this.entries.length >= 2 && this.entries.every((e) => e.label !== null && e.subs.length >= 2 && /:\s*$/.test(e.text));
    for (const e of this.entries) {
      // "1. That the Committee note:" above "a) … b) … c) …", then "2. That the Committee authorise the Director:" above
      // its own a) to c): a numbered lead-in whose lettered points are the resolutions, each read with its lead-in.
      // (Only where every numbered point is such a lead-in: one lead-in among plain points keeps its list as one resolution.)
      const inner = leadsOnly && e.label !== null && e.subs.length >= 2 && /:\s*$/.test(e.text) && e.text.length < 200 && !SUBJECT_TO.test(e.text) ? e.subs.map((t) => readLabel(t)) : [];
      // "· Propose the following observations for the Cabinet's consideration …:" above "1. There is a need to …", "2. …":
      // a lead-in that names its points as observations or recommendations, each a sentence of its own, one resolution
      // each (unlike "… be recommended:" above "(a) to fund the scheme;", points that finish its sentence).
      const named = e.subs.length >= 2 && /\bthe\s+following\s+(?:\w+\s+)?(?:observations|recommendations|comments|requests)\b[^:]{0,160}:\s*$/i.test(e.text) ? e.subs.map((t) => readLabel(t)) : [];
      if (named.length > 0 && named.every((l) => l !== null && /^[A-Z]/.test(l.rest.trim()) && l.rest.trim().split(/\s+/).length >= 5)) {
        for (const l of named) out.push({ label: l!.label.value, text: tidyText(l!.rest.trim(), []), preamble: `${this.preamble} ${e.text}`.trim(), marker: this.marker, found, uncertain });
        continue;
      }
      // (The same list read as one entry's sub-points, "RECOMMENDED TO COUNCIL" then "That the Scheme for 2019/20:" and its
      // "(i) Maintains …" below: one resolution each too.)
      // (A heading run on after them, "REASON" and its text, is past the list.)
      const cut = e.subs.findIndex((t, k) => k >= 2 && readLabel(t) === null && t.split(/\s+/).length <= 3 && e.subs.slice(0, k).every((u) => readLabel(u) !== null));
      const pointSubs = cut > 0 ? e.subs.slice(0, cut) : e.subs;
      const points = e.label === null && pointSubs.length >= 2 && /^that\b[^]{5,200}:\s*$/i.test(e.text) ? pointSubs.map((t) => readLabel(t)) : [];
      if (points.length > 0 && points.every((l) => l !== null && VERB_FIRST.test(l.rest.trim()))) {
        for (const l of points) out.push({ label: l!.label.value, text: tidyText(l!.rest.trim(), []), preamble: `${this.preamble} ${e.text}`.trim(), marker: this.marker, found, uncertain });
        continue;
      }
      if (inner.length > 0 && inner.every((l) => l !== null && l.rest.trim() !== '')) {
        for (const l of inner) out.push({ label: l!.label.value, text: tidyText(l!.rest.trim(), []), preamble: `${this.preamble} ${e.text}`.trim(), marker: this.marker, found, uncertain });
        continue;
      }
      // "1. The Committee agreed the findings … and also agreed the following additional recommendations:" above "- This
      // Committee requests that …" points: a decision of its own, then each further recommendation one by one.
      if (e.subs.length >= 2 && ALSO_FOLLOWING.test(e.text) && e.subs.every((t) => OWN_DECISION.test(t))) {
        out.push({ label: e.label?.value ?? null, text: tidyText(e.text, []), preamble: e.preamble ?? this.preamble, marker: this.marker, found, uncertain });
        for (const t of e.subs) out.push({ label: null, text: tidyText(t, []), preamble: '', marker: this.marker, found, uncertain });
        continue;
      }
      // "(1) That … . (2) That …" printed on one line: the labelled entry holds the next labels too.
      const relabelled = e.label !== null && e.subs.length === 0 ? splitInline(`${e.label.printed} ${e.text}`) : null;
      const inline = e.label === null && e.subs.length === 0 ? splitInline(e.text) : relabelled && relabelled.preamble === '' && relabelled.parts[0]?.label === e.label?.value && samePrinting(e.text, e.label!, relabelled.parts.slice(1).map((part) => part.label ?? '')) ? relabelled : null;
      if (inline) {
        const preamble = `${this.preamble} ${inline.preamble}`.trim();
        for (const part of inline.parts) out.push({ label: part.label, text: tidyText(part.text, []), preamble, marker: this.marker, found, uncertain });
        continue;
      }
      // A decision page's "Reason for the Decision …" glued on where its line breaks were lost.
      // "Decision: None." is no decision.
      if (/^(?:none|nil|n\/a|no\s+decision)\.?$/i.test(e.text.trim()) && e.subs.length === 0) continue;
      // "Reason for decision – as specified in the report.": the reason, a paragraph of its own.
      if (/^reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)\s*[:\-–—]/i.test(e.text.trim())) continue;
      const text = tidyText(e.text.replace(/(?<=[.;])\s+reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)\b.*$/i, ''), e.subs);
      if (text.replace(/[^A-Za-z]/g, '').length < 3) continue;
      // A heading's or a lead-in's fragment ("TO THE COUNCIL", "To elect"): fewer than three words and no decision of its own.
      // ("TO THE COUNCIL": a heading in capitals, four words or fewer, no verb.)
      if (/^[A-Z][A-Z\s’'&,-]+$/.test(text) && text.split(/\s+/).length <= 4 && !/\b(?:APPROVED|AGREED|NOTED|CARRIED|ACCEPTED|DEFERRED|REJECTED|REFUSED|ENDORSED|ADOPTED)\b/.test(text) && e.subs.length === 0) continue;
      if (text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length < 3 && !/^(?:approved|agreed|noted|carried|accepted|deferred|withdrawn|rejected|refused|endorsed|adopted|supported|recommendations?)\b/i.test(text) && e.subs.length === 0) continue;
      // "RECOMMENDATION I - Terms of Reference of the Children's Sub-Committee": the title of a recommendation
      // referred to the meeting, no resolution of its own.
      if (e.label?.kind === 'rec' && e.subs.length === 0 && TITLE_ONLY(text)) continue;
      // A second list's lead-in with no list after it is no resolution.
      if (e.lead && e.subs.length === 0) continue;
      // "That an additional recommendation be added:" then "That a full consultation is undertaken …": a lead-in whose one
      // point was printed as a paragraph of its own, the point the resolution.
      if (!e.label && e.subs.length === 0 && /:\s*$/.test(e.text) && e.text.length < 200 && e !== this.entries[this.entries.length - 1]) continue;
      out.push({ label: e.label?.value ?? null, text, preamble: e.preamble ?? this.preamble, marker: this.marker, found, uncertain });
    }
    return out;
  }
}
