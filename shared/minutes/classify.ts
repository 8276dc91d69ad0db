// Decides a resolution's kind (recommendation, action, procedural) and addressee (executive, council,
// committee, officers, partner) from its wording, its list's lead-in and the item it sits under.
import type { ParsedAddressee, ParsedResolutionKind } from './types';
import type { RawResolution } from './resolutions';
import { isNarrativeDecision, isPromise } from './narrative';
import { ASKS, PROCEDURAL, onlyNotes } from './procedural';

// Wording that names who is to act, tried in order of where it appears in the text.
const RECIPIENTS: Array<[ParsedAddressee, RegExp]> = [
  ['council', /\b[Ff]ull\s+[Cc]ouncil\b|\b(?:to|by|that|asks?|ask(?:ing)?|requests?|recommends?|recommended\s+to|refer(?:red|s)?\s+to|presentation\s+to|approval\s+(?:of|by))\s+(?:the\s+)?Council\b(?!['’]s|\s+(?:tax|officers?|plan|strategy|website|policy|staff|services?))|\bCouncil\s+(?:be|is)\s+(?:asked|requested|recommended|invited|urged)\b/],
  ['executive', /\b(?:the\s+)?(?:executive|cabinet(?:\s+member)?(?:\s+for\s+[\w ,&]+?)?|leader(?:\s+of\s+the\s+council)?|portfolio\s+holder|(?:elected\s+)?mayor|executive\s+member)\b(?!\s+(?:report|decision|meeting|chief|director|officer|head|assistant|support)s?\b)/i],
  ['partner', /\b(?:nhs|icb|integrated\s+care\s+(?:board|system|partnership)|clinical\s+commissioning|ccg|(?:nhs|foundation|hospital|ambulance|health|care)\s+trusts?|police|police\s+and\s+crime\s+commissioner|pcc|fire\s+and\s+rescue|health\s*watch|healthwatch|safeguarding\s+(?:children\s+)?partnership|youth\s+justice\s+service|probation|housing\s+associations?|registered\s+providers?|central\s+government|hm\s+government|the\s+government|secretary\s+of\s+state|minister|department\s+for|dfe|dwp|ofsted|local\s+mps?|members?\s+of\s+parliament|west\s+mercia|public\s+health\s+england|ukhsa|environment\s+agency|network\s+rail|national\s+highways|water\s+company|partners?|partner\s+organisations?)\b/i],
  ['officers', /\b(?:officers?|director(?:ate)?|\w+\s+manager|head\s+of\s+service|head\s+of\s+[A-Z][\w ]+|chief\s+executive|(?:democratic|scrutiny)\s+services?|scrutiny\s+(?:officer|co-?ordinator|manager)|committee\s+clerk|the\s+service)\b|\b(?:meeting|session|visit|workshop)s?\b[^.;]{0,40}\bbe\s+(?:arranged|organised|convened|set\s+up)\b|\b(?:briefing(?:\s+note)?|written\s+(?:briefing|update|response|answer)|information|update|report|figures|data|details?|copy|note|plan|breakdown)s?\b[^.;]{0,80}\b(?:be|is|are)\s+(?:\w+ly\s+|also\s+)?(?:provided|circulated|shared|sent|supplied|given|produced|brought|presented|made\s+available)\b/i],
  ['committee', /\b(?:this\s+|the\s+)?(?:scrutiny\s+)?(?:committee|panel|commission|task\s+and\s+finish\s+group|working\s+group|sub-committee|chair(?:person|man|woman)?|vice-chair(?:person)?|members)\s+(?:to|will|should|shall|agrees?|agree|resolves?|undertakes?|considers?|receives?)\b|\bwork\s+programme\b|\btask\s+and\s+finish\s+group\b|\bcommittee\s+to\s+scrutinise\b/i],
];

// Who the whole sentence is addressed to, when the text leads with it ("For full Council to debate ...",
// "That the Cabinet be asked to ...", "recommends that the executive ...").
const LEADS: Array<[ParsedAddressee, RegExp]> = [
  ['council', /^(?:[Tt]hat\s+)?(?:[Ff]or\s+)?(?:[Tt]he\s+)?[Ff]ull\s+[Cc]ouncil\b|^(?:[Tt]hat\s+)?(?:[Ff]or\s+)?Council\s+(?:to|be)\b/],
  ['executive', /^(?:that\s+)?(?:for\s+)?(?:the\s+)?(?:executive|cabinet|leader|cabinet\s+member|portfolio\s+holder|mayor)\b(?!\s+(?:chief|director|officer|head|assistant|support)s?\b)/i],
  ['officers', /^(?:that\s+)?(?:for\s+)?(?:the\s+)?(?:officers?|director|head\s+of|chief\s+executive)\b/i],
  // Under "That the Committee:", an item that opens with the committee's own verb ("Agrees to hold ...").
  ['committee', /^(?:agrees?|undertakes?|decides?|will)\s+to\s+(?!recommend)|^(?:that\s+)?(?:for\s+)?(?:the\s+|this\s+)?(?:scrutiny\s+)?(?:committee|panel|commission|chair(?:person|man)?)\s+(?:to|will|should|agrees?|agree|undertakes?|resolves?|considers?|writes?|seeks?|holds?|receives?|establish(?:es)?|sets?\s+up)\b(?!\s+to\s+recommend)/i],
];

/** The addressee the wording names, or null when it names none. */
export function addresseeOf(text: string): ParsedAddressee | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  for (const [who, re] of LEADS) if (re.test(flat)) return who;
  // "recommends to the Cabinet", "asks the executive", "recommendation to Council": a named recipient.
  const directed = /\b(?:recommend(?:s|ed|ation)?s?\s+(?:to\s+)?(?:that\s+)?|asks?\s+|requests?\s+(?:that\s+)?|invites?\s+|urges?\s+|write\s+to\s+|refer(?:red)?\s+to\s+|for\s+)(?:the\s+)?(full\s+council|council|executive|cabinet|leader|mayor|portfolio\s+holder|officers?|director|nhs|icb|police|government|secretary\s+of\s+state|partners?)\b(?!\s+(?:chief|director|officer|head|assistant|support)s?\b)/i.exec(flat);
  if (directed) {
    const word = (directed[1] ?? '').toLowerCase();
    if (/council/.test(word)) return word === 'council' && !/\bCouncil\b/.test(directed[0]) ? null : 'council';
    if (/^(?:executive|cabinet|leader|mayor|portfolio)/.test(word)) return 'executive';
    if (/^(?:officers?|director)/.test(word)) return 'officers';
    return 'partner';
  }
  let best: { who: ParsedAddressee; at: number } | null = null;
  for (const [who, re] of RECIPIENTS) {
    const m = re.exec(flat);
    if (m && (best === null || m.index < best.at)) best = { who, at: m.index };
  }
  return best?.who ?? null;
}

const REPORT_BACK = /\b(?:report(?:s|ing)?(?:\s+back)?|presents?|updates?)\b[^.;]{0,80}\b(?:to|at)\s+(?:the\s+|this\s+|a\s+)?(?:future|next|committee['’]s|committee|panel)\b[^.;]{0,20}\b(?:meeting|committee|panel)\b|\binvited\s+to\s+(?:attend|present|(?:the|a|its)\s+(?:[\w'’]+\s+){0,3}meeting)\b|\basked\s+to\s+(?:report|provide|share|supply)\b|\breceive\s+(?:a\s+|an\s+|the\s+)?(?:further\s+|progress\s+|written\s+)?(?:report|update|briefing)s?\b|\bprovide\s+(?:the\s+|all\s+)?(?:committee|panel|members)\b|\b(?:circulate|share|send)s?\b[^.;]{0,80}\b(?:to|with)\s+(?:all\s+)?(?:the\s+)?(?:members|committee|panel|board)\b/i;
// "Having considered the report …, the Mayor agreed that …": the opening clause reports, the rest decides.
// Under the minutes item, a matter arising sent on to a later meeting ("… and further discussion take place at a future Board
// meeting"): business still to be done.
const LATER_BUSINESS = /\b(?:take\s+place|be\s+(?:held|discussed|considered|brought|reported|presented))\b[^.]{0,40}\bat\s+(?:a|the|its)\s+(?:future|next|following)\s+(?:\w+\s+)?meeting\b/i;
const OTHER_BUSINESS = /^(?:that\s+)?the\s+(?:[\w'’-]+\s+){0,3}(?:report|plan|strategy|policy|proposals?)\s+be\s+(?:approved|agreed|adopted|endorsed)\b/i;
const DECIDES = /\b(?:agreed|decided|resolved)\s+(?:that|to)\b/i;
// (Irregular participles too: "the panel be kept informed", "a visit be made", "a letter be sent".)
// (… "be not introduced": a decision not to.)
const SUBJUNCTIVE_PASSIVE = /(?<!\bto\s)\b(?:be|been|being)\s+(?:not\s+)?(?:\w+ly\s+)?(?:[a-z]+(?:ed|en)|kept|made|sent|held|brought|sought|set|put|told|paid|built|met|led|spent|shown|drawn|known|left)\b/i;
// A resolution worded "that X is approved / is extended": what is decided, in the indicative.
const THAT_IS_DONE = /^that\b[^.]{0,200}\b(?:is|are)\s+(?:\w+ly\s+)?(?:extended|approved|adopted|agreed|renewed|varied|confirmed|endorsed|implemented|accepted|authori[sz]ed|delegated)\b/i;
// (Not a participle naming what was said, "That the points highlighted by the Scrutiny Committee are used …".)
// (Nor one naming what was decided on: "agreed the measures outlined in Appendix 1", "approve recommendation (a) outlined
// above", "the impact … is considered and incorporated into all policy".)
// (… "members supported the recommendation outlined in the draft Cabinet report", "approves the draft Strategy as outlined at
// Appendix 1": the participle describes what was decided on; "Cabinet gave delegated authority to …" decides.)
const REPORTING = /^(?:that\s+)?(?!(?:to\s+)?(?:agree[sd]?|approve[sd]?|endorse[sd]?|adopt(?:s|ed)?|accept(?:s|ed)?|support(?:s|ed)?)\b)(?:\S+\s+){0,8}?(?<!\b(?:is|be|are|as)\s)(?<!\b(?:recommendations?|proposals?|options?|changes|measures|arrangements|approach)\s)(?:highlighted|explained|reported|outlined|presented|introduced|advised|informed|stated|commented|referred|drew\s+attention|gave(?!\s+(?:delegated\s+)?(?:authority|approval|consent|permission|delegation)\b)|considered|discussed)\b(?!\s+(?:by|above|below)\b)/i;
// Information asked for ("The Committee asked for a note setting out …"): owed by officers, wherever it is asked.
const ASKED_FOR = /\b(?:asked|requested|requests?)\s+(?:for\s+)?(?:that\s+)?(?:(?:a|an|further|more|the)\s+){0,2}(?:written\s+)?(?:note|report|briefing|update|information|details|breakdown)\b/i;
// A lead-in that ends with the committee deciding: "… the committee resolved to", "The Panel agreed that:".
const OWN_LEAD = /\b(?:the\s+)?(?:committee|sub-committee|panel|commission|board)\s+(?:\w+ly\s+)?(?:resolved|agreed|decided)\s+(?:to|that)\s*[:\-–—]?$/i;
// A scrutiny body's name: what it resolves goes to those who decide.
const SCRUTINY_BODY = /\b(?:scrutiny|overview|select\s+committee|scrutiny\s+panel|policy\s+development|call[\s-]?in|task\s+(?:and|&)\s+finish|review\s+panel|performance\s+(?:and|&)\s+\w+\s+(?:committee|panel|board)|commission)\b/i;
const ASKS_OFFICER = /\b(?:ask|asks|request|requests|instruct|instructs)\b[^.]{0,20}?\b(?:that\s+)?(?:the\s+)?(?:officers?|director|head\s+of|chief\s+(?:executive|officer))\b/i;
const TO_EXECUTIVE = /\b(?:write|writes|writing|letter)\b[^.;]{0,60}\bto\s+(?:the\s+)?(?:relevant\s+)?(?:cabinet\s+members?|executive\s+members?|lead\s+members?|portfolio\s+holders?|leader|mayor|cabinet|executive)\b|\b(?:submitted|referred|presented|put|sent|forwarded|proposed)\s+to\s+(?:the\s+)?(?:next\s+)?(?:cabinet|executive|full\s+council)\b/i;
// What turns approving the work programme into asking for something (… or a topic put on it: "would like to consider
// this next year"; "subject to the following addition … – the Action Plan to be submitted to a future meeting": the
// addition is written here, unlike "subject to the addition of the items agreed during the meeting").
// ("… be approved, subject to addition of a further scrutiny review proposed by the Children & Families Scrutiny Committee as
// follows:- ‘Strategy for School Places’": a further review added, not the items agreed elsewhere in the meeting; the team's
// own fixture reads "subject to the addition of an item on damp and mould" as housekeeping.)
const WORK_ASKS = /\bsubject\s+to\s+(?:the\s+)?addition\s+of\s+(?:a|an|one)\s+(?:further|new|additional)\s+(?:scrutiny\s+)?(?:review|topic)\b|\b(?:be|being|is|are)\s+(?:\w+ly\s+)?(?:added|included|arranged|scheduled|organised|convened|invited|asked|requested|brought|circulated|provided|held|produced|prepared|drafted|developed|built\s+into|set\s+up|(?:re-?)?established|(?:re-?)?constituted)\b|\badd(?:s|ing)?\s+(?:a|an|the|this|it|these)\b|\bconsider\s+(?:this|it|the\s+\w+)\s+(?:next\s+year|at\s+(?:a|the)\s+(?:future|next|later)\s+meeting)\b|\bsubject\s+to\s+the\s+following\s+additions?\b|\bto\s+be\s+(?:submitted|brought|presented)\s+to\s+(?:a|the)\s+(?:future|next)\b/i;
// A clause joined on that asks for a piece of work ("…, and that the Strategy be developed into a three-year plan").
const WORK_CLAUSE = /,?\s+and\s+that\s+(?!(?:they|it|these|those|he|she)\b)(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,8}?be\s+(?:developed|prepared|produced|drafted|brought|arranged|submitted|reviewed|established|set\s+up|written|issued|published|referred|sent|circulated)\b|,\s+it\s+being\s+noted\s+that\b[^.]{0,160}\bbe\s+referred\s+to\b/i;
// An item that is about the work programme (not one that mentions it after other business).
const WORK_PROGRAMME_ITEM = /^(?:\S+\s+){0,4}work\s+(?:programm|plan)/i;
const OUTWARD = /\b(?:recommend|executive|cabinet|council\b|partners?\b|nhs|police)/i;
// The minutes of the executive or the full Council ("Cabinet", "Executive", "County Council"), not a committee's.
// (… and "Individual Cabinet Member Decisions": a decision list of the executive's members.)
const EXECUTIVE_BODY = /^(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:cabinet|executive|council)(?:\s+meeting|\s+member\s+decisions)?$/i;
// A piece of scrutiny work with terms of its own: a review, an inquiry, a task group, a select committee's topic.
const REVIEW_WORK = /\b(?:review|inquiry|task\s+(?:and\s+finish\s+|&\s+finish\s+)?group|select\s+committee|working\s+group|scrutiny\s+project)\b/i;
// A body set up or set up again.
const SETS_UP = /\b(?:be|being)\s+(?:(?:re-?)?established|(?:re-?)?constituted|set\s+up)\b/i;
const WORK_PROGRAMME = /\bwork\s+(?:programm(?:es?|ing)|plans?)\b/i;

// Someone at the meeting saying what they will do for it: an undertaking, however the sentence that tells it opens.
const WILL_DO = /\b(?:would|will)\s+(?:be\s+happy\s+to|be\s+requesting|request|arrange|provide|circulate|send|share|write|bring)\b/i;
// A promise made after a clause of housekeeping ("…, however the Chair confirmed that a report would be considered …").
const LATER_PROMISE = /[,;]\s*(?:however|but)\b[^.]{0,200}\b(?:would|will)\s+(?:be\s+)?[a-z]{4,}/i;

// Items that hold the meeting's own housekeeping: apologies, interests, substitutes, the minutes, the next date.
const HOUSEKEEPING_ITEM = /^(?:apologies|(?:declarations?|disclosures?)\s+of\s+interests?|named\s+substitutes|minutes|date\s+of\s+(?:the\s+)?next\s+meeting)\b/i;
// A housekeeping item whose title brings business of its own: the minutes "and matters arising", apologies
// "and Chairman's business", "and announcements", "and urgent items".
const ITEM_WITH_BUSINESS = /\bmatters\s+arising\b|\band\s+(?:(?:the\s+)?chair\w*[’']?s?\s+(?:business|announcements)|announcements|other\s+business|urgent\s+(?:business|items))\b/i;
// A task given under the minutes: an undertaking ("The PCC undertook to take this forward"), someone named
// to act ("Democratic Services to circulate …", "officers to chase …"), or a follow-up promised ("would update").
const TASK_GIVEN = /\bundertook\s+to\b|^(?:[A-Z][\w'’-]+\s+){1,3}to\s+(?:monitor|chase|circulate|provide|send|share|write|arrange|check|follow\s+up|update|enquire|investigate|liaise|contact)\b|\b(?:\)|officers?|services|advis[eo]r|clerk|manager|director)\s+to\s+(?:circulate|provide|send|share|write|arrange|chase|check|follow\s+up|update|enquire|investigate|liaise|contact)\b|\b(?:would|will)\s+(?:update|circulate|provide|write|send|share|report\s+back|follow\s+(?:it\s+|this\s+)?up|chase|check)\b/i;
// A request made of another body or person ("The Committee request that the Personnel Committee review …"),
// not one about the minutes themselves.
const REQUEST_MADE = /\b(?:requests?|requested|asks?|asked)\s+(?:that\s+)?(?:the|a|an)\s+(?!(?:draft\s+)?minutes?\b)/i;
const CORRECT_RECORD = /\b(?:correct|accurate|true)\s+record\b/i;

/**
 * True when a resolution under a housekeeping item ("Minutes", "Apologies") is that housekeeping, not business
 * that lost its own heading: business is a report or plan approved, a recommendation, a request, a task given
 * or a decision told in narrative ("The Committee agreed to invite …").
 */
function isHousekeepingOnly(text: string, itemTitle: string, marker: RawResolution['marker']): boolean {
  // An "ACTION:" line under the minutes is a task given, whatever its verb.
  if (!HOUSEKEEPING_ITEM.test(itemTitle) || ITEM_WITH_BUSINESS.test(itemTitle) || marker.kind === 'action') return false;
  const business = TASK_GIVEN.test(text) || (isNarrativeDecision(text) && !CORRECT_RECORD.test(text)) || /\brecommend/i.test(text) || OTHER_BUSINESS.test(text) || REQUEST_MADE.test(text) || WORK_CLAUSE.test(text) || LATER_BUSINESS.test(text);
  return !business;
}

// A decision worded as the deciding body's own act ("Approved the …", "To delegate authority to …"), or approving the
// recommendations put to it ("That the recommendations set out in the report be approved"), or a thing approved, adopted,
// authorised, endorsed or released in its own subjunctive ("the draft Commercial Strategy be approved", "the Director be
// authorised to …", "£40,000 be released from …", "the fees at Appendix 2 be endorsed"): no scrutiny body approves, adopts or
// spends.
const OWN_ACT = /^(?:that\s+)?(?:to\s+)?(?:approves?|approved|adopts?|adopted|agrees?|agreed|authori[sz]es?|authori[sz]ed|delegates?|delegated|endorses?|endorsed)\b|^(?:that\s+)?(?:the\s+)?recommendations?\b[^.]{0,200}\bbe\s+(?:approved|agreed|accepted|adopted|endorsed)\b|^(?:that\s+)?(?!(?:the\s+)?(?:minutes|notes?)\b)[^.;]{0,160}?\b(?:be|is|are)\s+(?:hereby\s+)?(?:approved|adopted|authori[sz]ed|delegated|granted|allocated|released|endorsed|agreed|accepted|amended|retained|implemented)\b/i;
// The executive named as the one deciding, whatever the addressee reads from its name (its name's words, capitalised, then
// the verb: not "That the Cabinet be asked to make sure the approved budget …"; "The Portfolio Holder granted approval for
// Officers to …", "The Executive Councillor approved …").
const EXECUTIVE_DECIDED = /^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?(?:Cabinet|Executive|[Pp]ortfolio\s+[Hh]older|Cabinet\s+Member|Executive\s+(?:Member|Councillor)|Leader|Mayor)\b(?:\s+(?:for|of|and|&|[A-Z][\w'’,-]*|\w+ly))*?\s+(?:agreed|approved|endorsed|adopted|resolved|decided|delegated|authori[sz]ed|agrees|approves|endorses|adopts|resolves|decides|delegates|granted\s+(?:approval|authority|permission|consent))\b/;

// A body that spends or grants for itself ("The Area Committee approved a grant of £1000.00 to the Friends of …").
const BODY_GRANTED = /^(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}(?:Committee|Sub-Committee|Panel|Board|Forum|Group|Executive|Council)\s+(?:approved|awarded|allocated|granted|agreed)\s+(?:a|an)\s+(?:grant|sum|contribution|award|payment|allocation)\b/;

// A letter promised: how a scrutiny body puts its case to someone else, so still a recommendation.
const LETTER = /\bwrite\s+to\b|\bletter\b/i;

const ASKS_ANOTHER = /\bbe\s+(?:asked|requested|invited|urged|encouraged|lobbied)\s+to\b|\b(?:asks?|requests?|urges?|invites?|calls\s+(?:on|upon))\s+(?:that\s+)?(?:the\s+)?[A-Z][\w'’-]+/;

function kindOf(raw: RawResolution, itemTitle: string | null, addressee: ParsedAddressee | null, committee: string | null, scrutinyPage: boolean): ParsedResolutionKind {
  const text = raw.text.replace(/\s+/g, ' ');
  // ("That this item be deferred to the next meeting, and that the strategy be developed into a plan": a second
  // clause that asks for work keeps the whole from being procedural.)
  // (Nor does a promise told after it: "There were no additional items of business, however the Chair confirmed that a
  // report … would be considered at a future meeting.")
  if (PROCEDURAL.some((re) => re.test(text)) && !/\brecommend(?:s|ed)?\b/i.test(text) && !WORK_CLAUSE.test(text) && !LATER_PROMISE.test(text)) return 'procedural';
  // The committee's own terms of reference settled, unless they go on to Council as a recommendation.
  // Bodies set up ("the select committees be re-established and their terms of reference … be agreed")
  // are something to be done, not the committee's own terms settled.
  // The terms of reference of a review, an inquiry or a task group set the work going: not the committee's own.
  // (Terms revised, or a board's membership and terms approved, change the constitution: someone must make the change. So do a
  // named committee's draft terms: "That the draft terms of reference for the Appeals Committee … be approved.")
  if (/\bterms\s+of\s+reference\b[^.]{0,80}\bbe\s+(?:approved|agreed|noted|endorsed)\b/i.test(text) && !/\b(?:revised|amended|new)\s+terms\s+of\s+reference\b|\bdraft\s+terms\s+of\s+reference\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,6}(?:Committee|Sub-Committee|Panel|Board|Group|Forum)\b|\bmembership\b[^.]{0,80}\band\s+(?:the\s+)?terms\s+of\s+reference\b[^.]{0,80}\bbe\s+approved\b/i.test(text) && !/\brecommend/i.test(`${text} ${raw.preamble}`) && !SETS_UP.test(text) && !REVIEW_WORK.test(`${text} ${itemTitle ?? ''}`)) return 'procedural';
  // A proposal a later sentence says was agreed ("it was noted that item 1 should be revised … This was
  // agreed.") decides a change, however it opens.
  if (onlyNotes(text) && raw.marker.confirmed !== true) return 'procedural';
  // "That the following decisions of the Cabinet be noted:" then the decisions quoted: what was noted, not decided here.
  if (/^(?:that\s+)?(?:the\s+)?following\b[^:]{0,120}\bbe\s+noted\s*:\s*[“"‘']/i.test(text)) return 'procedural';
  // Under "That the Committee note:" each point is what was noted, unless it asks for something itself.
  if (/\b(?:note|notes|noted|to\s+note)(?:\s+the\s+following)?\s*[:\-–—]+\s*$/i.test(raw.preamble) && !ASKS.test(text) && !isPromise(text)) return 'procedural';
  // Under "That, subject to the following amendments, the minutes … be approved:" each point corrects them.
  if (PROCEDURAL[0]!.test(raw.preamble) && !/\brecommend/i.test(raw.preamble)) return 'procedural';
  // Under "That the following appointments be made:" each line names a member and a seat.
  if (/\b(?:appointments?|appointed|nominations?|nominated|membership|representatives?|elected)\b/i.test(raw.preamble) && !/\brecommend/i.test(`${raw.preamble} ${text}`)) return 'procedural';
  // A sentence of narrative in a list of decisions ("The Chair highlighted the main issues …") asks nothing.
  // Not where the verb is a participle of the resolution's own wording ("the savings outlined in para 4.4
  // be agreed", "the review be reported to the Cabinet", "would be presented to the committee").
  // ("Cabinet considered the report and recommendations …": the noun recommends nothing.)
  // ("The Chief Executive reported that … but would ensure that the response was shared": a report that ends in a promise.)
  // ("… explained that they would be happy to provide their response …", "… would be requesting a briefing …": the same.)
  // ("that the draft Order presented to the Executive on 4 April is extended for three years": "presented" describes the
  // Order; "is extended" decides.)
  if (REPORTING.test(text) && !SUBJUNCTIVE_PASSIVE.test(text) && !THAT_IS_DONE.test(text) && !DECIDES.test(text) && !ASKS.test(text) && !REPORT_BACK.test(text) && !/\brecommend(?!ations?\b)/i.test(text) && !isPromise(text) && !WILL_DO.test(text)) return 'procedural';
  // Noting or approving the committee's own work programme is housekeeping (also "subject to the
  // addition of the items agreed during the meeting": those are recorded where they were agreed). A
  // decision that asks for something (a topic added, a meeting arranged, a report brought, a guest
  // invited) is an action, even under the work programme item: the officer has to make it happen.
  if (WORK_PROGRAMME.test(text) && !/\brecommend(?:s|ed|ation)?\b/i.test(text) && !WORK_ASKS.test(text)) {
    if (/\b(?:agree|agrees|agreed|approve|approves|approved|note|notes|noted|endorse|endorses)\b[^.]{0,80}\bwork\s+(?:programm|plan)|\bwork\s+(?:programm\w*|plans?)\b[^.]{0,60}\bbe\s+(?:agreed|approved|noted|endorsed)\b/i.test(text)) return 'procedural';
  }
  // Under the work programme item, a decision that asks for something (a topic added, a meeting or
  // session arranged, guests invited) is the committee's own to-do: an action, unless it goes outward.
  if (itemTitle !== null && WORK_PROGRAMME_ITEM.test(itemTitle) && !OUTWARD.test(text)) return 'action';
  if (itemTitle !== null && isHousekeepingOnly(text, itemTitle, raw.marker)) return 'procedural';
  // In the Cabinet's or the Council's own minutes a decision is the executive's own to carry out (an
  // action), not a recommendation owed a response; only what goes on to Council is recommended (in the
  // resolution's words or its list's lead-in, "That Full Council be recommended").
  if (committee !== null && EXECUTIVE_BODY.test(committee) && !/\b(?:recommend\w*|refer\w*|submit\w*)\s+(?:to\s+|that\s+)?(?:the\s+)?(?:full\s+)?council\b|\bcouncil\s+be\s+recommended\b/i.test(`${raw.preamble} ${text}`)) return 'action';
  // A letter to a cabinet member, or a proposal put to Cabinet or Council, owes a response.
  if (TO_EXECUTIVE.test(text)) return 'recommendation';
  if (raw.marker.kind === 'action') return 'action';
  // A follow-up promised at the meeting ("it was confirmed that a response would be chased up", "the Director would
  // circulate the figures"): someone at the meeting will do it, an action, not a recommendation owed a response. (Not a
  // letter: "The Chair agreed to write to the Secretary of State …" is how a scrutiny body puts a case to someone else.)
  if (isPromise(text) && !/\brecommend/i.test(`${raw.preamble} ${text}`) && !LETTER.test(text)) return 'action';
  // A body granting a request ("The Group approved the Committee's request to hold an away day") decides
  // something to be done: an action, not a recommendation owed a response.
  // (… or the chair's request granted, "The Chair sought and obtained the Committee’s endorsement for …", and an approval
  // recorded, "The Area Committee has given approval to …".)
  if ((/\bapproved\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?requests?\b/i.test(text) || /\bsought\s+and\s+(?:obtained|received|secured)\s+the\b|\b(?:has|have)\s+(?:given|granted)\s+(?:its\s+|their\s+)?approval\b/i.test(text)) && !/\brecommend/i.test(text)) return 'action';
  // "Recommends that ...", "be recommended to ...": a recommendation, whoever is to act on it.
  if (/\brecommends?\b|\brecommended\s+(?:to|that)\b|\bbe\s+recommended\b/i.test(text)) return 'recommendation';
  // Under "That it be recommended to the Cabinet that:" every item is a recommendation.
  if (/\brecommend/i.test(raw.preamble)) return 'recommendation';
  // Information asked to come back to the committee is an action to follow up, whoever provides it.
  if ((REPORT_BACK.test(text) || ASKED_FOR.test(text)) && !/\brecommend(?:s|ed)?\b/i.test(text)) return 'action';
  if (addressee === 'committee' || addressee === 'officers') return 'action';
  // Something to be done that names no one outside ("a Task and Finish Panel be established", "a
  // timetable be prepared"): the committee's own to follow up, not a recommendation owed a response.
  if (addressee === null && /\b(?:be|being)\s+(?:\w+ly\s+)?(?:(?:re-?)?established|set\s+up|prepared|made|held|arranged|submitted|produced|developed|created|formed|circulated|provided|emailed|sent|kept\s+(?:\w+ly\s+)?(?:informed|updated|up\s+to\s+date|briefed))\b|^(?:that\s+)?(?:the\s+)?[\w'’ ]{0,40}?\b(?:coordinator|officer|clerk|convener)\s+(?:email|write|send|circulate|arrange|prepare)s?\b/i.test(text)) return 'action';
  // What is left names no one outside the meeting either. A scrutiny body cannot do it itself, so it is a recommendation
  // (the reference council's own tracker reads its committees' "That the process … be reviewed" so); any other named
  // body (an audit committee, a joint board, a council's own committee) decides it, an action.
  if (committee !== null && !SCRUTINY_BODY.test(committee) && addressee !== 'executive' && addressee !== 'council' && addressee !== 'partner') return 'action';
  // Where the page names no body, a decision worded as the body's own act ("Approved the recommendations of the Overview
  // and Scrutiny Committee", "approve the adoption of the Empty Homes policy", "To delegate authority to …") is a
  // deciding body's: no scrutiny body approves, adopts or delegates. An action to carry out. (Not under "RECOMMENDED that":
  // a decision put to another body, "RECOMMENDED: That the revised Code of Conduct be adopted".)
  if (committee === null && raw.marker.kind !== 'recommendations' && ((OWN_ACT.test(text) && addressee !== 'executive' && addressee !== 'council' && addressee !== 'partner') || EXECUTIVE_DECIDED.test(text) || EXECUTIVE_DECIDED.test(raw.preamble) || BODY_GRANTED.test(text)) && !/\brecommend(?!ations?\b)/i.test(`${raw.preamble} ${text}`)) return 'action';
  // On a page that names no body and never speaks of scrutiny, what names no one outside is the deciding body's own to do: a
  // cabinet, a licensing committee or a forum carries out its decisions itself. (Only scrutiny recommends by default.)
  // (Not what is put to another body: "RECOMMENDED: That the revised Code of Conduct be adopted.")
  // (Nor a body asked to act by this one: "the Lead Local Flood Authority be asked to publish …", "The Committee requests that
  // the Standards Committee review …".)
  if (committee === null && !scrutinyPage && raw.marker.kind !== 'recommendations' && !/\brecommend/i.test(raw.preamble) && !ASKS_ANOTHER.test(text) && addressee !== 'executive' && addressee !== 'council' && addressee !== 'partner') return 'action';
  return 'recommendation';
}

/**
 * The kind and addressee of words the officer picks out of the minutes on the review screen (a sentence of the
 * discussion made a resolution): read as a decision told in narrative, under its item, like the parser's own.
 */
export function classifyText(text: string, itemTitle: string | null = null, committee: string | null = null): { kind: ParsedResolutionKind; addressee: ParsedAddressee | null } {
  return classify({ label: null, text, preamble: '', marker: { kind: 'agreed', strong: false, rest: text }, found: 'after-marker', uncertain: true }, itemTitle, committee);
}

/** Kind and addressee of one resolution. */
/** `scrutinyPage`: the minutes speak of scrutiny somewhere (or may: the review screen's picked words assume so). */
export function classify(given: RawResolution, itemTitle: string | null, committee: string | null = null, scrutinyPage = true): { kind: ParsedResolutionKind; addressee: ParsedAddressee | null } {
  // "RECOMMENDED TO COUNCIL" above "That the recommendations … be agreed.": the marker's words say whom the decision goes to.
  const toBody = given.preamble === '' && given.marker.kind === 'recommendations' && /^to\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive)\b[^.]{0,30}$/i.test(given.marker.rest.trim());
  const raw = toBody ? { ...given, preamble: `Recommended ${given.marker.rest.trim()}` } : given;
  // A resolution that opens by naming who acts ("For full Council to ...") says so itself; otherwise the
  // list's lead-in ("That it be recommended to the executive:") speaks for every item under it.
  const flat = raw.text.replace(/\s+/g, ' ').trim();
  const lead = LEADS.find(([, re]) => re.test(flat))?.[0] ?? null;
  // ("Following consideration of the forward plan the committee resolved to" above "· Add … to the forward plan": each
  // point is the committee's own to do.)
  // (… unless the point asks an officer: "Request that the Head of Finance circulates …".)
  const fromPreamble = raw.preamble === '' ? null : OWN_LEAD.test(raw.preamble.trim()) ? (ASKS_OFFICER.test(flat) ? 'officers' : 'committee') : addresseeOf(raw.preamble);
  // ("The Local Committee (Surrey Heath) agreed:" above "(i) the proposed amendments …", "(ii) the local committee allocated funding
  // …": the body's own list, each point its own to do where the point names no one else.)
  const ownList = raw.preamble === '' && raw.marker.kind === 'agreed' && raw.marker.strong && raw.marker.rest === '' && raw.label !== null ? 'committee' : null;
  const addressee = TO_EXECUTIVE.test(flat) && (lead === null || lead === 'committee') ? (/\bfull\s+council\b/i.test(flat) ? 'council' : 'executive') : lead ?? fromPreamble ?? addresseeOf(raw.text) ?? ownList ?? (ASKED_FOR.test(flat) ? 'officers' : null);
  const kind = kindOf(raw, itemTitle, addressee, committee, scrutinyPage);
  // (A noting in that list is no one's to do.)
  if (kind === 'procedural' && ownList !== null && addressee === ownList && (lead ?? fromPreamble ?? addresseeOf(raw.text)) === null) return { kind, addressee: null };
  // A follow-up promised at the meeting names no one, but someone there will do it: the officers, not the executive the
  // review would otherwise guess ("it was confirmed that a response would be chased up").
  if (kind === 'action' && addressee === null && isPromise(flat) && !LETTER.test(flat)) return { kind, addressee: 'officers' };
  return { kind, addressee };
}
