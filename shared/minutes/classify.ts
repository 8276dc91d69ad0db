// Decides a resolution's kind (recommendation, action, procedural) and addressee (executive, council,
// committee, officers, partner) from its wording, its list's lead-in and the item it sits under.
import type { ParsedAddressee, ParsedResolutionKind } from './types';
import type { RawResolution } from './resolutions';
import { isNarrativeDecision, isPromise } from './narrative';

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

const PROCEDURAL: RegExp[] = [
  // The minutes of a previous meeting approved, confirmed, signed or noted ("… as set out at Appendix 1 to
  // these minutes, be approved" is no such thing).
  /(?<!\b(?:these|to|in|with)\s)\bminutes?\b[^.]{0,160}\b(?:approved|confirmed|agreed|signed|accepted|received|adopted|noted)\b|\bminutes\b[^.]{0,120}\b(?:are|be)\s+(?:re-?submitted|not\s+submitted)\b|\b(?:correct|accurate|true)\s+records?\b|\bminutes\b[^.]{0,80}\baccurate\s+reflection\b/i,
  // The committee's calendar: "That the draft schedule of meetings for 2025/26 be approved".
  /\b(?:schedule|calendar|programme|timetable)\s+of\s+(?:committee\s+|council\s+)?meetings\b[^.]{0,80}\b(?:approved|agreed|adopted|noted)\b/i,
  /\bapologies\b|\b(?:attendance|notification)\s+of\s+(?:any\s+)?named\s+substitutes?\b|\bnamed\s+substitutes?\b[^.]{0,40}\b(?:noted|received|reported|present)\b|\b(?:declarations?|disclosures?)\s+of\s+(?:\w+\s+){0,2}interests?\b|\bdeclared\b[^.]{0,80}\binterest\b|\breceived\s+(?:deputations?|petitions?)\b/i,
  // The date of the next meeting; not a request that mentions it ("… for her to raise at the next meeting").
  /^(?:that\s+)?(?:the\s+)?(?:date\s+of\s+the\s+)?next\s+meeting\b[^.]{0,60}\b(?:be\s+held|will\s+be|take\s+place|is\s+(?:on|scheduled))\b|\bdate\s+of\s+(?:the\s+)?next\s+meeting\b/i,
  // An item put off to another meeting ("… would be returned to Council at a later date").
  /\b(?:be|been)\s+returned\s+to\b[^.]{0,40}\bat\s+a\s+(?:later|future)\s+(?:date|meeting)\b|\b(?:item|report|consideration|matter|briefing)\b[^.]{0,120}\bbe\s+deferred\b|\bdefer(?:s|red)?\s+(?:consideration\s+of\s+)?(?:the|this)\s+(?:item|report|matter)\b|\bdeferred\s+(?:until|to|for)\s+(?:a|the)\s+(?:future|next|later)\s+meeting\b|\bitem\s+(?:was|had\s+been)\s+deferred\b|\b(?:delay|postpone|postponement|deferral)\b[^.]{0,80}\buntil\s+(?:a|the)\s+(?:future|next|later)\s+meeting\b/i,
  // Business taken in private ("… agreed to discuss it further under Part B", "in closed session").
  /\b(?:discuss|consider|debate)\w*\b[^.]{0,60}\b(?:under|in)\s+(?:part\s+(?:b|2|ii)\b|private\b|closed\s+session\b)|\b(?:press|public)\b[^.]{0,40}\bexcluded\b|\bexclude\b[^.]{0,40}\b(?:press|public)\b|\bexempt\s+information\b|\bitems?\b[^.]{0,40}\b(?:taken|considered)\s+in\s+(?:public|private)\b/i,
  // Elections and appointments: the chair, the mayor, members to groups.
  /\b(?:appointed|elected)\s+(?:as\s+)?(?:the\s+)?(?:deputy\s+|vice[\s-]?)?(?:chair|vice|mayor|convener|leader)/i,
  // "To elect Councillor Jones as Chair of this committee for 2023/24" (a decision page's wording).
  /\b(?:elect|appoint)\s+(?:councillor|cllr\.?|mr|mrs|ms|miss|dr)\s+[\w'’ .-]{1,40}?\s+as\s+(?:the\s+)?(?:deputy\s+|vice[\s-]?)?(?:chair|mayor|convener|leader)/i,
  /\bbe\s+(?:appointed|elected)\b|\bduly\s+appointed\b|\b(?:lead\s+members?|representatives?|membership)\b[^.]{0,80}\bbe\s+(?:as\s+follows|approved|agreed|confirmed|noted)\b/i,
  // The running of the meeting: the order of business, an urgent item taken, an adjournment, items taken together.
  /\border\s+of\s+(?:business|the\s+agenda|items)\b|\bbe\s+read\s+a\s+(?:first|second|third)\s+time\b|\burgent\s+(?:item|business)\b|\badjourn(?:ed|s)?\b|(?<!following\s+an\s+)\badjournment\b|\b(?:take|taken|consider|considered)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:items?|reports?)\s+(?:\d+\s+)?(?:together|next|first|as\s+the\s+next\s+item)\b|\btake\s+item\s+\d+\s+(?:next|first|before)\b|\b(?:take|taken|consider|considered)\s+(?:the\s+)?(?:items?|reports?)\b[^.]{0,60}\btogether\b/i,
  // The committee's own meeting times ("would meet at a revised time of 9.30am", "an increased number of
  // evening meetings"): housekeeping, like the order of business.
  /\b(?:meet|meetings?)\b[^.]{0,60}\b(?:revised\s+time|start(?:ing)?\s+time|commence|evening\s+meetings?|number\s+of\s+(?:evening\s+)?meetings)\b|\b(?:increased|reduced)\s+number\s+of\s+(?:evening\s+|daytime\s+)?meetings\b/i,
  // Thanks passed on: "Members asked that their thanks be passed on to the staff".
  /\bthanks\b[^.]{0,60}\bbe\s+(?:recorded|given|extended|conveyed|accorded|passed(?:\s+on)?|sent|placed\s+on\s+record)\b/i,
  // A view agreed, not an action: "Members agreed that the presentation had been helpful", "… that it was
  // content with the progress made".
  /\bagreed\s+that\s+(?:[\w'’-]+\s+){0,6}?(?:had\s+been|has\s+been|was|were)\s+(?:very\s+|most\s+|extremely\s+|generally\s+)?(?:helpful|useful|informative|content|satisfied|pleased|positive|reassured|clear|comprehensive|welcome|excellent|good)\b/i,
  // A finding agreed ("The visits made before the meeting were found useful"): a view, nothing to do.
  /^(?:that\s+)?(?:the\s+)?(?:[\w'’&-]+\s+){0,20}?(?:was|were)\s+found\b(?!\s+(?:to\s+)?(?:be\s+)?(?:wanting|lacking|inadequate|deficient))/i,
  // Members given a place on a group, or nominations to its membership: an appointment in the making.
  /\b(?:members|councillors)\b[^.]{0,80}\b(?:opportunity\s+to\s+)?(?:join|sit\s+on|serve\s+on)\b[^.]{0,40}\b(?:group|panel|board)\b/i,
  /\bnominations?\s+(?:for|to)\s+(?:the\s+)?membership\b[^.]{0,100}\bbe\s+(?:notified|sent|submitted|made|sought)\b/i,
  // A call-in that ends with no referral: the decision stands and nothing is owed.
  /\bnot\s+(?:be\s+)?referred\s+back\b|\bmay\s+(?:now\s+)?be\s+implemented\b|\bno\s+further\s+action\b|\bno\s+call[\s-]?in\b|\bno\s+action\s+be\s+taken\b|\bcall[\s-]?in\s+(?:is|was|be)\s+not\s+(?:appropriate|applicable|required|necessary)\b|\bnot\s+(?:be\s+)?subject\s+to\s+call[\s-]?in\b/i,
  // Thanks, gratitude and welcomes put on record ("record its gratitude to all staff", "formally welcome
  // Councillor X as the new Chair"), nil returns ("There were no declarations.", "No additional items of
  // business were taken"), a chair chosen for the one meeting, and "Declarations of
  // from Councillor X" (a word lost in copying).
  /\b(?:record|records|recorded|place|places|placed|extend|extends|convey|conveys|express|expresses)\s+(?:on\s+record\s+)?(?:its|their|his|her|the\s+[\w'’]+)?\s*(?:sincere\s+|warm\s+|warmest\s+|formal\s+|grateful\s+|deep\s+)?(?:thanks|gratitude|appreciation|congratulations|condolences|sympathy)\b|\b(?:formally\s+)?welcomes?\s+(?:councillor|cllr\.?|mr|mrs|ms|dr)\b[^.;]{0,160}?\b(?:as|to\s+(?:the|their|his|her|its))\b/i,
  // "To receive any announcements from the Mayor", "Received from Councillor X re the closure of …" (a petition's
  // heading), a draft calendar approved, and a bare "APPROVED" with nothing to follow up.
  // Interests declared one per line ("Councillor A Richardson – personal interest on the grounds that …"), papers
  // kept from publication, "to receive and note", members arriving or leaving, minutes approved in the
  // infinitive ("To approve the minutes of …"), the committee's own meeting times and terms of reference, a
  // call-in decision "freed for implementation", a work programme "updated as per the preamble".
  /\b(?:personal|prejudicial|pecuniary|disclosable|other\s+registrable|non-registrable)\s+(?:(?:and\s+|or\s+)?\w+\s+)?interests?\b|\bnot\s+for\s+publication\b|\bexempt\s+from\s+publication\b|\bto\s+receive\s+and\s+note\b|\b(?:arrived|left|joined)\s+(?:the\s+meeting\s+)?(?:during|at|after|before)\b|\b(?:approve|confirm|agree|sign)\s+(?:the\s+)?minutes\b|\bmeetings?\s+of\s+(?:this|the)\s+(?:committee|panel|board|sub-committee)\b[^.]{0,80}\bbe\s+held\b|\breceives?\s+its\s+terms\s+of\s+reference\b|\bbe\s+(?:freed|released)\s+for\s+implementation\b|\bwork\s+(?:programm\w*|plans?)\b[^.]{0,60}\bbe\s+updated\s+as\s+per\b/i,
  // "From local residents of Lockwood regarding …" (a deputation heard), "The report was for noting only",
  // "Acknowledged the work of …".
  /^from\s+[\w .,'’&-]{2,80}?\s+(?:regarding|seeking|about|concerning|in\s+respect\s+of|re)\b|\bfor\s+(?:noting|information)\s+only\b|^acknowledged\s+the\s+(?:work|contribution|efforts?)\b/i,
  // Items moved on or off the committee's business statement ("To transfer item 17 to the Council Business Statement"),
  // and "To receive the Consultation Report in respect of …".
  /\bbusiness\s+statement\b|\b(?:on|from|to)\s+the\s+(?:\w+\s+)?planner\b|^(?:that\s+)?(?:to\s+)?receive\s+the\s+(?:[\w-]+\s+){0,3}(?:report|update|presentation)\b(?![^.]{0,200}\b(?:and|,)\s+(?:agree|approve|endorse|adopt|recommend))/i,
  /^to\s+receive\s+any\s+(?:announcements|apologies|declarations|questions|petitions|communications)\b|^received\s+from\s+(?:councillor|cllr|mr|mrs|ms|dr)\b|\b(?:draft\s+)?calendar\b[^.]{0,60}\b(?:approved|agreed|adopted|noted)\b|^(?:approved|agreed|noted|carried|accepted)\.?$/i,
  /^(?:that\s+)?(?:there\s+(?:were|was)\s+no|no)\s+(?:additional\s+|further\s+|other\s+)?(?:declarations?|interests?|apologies|urgent\s+items?|items?\s+of\s+(?:urgent\s+)?business|questions|petitions|deputations)\b|^(?:declarations?|disclosures?)\s+of\b|\belected\b[^.]{0,60}\bto\s+chair\s+the\s+meeting\b/i,
];
// A clause that only notes, thanks or welcomes: "the report be noted", "the committee notes the tracker".
const NOTE_CLAUSE = /^(?:that\s+)?(?:(?:the|this|its)\s+)?(?:\S+\s+){0,40}?(?:be|is|was|were|are)\s+(?:duly\s+)?(?:noted|thanked|received)\b|^(?:that\s+)?(?:the\s+)?(?:\S+\s+){0,6}?(?:agreed|agrees|resolved)\s+to\s+(?:note|thank|welcome)\b|^(?:that\s+)?(?:the\s+)?(?:\S+\s+){0,12}?(?:committee|panel|board|commission|cabinet|executive|council|group|members|officers)\s+(?:\w+ly\s+)?(?:receives?\s+and\s+)?(?:notes?|noted)\b|\bwere\s+(?:content|satisfied)\s+with\b|^(?:that\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,4}?(?:committee|panel|board|commission)\s+|members\s+)?(?:notes?|noted|thanks?|thanked|welcomes?|welcomed)\b|\bthanks\b[^.]{0,60}\bbe\s+(?:recorded|given|extended|conveyed|passed\s+on|passed|sent|placed\s+on\s+record)\b|^(?:that\s+)?to\s+(?:otherwise\s+|also\s+|further\s+|\w+ly\s+)?(?:note|thank|welcome)\b|^(?:that\s+)?(?:to\s+)?(?:accept|receive)s?\s+the\s+(?:report|update|presentation)\s*\.?$/i;
// Words that make a "notes ..." clause ask for something too ("notes the report and requests ...").
// ("provided" and its kin only as asked for: "be provided", not "the information provided so far".)
const ASKS = /\b(?:(?:and|,)\s+(?:agree|agrees|agreed|approve|approves|approved|adopt|adopts)\b|and\s+(?:the\s+)?recommendations?\s+(?:be|are|were)\s+(?:accepted|agreed|approved|adopted)\b|agreed\s+that|recommends?|recommended|requests?|requested|asks?|asked|invites?|invited|refers?|referred|(?:be|being|been|is|are)\s+(?:\w+ly\s+)?(?:provided|circulated|shared|brought)|report(?:s|ing)?\s+back|reviewed|considers?|write|writes|add(?:ed)?\s+to|agree[sd]?\s+to|urges?)\b/i;

/** True when every clause of the resolution only notes (or thanks): nothing follows from it. */
function onlyNotes(text: string): boolean {
  const clauses = text.split(/;\s*(?:and\s+)?|,?\s+and\s+that\s+|\s+and\s+(?=to\s+(?:note|accept|receive|thank|welcome)\b)|\.\s+(?=[A-Z])/).map((c) => c.trim()).filter((c) => c.length > 0);
  // ("… noted that information on conception rates would be circulated to them shortly": a promise noted is still a promise.)
  return clauses.length > 0 && clauses.every((c) => NOTE_CLAUSE.test(c) && !ASKS.test(asked(c)) && !isPromise(c));
}

// In a clause that opens by noting ("notes the decision of X to request that …"), what follows is what
// was noted; only a second verb joined on ("… and asks …") asks for something.
function asked(clause: string): string {
  const noted = /^(?:that\s+)?(?:notes?|noted|to\s+note)\b|^(?:that\s+)?(?:the\s+)?(?:\S+\s+){0,12}?(?:committee|panel|board|commission|cabinet|executive|council|group|members)\s+(?:\w+ly\s+)?(?:notes?|noted|(?:agreed|agrees|resolved)\s+to\s+note)\b|\bwere\s+(?:content|satisfied)\s+with\b/i.exec(clause);
  if (!noted) return clause;
  // Only what follows the noting can ask ("… Overview and Scrutiny Panel request, Cabinet note" asks nothing).
  const rest = clause.slice(noted.index + noted[0].length);
  const joined = /,?\s+and\s+(?=(?:\w+\s+){0,2}(?:recommends?|requests?|asks?|invites?|refers?|agrees?|urges?|approves?|endorses?|adopts?)\b|(?:also\s+|further\s+|then\s+)?(?:recommended|requested|asked|invited|referred|agreed|urged|approved|endorsed|adopted|accepted|delegated)\b|(?:the\s+)?recommendations?\s+(?:be|are|were)\s+(?:accepted|agreed|approved|endorsed|adopted)\b)/i.exec(rest);
  return joined ? rest.slice(joined.index) : '';
}
const REPORT_BACK = /\b(?:report(?:s|ing)?(?:\s+back)?|presents?|updates?)\b[^.;]{0,80}\b(?:to|at)\s+(?:the\s+|this\s+|a\s+)?(?:future|next|committee['’]s|committee|panel)\b[^.;]{0,20}\b(?:meeting|committee|panel)\b|\binvited\s+to\s+(?:attend|present|(?:the|a|its)\s+(?:[\w'’]+\s+){0,3}meeting)\b|\basked\s+to\s+(?:report|provide|share|supply)\b|\breceive\s+(?:a\s+|an\s+|the\s+)?(?:further\s+|progress\s+|written\s+)?(?:report|update|briefing)s?\b|\bprovide\s+(?:the\s+|all\s+)?(?:committee|panel|members)\b|\b(?:circulate|share|send)s?\b[^.;]{0,80}\b(?:to|with)\s+(?:all\s+)?(?:the\s+)?(?:members|committee|panel|board)\b/i;
// "Having considered the report …, the Mayor agreed that …": the opening clause reports, the rest decides.
const OTHER_BUSINESS = /^(?:that\s+)?the\s+(?:[\w'’-]+\s+){0,3}(?:report|plan|strategy|policy|proposals?)\s+be\s+(?:approved|agreed|adopted|endorsed)\b/i;
const DECIDES = /\b(?:agreed|decided|resolved)\s+(?:that|to)\b/i;
const SUBJUNCTIVE_PASSIVE = /(?<!\bto\s)\b(?:be|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b/i;
const REPORTING = /^(?:that\s+)?(?:\S+\s+){0,8}?(?:highlighted|explained|reported|outlined|presented|introduced|advised|informed|stated|commented|referred|drew\s+attention|gave|considered|discussed)\b/i;
// Information asked for ("The Committee asked for a note setting out …"): owed by officers, wherever it is asked.
const ASKED_FOR = /\b(?:asked|requested|requests?)\s+(?:for\s+)?(?:that\s+)?(?:(?:a|an|further|more|the)\s+){0,2}(?:written\s+)?(?:note|report|briefing|update|information|details|breakdown)\b/i;
const TO_EXECUTIVE = /\b(?:write|writes|writing|letter)\b[^.;]{0,60}\bto\s+(?:the\s+)?(?:relevant\s+)?(?:cabinet\s+members?|executive\s+members?|lead\s+members?|portfolio\s+holders?|leader|mayor|cabinet|executive)\b|\b(?:submitted|referred|presented|put|sent|forwarded|proposed)\s+to\s+(?:the\s+)?(?:next\s+)?(?:cabinet|executive|full\s+council)\b/i;
// What turns approving the work programme into asking for something.
const WORK_ASKS = /\b(?:be|being|is|are)\s+(?:\w+ly\s+)?(?:added|included|arranged|scheduled|organised|convened|invited|asked|requested|brought|circulated|provided|held|set\s+up|(?:re-?)?established|(?:re-?)?constituted)\b|\badd(?:s|ing)?\s+(?:a|an|the|this|it|these)\b/i;
// An item that is about the work programme (not one that mentions it after other business).
const WORK_PROGRAMME_ITEM = /^(?:\S+\s+){0,4}work\s+(?:programm|plan)/i;
const OUTWARD = /\b(?:recommend|executive|cabinet|council\b|partners?\b|nhs|police)/i;
// The minutes of the executive or the full Council ("Cabinet", "Executive", "County Council"), not a committee's.
const EXECUTIVE_BODY = /^(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:cabinet|executive|council)(?:\s+meeting)?$/i;
// A body set up or set up again.
const SETS_UP = /\b(?:be|being)\s+(?:(?:re-?)?established|(?:re-?)?constituted|set\s+up)\b/i;
const WORK_PROGRAMME = /\bwork\s+(?:programm(?:es?|ing)|plans?)\b/i;

function kindOf(raw: RawResolution, itemTitle: string | null, addressee: ParsedAddressee | null, committee: string | null): ParsedResolutionKind {
  const text = raw.text.replace(/\s+/g, ' ');
  if (PROCEDURAL.some((re) => re.test(text)) && !/\brecommend(?:s|ed)?\b/i.test(text)) return 'procedural';
  // The committee's own terms of reference settled, unless they go on to Council as a recommendation.
  // Bodies set up ("the select committees be re-established and their terms of reference … be agreed")
  // are something to be done, not the committee's own terms settled.
  if (/\bterms\s+of\s+reference\b[^.]{0,80}\bbe\s+(?:approved|agreed|noted|endorsed)\b/i.test(text) && !/\brecommend/i.test(`${text} ${raw.preamble}`) && !SETS_UP.test(text)) return 'procedural';
  // A proposal a later sentence says was agreed ("it was noted that item 1 should be revised … This was
  // agreed.") decides a change, however it opens.
  if (onlyNotes(text) && raw.marker.confirmed !== true) return 'procedural';
  // Under "That, subject to the following amendments, the minutes … be approved:" each point corrects them.
  if (PROCEDURAL[0]!.test(raw.preamble) && !/\brecommend/i.test(raw.preamble)) return 'procedural';
  // Under "That the following appointments be made:" each line names a member and a seat.
  if (/\b(?:appointments?|appointed|nominations?|nominated|membership|representatives?|elected)\b/i.test(raw.preamble) && !/\brecommend/i.test(`${raw.preamble} ${text}`)) return 'procedural';
  // A sentence of narrative in a list of decisions ("The Chair highlighted the main issues …") asks nothing.
  // Not where the verb is a participle of the resolution's own wording ("the savings outlined in para 4.4
  // be agreed", "the review be reported to the Cabinet", "would be presented to the committee").
  // ("Cabinet considered the report and recommendations …": the noun recommends nothing.)
  if (REPORTING.test(text) && !SUBJUNCTIVE_PASSIVE.test(text) && !DECIDES.test(text) && !ASKS.test(text) && !REPORT_BACK.test(text) && !/\brecommend(?!ations?\b)/i.test(text)) return 'procedural';
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
  // Under "Minutes", a report or plan approved is business that lost its own heading, not the minutes.
  // (A request to another body, "The Committee request that the Personnel Committee review …", is business.)
  // An item of the minutes "and matters arising" (or apologies "and Chairman's business") holds business of
  // its own, and so does an undertaking given under the minutes ("The PCC undertook to take this forward").
  if (itemTitle !== null && /^(?:apologies|(?:declarations?|disclosures?)\s+of\s+interests?|named\s+substitutes|minutes|date\s+of\s+(?:the\s+)?next\s+meeting)\b/i.test(itemTitle) && !/\bmatters\s+arising\b|\band\s+(?:(?:the\s+)?chair\w*[’']?s?\s+(?:business|announcements)|announcements|other\s+business|urgent\s+(?:business|items))\b/i.test(itemTitle) && !/\bundertook\s+to\b|^(?:[A-Z][\w'’-]+\s+){1,3}to\s+(?:monitor|chase|circulate|provide|send|share|write|arrange|check|follow\s+up|update|enquire|investigate|liaise|contact)\b|\b(?:\)|officers?|services|advis[eo]r|clerk|manager|director)\s+to\s+(?:circulate|provide|send|share|write|arrange|chase|check|follow\s+up|update|enquire|investigate|liaise|contact)\b|\b(?:would|will)\s+(?:update|circulate|provide|write|send|share|report\s+back|follow\s+(?:it\s+|this\s+)?up|chase|check)\b/i.test(text) && !(isNarrativeDecision(text) && !/\b(?:correct|accurate|true)\s+record\b/i.test(text)) && !/\brecommend/i.test(text) && !OTHER_BUSINESS.test(text) && !/\b(?:requests?|requested|asks?|asked)\s+(?:that\s+)?(?:the|a|an)\s+(?!(?:draft\s+)?minutes?\b)/i.test(text) && !/\bwould\s+(?:chase|follow\s+up)\b/i.test(text)) {
    return 'procedural';
  }
  // In the Cabinet's or the Council's own minutes a decision is the executive's own to carry out (an
  // action), not a recommendation owed a response; only what goes on to Council is recommended.
  if (committee !== null && EXECUTIVE_BODY.test(committee) && !/\b(?:recommend\w*|refer\w*|submit\w*)\s+(?:to\s+)?(?:the\s+)?(?:full\s+)?council\b|\bcouncil\s+be\s+recommended\b/i.test(text)) return 'action';
  // A letter to a cabinet member, or a proposal put to Cabinet or Council, owes a response.
  if (TO_EXECUTIVE.test(text)) return 'recommendation';
  if (raw.marker.kind === 'action') return 'action';
  // A body granting a request ("The Group approved the Committee's request to hold an away day") decides
  // something to be done: an action, not a recommendation owed a response.
  if (/\bapproved\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?requests?\b/i.test(text) && !/\brecommend/i.test(text)) return 'action';
  // "Recommends that ...", "be recommended to ...": a recommendation, whoever is to act on it.
  if (/\brecommends?\b|\brecommended\s+(?:to|that)\b|\bbe\s+recommended\b/i.test(text)) return 'recommendation';
  // Under "That it be recommended to the Cabinet that:" every item is a recommendation.
  if (/\brecommend/i.test(raw.preamble)) return 'recommendation';
  // Information asked to come back to the committee is an action to follow up, whoever provides it.
  if ((REPORT_BACK.test(text) || ASKED_FOR.test(text)) && !/\brecommend(?:s|ed)?\b/i.test(text)) return 'action';
  if (addressee === 'committee' || addressee === 'officers') return 'action';
  // Something to be done that names no one outside ("a Task and Finish Panel be established", "a
  // timetable be prepared"): the committee's own to follow up, not a recommendation owed a response.
  if (addressee === null && /\b(?:be|being)\s+(?:\w+ly\s+)?(?:(?:re-?)?established|set\s+up|prepared|made|held|arranged|submitted|produced|developed|created|formed|circulated|provided|emailed|sent)\b|^(?:that\s+)?(?:the\s+)?[\w'’ ]{0,40}?\b(?:coordinator|officer|clerk|convener)\s+(?:email|write|send|circulate|arrange|prepare)s?\b/i.test(text)) return 'action';
  return 'recommendation';
}

/** Kind and addressee of one resolution. */
/**
 * The kind and addressee of words the officer picks out of the minutes on the review screen (a sentence of the
 * discussion made a resolution): read as a decision told in narrative, under its item, like the parser's own.
 */
export function classifyText(text: string, itemTitle: string | null = null, committee: string | null = null): { kind: ParsedResolutionKind; addressee: ParsedAddressee | null } {
  return classify({ label: null, text, preamble: '', marker: { kind: 'agreed', strong: false, rest: text }, found: 'after-marker', uncertain: true }, itemTitle, committee);
}

export function classify(raw: RawResolution, itemTitle: string | null, committee: string | null = null): { kind: ParsedResolutionKind; addressee: ParsedAddressee | null } {
  // A resolution that opens by naming who acts ("For full Council to ...") says so itself; otherwise the
  // list's lead-in ("That it be recommended to the executive:") speaks for every item under it.
  const flat = raw.text.replace(/\s+/g, ' ').trim();
  const lead = LEADS.find(([, re]) => re.test(flat))?.[0] ?? null;
  const fromPreamble = raw.preamble !== '' ? addresseeOf(raw.preamble) : null;
  const addressee = TO_EXECUTIVE.test(flat) && (lead === null || lead === 'committee') ? (/\bfull\s+council\b/i.test(flat) ? 'council' : 'executive') : lead ?? fromPreamble ?? addresseeOf(raw.text) ?? (ASKED_FOR.test(flat) ? 'officers' : null);
  return { kind: kindOf(raw, itemTitle, addressee, committee), addressee };
}
