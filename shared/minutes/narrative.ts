// Decisions told as narrative, in general forms: a body that decides or asks ("Members requested …", "it
// was decided to …"), someone at the meeting who promises a follow-up ("the Director would circulate the
// figures"), and a follow-up said in the passive with where it goes ("… would be added to the work
// programme"). markers.ts keeps its older, narrower patterns; these are the families behind most of the
// decisions that fresh tranches of real minutes brought and no rule had met (batch 4's first runs).

// Someone deciding for the meeting: the body, its members, or an impersonal "it was".
// ("They agreed that …" opening a sentence: the members, named in the sentence before.)
const BODY = String.raw`(?:(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?(?:committee|sub-committee|panel|sub-panel|board|commission|group|forum)|members|councillors|(?:the\s+)?trustees|it\s+was|they)`;
// What a body does when it decides or asks for something. "asked for" only with what is wanted, never a
// question ("asked whether", "asked for clarification").
// (… "suggested that the Chair write to all schools", "approved the wording included in the agenda"; Scotland's "the Trustees
// determined to place a moratorium …".)
const DECIDES = String.raw`(?:\s+(?:also|further|then|therefore|subsequently|unanimously|formally))?\s+(?:decided\s+(?:that|to)|determined\s+(?:that|to)\b|suggested\s+that\s+(?:the\s+)?(?:chair\w*|vice-chair\w*|officers?|clerk|director|[\w'’-]+\s+officer)\s+(?:should\s+)?(?:write|send|contact|arrange|invite|circulate|ask|raise|liaise)\b|approved\s+the\s+(?!minutes\b)[\w'’-]+\b|requested\s+(?:that|a|an|the|further|more|sight|details|information|copies|officers|to|updates?\s+on)|asked\s+(?:that|officers|the\s+officers?)\b|asked\s+for\s+(?!clarification|an\s+explanation|views|comments|confirmation\s+(?:of\s+)?whether)(?:a|an|the|further|more|details|information|figures|data|sight|copies|regular)\b|agreed\s+(?:that|to|an?\s+(?!view\b|number\b|lot\b|little\b))|authori[sz]ed\s+(?:the|a|an|officers?)\b|(?:noted|considered|discussed|received)\s+[^.;]{0,80}?\s+and\s+(?:agreed|decided|requested)\s+(?:that|to|an?\s)|wished\s+(?:for\s+(?:a|an|the|further)|to\s+(?:receive|see|have)\s+(?:a|an|the|further)))`;
// (… also after a topic and a dash: "Actions Taken from Meetings – it was agreed that …".)
const BODY_DECIDES = new RegExp(String.raw`(?:^|[,;:.]\s+|\s[–—-]\s+|\b(?:and|but|so)\s+)${BODY}${DECIDES}`, 'i');
// "It was requested that …", "a request was made for …", "it was suggested and agreed that …".
// … and "The Leader suggested, and Council accepted, that …", "A suggestion was made, and supported, that …".
const IMPERSONAL = /\bit\s+was\s+(?:also\s+|further\s+|therefore\s+|then\s+)?(?:requested|decided|proposed\s+and\s+agreed|suggested\s+and\s+agreed|moved\s+and\s+agreed)\s+(?:by\s+(?:members|the\s+(?:committee|panel|board))\s+)?(?:that|to)\b|\b(?:suggested|proposed),?\s+and\s+(?:the\s+)?(?:council|committee|panel|board|cabinet|members|the\s+meeting)\s+(?:accepted|agreed),?\s+that\b|\b(?:suggestion|proposal)\s+was\s+(?:made|put\s+forward),?\s+and\s+(?:was\s+)?(?:unanimously\s+)?(?:supported|agreed|accepted),?\s+that\b/i;

// A follow-up promised at the meeting: what the promise is to do.
const FOLLOW_UP = String.raw`(?:ensure\s+(?:that\s+)?(?:the|a|an|this|it|members|councillors)\b|seek\s+(?:legal\s+|further\s+|specialist\s+)?(?:advice|clarification|guidance)|request\s+(?:further\s+)?(?:clarification|information|details)\s+from|confirm\s+(?:a|the|when|whether|if|to|dates?)\b|submit\s+(?:a|an|the)|ask\s+(?:if|whether|for|other|the)\b|set\s+(?:this|it|that|these)\s+up|(?:re-?)?circulate|share|send|forward|e-?mail|write\s+to|report\s+back|feed\s*back|look\s+into|investigate|pursue\s+(?:the|this|it|these|that)\b|find\s+out|check\s+(?:whether|if|with|on|the)|clarify|liaise\s+with|follow\s+(?:this|it|that|these|them|the\s+\w+)?\s*up|follow\s+up|chase|(?:arrange|organise|organize)\s+(?:a|an|for|the)|bring\s+(?:a|an|the|this|it|back|further)|come\s+back\s+to|update\s+(?:the\s+)?(?:members|committee|panel|board|councillors|(?:SMT|CMT|SLT|ELT|CLT|CMB)\b|(?:senior\s+|corporate\s+|executive\s+)?(?:leadership|management)\s+team)|provide\s+(?:the\s+)?(?:members|committee|panel|councillors|a\s+(?:written\s+)?(?:response|answer|briefing|note|breakdown|summary|copy|list|report|update)|an?\s+update|further\s+(?:information|details)|details|figures|data|information|a\s+copy)|raise\s+(?:this|it|the)|pass\s+(?:on|this|these|the)|prepare\s+(?:a|an|the)\s+(?:business\s+case|report|paper|briefing|response|plan|note)|contact|respond\s+(?:in\s+writing|formally|directly|to\s+(?:the|members|councillors|him|her|them))|add\s+(?:this|it|the)\b[^.]{0,60}\bwork\s+programme)`;
// "… would circulate …", "… undertook to check …", "… offered to arrange …", "… agreed to provide …".
const PROMISES = new RegExp(String.raw`\b(?:would|will|undertook\s+to|offered\s+to|promised\s+to|agreed\s+to|(?:was|were|would\s+be)\s+happy\s+to|(?:was|were)\s+going\s+to|committed\s+to)\s+(?:also\s+|personally\s+|now\s+)?(?:go\s+back\s+and\s+)?${FOLLOW_UP}\b`, 'i');
// "… would be added to the work programme", "the notes would be circulated to members", "a report would be
// brought to the next meeting": the passive, with where the follow-up goes.
const PASSIVE = /\b(?:would|will)\s+(?:also\s+|then\s+|now\s+|further\s+)?be\s+(?:\w+ly\s+)?(?:deferred|circulated|shared|sent|forwarded|provided|e-?mailed|requested|added|included|brought|scheduled|invited|arranged|sought|checked|chased|followed\s+up|reported|fed\s*back|submitted|presented|given|considered)\b[^.;]{0,80}?\b(?:to\s+(?:all\s+)?(?:(?:committee\s+|panel\s+)?members|councillors|them|the\s+(?:committee|panel|board|commission|group))|shortly|work\s*programme|(?:next|future|following|later|subsequent|forthcoming)\s+(?:[\w'’-]+\s+){0,3}?meeting|on\s+the\s+agenda|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\(|meeting)|(?:after|following)\s+the\s+meeting|by\s+e-?mail|in\s+due\s+course)\b/i;
// "The Chair agreed for the appropriate officer to respond to Councillor Kelly", "The Area Committee has given approval to the
// legal advertising of the order", "The Chair sought and obtained the Committee’s endorsement for herself …": a task handed on,
// an approval recorded in the perfect or as obtained.
const HANDED_ON = /\bthe\s+chair(?:man|person|woman)?\s+agreed\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:officers?|director|clerk|manager)\s+to\s+[a-z]{3,}|\b(?:committee|sub-committee|panel|board|cabinet|council|chief\s+executive|director|officer|member|holder|leader|mayor)\s+(?:has|have)\s+(?:given|granted)\s+(?:its\s+|their\s+)?approval\s+(?:to|for)\b|\bsought\s+and\s+(?:obtained|received|secured|was\s+given)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:endorsement|approval|agreement|consent|support)\b/i;
// "The Chairman advised that the comments would be passed to the Council's CIL Advisory Board": views handed on.
const PASSED_ON = /\b(?:comments|views|concerns|questions|points|feedback|suggestions)\s+(?:would|will)\s+be\s+passed(?:\s+on)?\s+to\s+(?:the\s+)?(?:council['’]s\s+)?(?:[\w'’&-]+\s+){0,4}?(?:board|panel|committee|group|forum|officers?|director|cabinet)\b/i;
// "A formal letter would be sent by the Chief Executive …", "… also confirmed that the name of the organisation would
// be made available": a letter or a piece of information promised.
const PROMISED = /(?:^|[.;:]\s+|\bthat\s+)(?:a|an)\s+(?:formal\s+|written\s+|further\s+)?(?:letter|e-?mail|response|reply|answer|briefing(?:\s+note)?|note|invitation)\s+(?:would|will)\s+be\s+(?:sent|written|provided|circulated|forwarded|issued|given|extended)\b|\bconfirmed\s+(?:that\s+)?[^.;]{0,120}\b(?:would|will)\s+be\s+(?:made\s+available|circulated|provided|shared|sent|forwarded|raised|taken\s+up|passed\s+(?:on|to)|followed\s+up|looked\s+into|investigated|chased|picked\s+up|fed\s+(?:in|into|back))\b|\b(?:this|it|these)\s+(?:would|will)\s+be\s+followed\s+up\b/i;

// Someone at the meeting handing a follow-up to an officer: "… asked the Democratic Services Officer to follow
// this up after the meeting", "… this was referred to the Senior Planning Officer present".
const OFFICER = String.raw`(?:[\w'’-]+\s+){0,5}?(?:officers?|director|manager|clerk|team|department|services?|head\s+of\s+[\w ]{2,40}?)`;
// ("The Chairman asked Councillor Waters to investigate this further and to bring the issue back …": a member given the task.)
const HANDED = new RegExp(String.raw`\basked\s+(?:the\s+|an?\s+)?${OFFICER}\s+to\s+${FOLLOW_UP}\b|\basked\s+(?:councillor|cllr\.?|mr|mrs|ms|miss|dr)\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:\([^()]{2,40}\)\s+)?to\s+(?:investigate|look\s+into|bring|report|raise|follow|find\s+out|liaise|contact|write)\b|\b(?:this|it|the\s+(?:matter|issue|query|question|complaint))\s+(?:was|would\s+be)\s+referred\s+to\s+(?:the\s+)?${OFFICER}\b`, 'i');

// "The Panel would be kept up to date about the findings", "members would be kept informed": a promise to report.
// (… and the active: "he will keep them updated".)
// "He made a firm commitment to bring a detailed report to the October meeting": an officer's undertaking in so many words.
const COMMITMENT = /\b(?:made|gave)\s+a\s+(?:firm\s+|clear\s+)?(?:commitment|undertaking)\s+to\s+(?:bring|provide|report|circulate|send|arrange|review|look)\b/i;
const KEPT = /\b(?:would|will)\s+be\s+kept\s+(?:up\s+to\s+date|informed|updated|appraised|apprised|advised)\b|\b(?:would|will)\s+keep\s+(?:them|members|councillors|the\s+(?:committee|panel|board))\s+(?:updated|informed|up\s+to\s+date|briefed)\b/i;
// "The petition was referred to Cabinet …": a referral made at the meeting.
// ("A petition was received relating to … and was referred to the Director of Place.")
const REFERRED = /\b(?:petition|motion|matter|issue|item|request|proposal)\s+(?:[^.;]{0,200}?\band\s+)?(?:was|were)\s+(?:\w+ly\s+)?referred\s+to\s+(?:the\s+)?(?:cabinet|executive|council|(?:[\w'’&-]+\s+){0,4}?(?:committee|panel|board|director|officer|manager|cabinet\s+member|portfolio\s+holder)|(?:director|head|chief\s+executive)\b)/i;
// "Volunteers were requested to put themselves forward …": members asked to do something.
// (… "members were therefore asked to suggest to officers any items …".)
const MEMBERS_ASKED = /\b(?:members|councillors|volunteers)\s+(?:were|would\s+be)\s+(?:therefore\s+|also\s+)?(?:requested|asked|invited|encouraged)\s+to\s+(?:put|volunteer|nominate|send|submit|provide|let|inform|forward|contact|email|e-mail|come\s+forward|suggest|propose)\b/i;
// "… it was her intention to bring a report on the hospital's plans to the next meeting": a chair's stated plan.
// (… or "it was her intention that GP sustainability would come to the July meeting".)
const INTENDS = /\b(?:it\s+was\s+(?:his|her|their|the\s+chair['’]?s?)\s+intention|(?:he|she|they|the\s+chair\w*)\s+(?:intended|planned))\s+(?:to\s+(?:bring|invite|arrange|write|circulate|hold|add|schedule|report)\b|that\b[^.;]{0,160}?\b(?:would|will)\s+(?:come|be\s+(?:brought|presented|considered|added|scheduled))\b)/i;
// "It was stated that further training sessions would be arranged", "The first meeting of the Group would be
// organised in the following week": a meeting promised.
// (Not the date of the next meeting: "the next meeting would be held on 12 March".)
const MEETING_PROMISED = /\b(?<!\b(?:next|following|last|previous)\s)(?:sessions?|meetings?|briefings?|visits?|workshops?|training)\b(?![^.;]{0,80}\bheld\s+on\b)[^.;]{0,80}\b(?:would|will)\s+(?:also\s+)?be\s+(?:arranged|organised|organized|held|set\s+up|scheduled|convened)\b/i;
// "The Chair indicated that the questioner would receive a written response": an answer promised.
// (… or given: "the Portfolio Lead for Transport would provide a formal written response to the review's proposals"; or told
// in the passive: "A response was promised once these details were established.", "an update would be given to this committee".)
const ANSWER_PROMISED = /\b(?:would|will)\s+(?:receive|be\s+sent|be\s+given|provide|give|send)\s+a\s+(?:full\s+|formal\s+)?(?:written\s+)?(?:response|reply|answer)\b|(?:^|[.;]\s+)(?:a|an)\s+(?:full\s+|formal\s+|further\s+)?(?:written\s+)?(?:response|reply|answer|update)\s+was\s+promised\b|\b(?:an?\s+)?(?:update|response|briefing)\s+would\s+be\s+(?:given|provided)\s+to\s+this\s+(?:committee|panel|board)\b/i;
// "The Director for Place stated that the matter would be taken seriously and would be followed up.": a follow-up promised,
// with nowhere said; "… confirmed that a report … would be presented to Overview and Scrutiny in February": a report promised.
const FOLLOWED_UP = /\b(?:would|will)\s+be\s+(?:followed\s+up|taken\s+forward|looked\s+into|investigated\s+further)\b|\breport\b[^.;]{0,80}\b(?:would|will)\s+be\s+(?:presented|brought|submitted|taken)\s+to\s+(?:the\s+)?(?:overview\s+and\s+)?scrutiny\b/i;
// "Noted that confirmation would be provided from Mr Gore on the reasoning for …": a piece of information promised, from whom.
const INFO_PROMISED = /\b(?:confirmation|clarification|(?:further\s+)?(?:information|details)|(?:an?\s+)?(?:written\s+)?(?:answer|explanation|breakdown))\s+(?:would|will)\s+be\s+(?:provided|given|sought|obtained|circulated|sent)\s+(?:from|by|to)\b/i;
// "Arising from the discussions, asked that the Primary Care Trust explain …": the body left unsaid.
const ELIDED_ASK = /(?:^|,\s+)(?:asked|requested)\s+that\s+(?:the|a|an|officers?)\s/i;
// "Officers were asked to investigate …", "The Chairman requested that the objectives be …": a task given at the meeting.
// ("The Leader therefore asked that officers take appropriate action …".)
const TASK_GIVEN = /\b(?:officers?|the\s+(?:[\w'’-]+\s+){0,3}?(?:officer|manager|director|clerk))\s+(?:were|was)\s+(?:asked|requested|instructed|tasked)\s+to\s+[a-z]{3,}|\bthe\s+(?:chair(?:man|person|woman)?|vice-chair(?:man|person)?|leader|mayor)\s+(?:therefore\s+|also\s+|then\s+|further\s+)?(?:requested|asked)\s+(?:that\s+(?:the|a|an|officers?|members|there)\s|for\s+(?:a|an|the|further)\s|(?:information|details|figures|an\s+update|a\s+briefing)\s+on\b)/i;
// "Members endorsed the officer recommendations.", "The Executive Councillor approved the recommendations.", "The Committee
// agreed the terms of a Motion proposed by …", "The Executive agreed unanimously to the recommendations …", "The Committee acceded
// to a request from …": a body (or the
// executive member deciding) agreeing the report's recommendations (not the lead-in of a
// list, "… endorsed the recommendation as detailed below:").
const ENDORSED = /\b(?:members|committee|panel|board|cabinet|executive|council|councillor|cabinet\s+member|portfolio\s+holder|leader|mayor)\s+(?:\w+ly\s+)?(?:(?:endorsed|supported|agreed|approved|accepted)(?:\s+\w+ly)?(?:\s+to)?|acceded\s+to)\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,2}?(?:recommendations?|proposals?|requests?|experiment|pilot|trial|terms\s+of\s+(?:a|the)\s+motion|adoption\s+of)\b(?![^.;]*:)/i;
// "The Committee therefore agreed further delegated authority for the Town Clerk …", "The Committee considered and approved a report of
// the Chamberlain which …": authority given, a report approved, told in the body's name.
const AUTHORITY_GIVEN = /\b(?:committee|sub-committee|panel|board|cabinet|executive|council)\s+(?:therefore\s+|also\s+|further\s+|then\s+)?(?:(?:agreed|approved|granted|gave)\s+(?:further\s+)?delegated\s+authority\b|considered\s+and\s+approved\s+(?:a|the)\s+(?:[\w'’-]+\s+){0,2}?report\b)/i;
// "A further suggestion that grooming … be included … was agreed by Cabinet.": a proposal made at the meeting, agreed.
const AGREED_BY = /\b(?:suggestion|proposal|amendment|request)\b[^.;]{0,240}\b(?:was|were)\s+(?:\w+ly\s+)?(?:agreed|accepted|approved|supported)\s+by\s+(?:the\s+)?(?:cabinet|executive|committee|panel|board|council|members)\b/i;

// "Following scrutiny, the recommendation was supported to Cabinet.": a pre-decision scrutiny's verdict.
// (… "members were supportive of the recommendations to be considered by Cabinet Board", "the Committee were supportive of
// commending the findings … to Cabinet".)
const SUPPORTED = /\b(?:the\s+)?(?:report['’]s\s+)?recommendations?\s+(?:was|were)\s+(?:\w+ly\s+)?(?:supported|endorsed|agreed|approved)\b|\b(?:members|the\s+committee)\s+(?:were|was)\s+(?:\w+ly\s+)?supportive\s+of\s+(?:the\s+(?:report['’]s\s+)?recommendations?\b|(?:commending|recommending|endorsing|referring)\s+the\b)/i;

// Not a decision of this meeting: a question, a hypothesis, something reported from elsewhere. (A "when" that is what the
// promise is about, "confirmation would be provided … on when the timetable would revert", is no condition.) (A "could" or "might"
// inside what was asked for, "asked that officers take action on how this funding might be reinstated", is the request's.)
const NOT_NOW = /\b(?:asked|queried|questioned|enquired|wondered|sought\s+clarification)\s+(?:as\s+to\s+|about\s+)?(?:whether|if|how|what|why|when|who|which)\b[^.]*\b(?:would|will)\b|(?:^|[,;]\s*(?:but\s+|and\s+)?)(?:if|unless)\b(?!\s+(?:so|necessary|appropriate|required|needed)\b)[^.;]{0,80}\b(?:would|will)\s+(?:be\s+)?\w+|(?<!\b(?:on|about|of|regarding|as\s+to)\s)\b(?:once|when)\b[^.,;]{0,60}\b(?:would|will)\s+(?:be\s+)?\w+|\bhad\s+(?:been\s+)?(?:agreed|requested|decided|asked)\b|\b(?:previously|already|last\s+year)\b[^.]{0,40}\b(?:agreed|requested|decided)\b|(?<!\b(?:(?:asked|requested)\s+that|asking\s+(?:if|whether))\b[^.]{0,200})\b(?:could|might)\s+|\bas\s+(?:normal|usual|standard)\b/i;
// A wish or a view ("it would be useful to see …"): no decision, unless agreed ("The Committee agreed that it would be
// beneficial to reschedule …", "it was agreed that it would be a good idea to report …").
const WISH = /\bwould\s+(?:like|welcome|need|be\s+(?:useful|helpful|good|beneficial|interesting|important|worth))/i;
const AGREED_VIEW = /\bagreed\s+that\s+(?:it|this)\s+would\s+be\b/i;

// An officer or executive member deciding under delegated powers (… or an officer's decision page telling it: "The Director of
// Transport and Infrastructure reviewed and approved materials for the consultation"): "the Chief Executive Officer agreed to use his emergency
// delegated powers to approve the revised Policy".
const DELEGATED = /\b(?:chief\s+executive(?:\s+officer)?|director|head\s+of\s+[\w ]{2,30}?|leader|mayor|cabinet\s+member|executive\s+member|portfolio\s+holder)\s+(?:\w+ly\s+)?(?:agreed|decided|resolved)\s+to\s+(?:use\s+(?:his|her|their|the)\s+(?:emergency\s+)?(?:delegated\s+)?powers?\s+to\s+)?(?:approve|adopt|award|authori[sz]e|implement|accept)\b|\bthe\s+(?:chief\s+executive|(?:[\w-]+\s+)?director|head\s+of\s+[\w ]{2,30}?)(?:\s+(?:of|for)(?:\s+[\w&,'’-]+){1,6}?)?\s+(?:(?:reviewed|considered)\s+and\s+)?approved\s+(?!(?:the\s+)?minutes\b|of\b)(?:the\s+)?[a-z]/i;

// "Jamie Jackson to contact Mendip Council for a replacement representative.", "Clerk to write to the Health Board.": an
// action noted in the discussion, someone named and what they are to do, no verb of telling before it.
// (Not a plan told: "Plans to write off the debt were reported".)
const ACTION_TO = String.raw`\s+to\s+(?:contact|circulate|send|write\s+to|arrange|provide|invite|chase|check|investigate|follow\s+up|look\s+into|liaise|e-?mail|report\s+back|forward|share|organi[sz]e|seek|confirm|clarify|draft|prepare|add|include)\b`;
const ACTION_NOTE = new RegExp(String.raw`(?:^|[.;]\s+)(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?(?!(?:Plans?|Proposals?|Reports?|Work|Efforts?|Arrangements?|Attempts?|Steps|Measures|Options?|Funding|Money|Ways?|Need|Decisions?|Failure|Agreement|Requests?|Intentions?|Members|It|This|There|They|We|He|She)\s)(?:[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+|[A-Z]{2,3})${ACTION_TO}`);
const ROLE_ACTION_NOTE = new RegExp(String.raw`(?:^|[.;]\s+)(?:the\s+)?(?:clerk|officers?|chair(?:man|person|woman)?|democratic\s+services(?:\s+officer)?|scrutiny\s+officer|committee\s+officer)${ACTION_TO}`, 'i');

/** A pre-decision scrutiny's verdict on a report's recommendations ("members were supportive of the recommendations", "the
 * recommendation was supported to Cabinet"): not ENDORSED's wider forms, which beside a list mostly tell how it was reached. */
export function isVerdict(sentence: string): boolean {
  return SUPPORTED.test(sentence);
}

const FORMS = [FOLLOWED_UP, AUTHORITY_GIVEN, INFO_PROMISED, ACTION_NOTE, ROLE_ACTION_NOTE, DELEGATED, BODY_DECIDES, IMPERSONAL, PROMISES, PASSIVE, PASSED_ON, HANDED_ON, COMMITMENT, HANDED, PROMISED, SUPPORTED, KEPT, REFERRED, MEMBERS_ASKED, ENDORSED, AGREED_BY, INTENDS, MEETING_PROMISED, ANSWER_PROMISED, ELIDED_ASK, TASK_GIVEN];
const inAnyForm = (text: string): boolean => FORMS.some((form) => form.test(text));

/** A question, a condition, a wish or something decided before: no decision of this meeting, whatever its verbs. */
export function isHypothetical(sentence: string): boolean {
  return NOT_NOW.test(sentence) || (WISH.test(sentence) && !AGREED_VIEW.test(sentence));
}

/**
 * A paragraph's sentences: split after a full stop before a capital, or before a label and a capital ("… if they
 * wished. c) Paragraph 12(b): Proposals …", the label dropped).
 */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=[A-Z]|\(?[a-z0-9]{1,3}\)\s+[A-Z])/).map((t) => t.replace(/^\(?[a-z0-9]{1,3}\)\s+(?=[A-Z])/, ''));
}

/** A paragraph holding at least one such sentence (each sentence judged alone: a question beside a promise does not hide it). */
export function hasNarrativeDecision(paragraph: string): boolean {
  if (!inAnyForm(paragraph)) return false;
  return sentencesOf(paragraph).some(isNarrativeDecision);
}

/** A follow-up promised (not a body deciding): "… would be circulated to them shortly", "the Director would send …". */
export function isPromise(sentence: string): boolean {
  return (PROMISES.test(sentence) || PASSIVE.test(sentence) || PASSED_ON.test(sentence) || COMMITMENT.test(sentence) || PROMISED.test(sentence) || HANDED.test(sentence) || KEPT.test(sentence) || MEETING_PROMISED.test(sentence) || ANSWER_PROMISED.test(sentence) || INFO_PROMISED.test(sentence) || FOLLOWED_UP.test(sentence)) && !isHypothetical(sentence);
}

/** A sentence that records a decision or undertaking by a general form (see above), or false. */
export function isNarrativeDecision(sentence: string): boolean {
  // The forms first: most sentences match none, and the test for questions and conditions is the costlier.
  if (!inAnyForm(sentence)) return false;
  if (!isHypothetical(sentence)) return true;
  // "… this could now be set up and a report will be brought back to the next meeting": a clause joined on with
  // its own subject is judged alone, so a possibility beside a promise does not hide it.
  const clauses = sentence.split(/;\s+|,?\s+and\s+(?=(?:a|an|the|this|it|he|she|they|officers?|members?)\s)/i);
  return clauses.length > 1 && clauses.some((c) => inAnyForm(c) && !isHypothetical(c));
}
