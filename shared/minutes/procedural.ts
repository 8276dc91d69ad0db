// Wording of the meeting's own business (minutes, apologies, interests, elections, the order of business,
// thanks, noting): what makes a resolution procedural, so that nothing is owed on it.
import { isPromise } from './narrative';

/** Patterns of procedural business; the first is the minutes of a previous meeting. */
export const PROCEDURAL: RegExp[] = [
  // The minutes of a previous meeting approved, confirmed, signed or noted ("… as set out at Appendix 1 to
  // these minutes, be approved" is no such thing).
  // (… nor "the terms of reference (copy attached as an appendix to the minutes) be approved".)
  // (… nor "the resolutions as set out in the exempt minutes be agreed", nor "the recommendation in Minute 41 be adopted" or
  // "at Minute GP 19/3", nor "a
  // shop within a five-minute walk, be agreed".)
  /(?<!\b(?:these|to|in|with)\s)(?<!\b(?:to|in|with)\s+the\s)(?<!\b(?:to|in|with|within)\s+the\s+exempt\s)(?<![-\d]\s?)\bminutes?\b(?!\s+(?:no\.?\s*)?\d)(?!\s+[a-z]{1,4}\s*\d{1,4}\/\d)(?!['’]?\s+walk)[^.]{0,160}\b(?:approved|confirmed|agreed|signed|accepted|received|adopted|noted)\b|\bminutes\b[^.]{0,120}\b(?:are|be)\s+(?:re-?submitted|not\s+submitted)\b|\b(?:correct|accurate|true)\s+records?\b|\bminutes\b[^.]{0,200}\b(?:taken\s+as\s+read|correctly\s+recorded)\b|\bminutes\b[^.]{0,80}\baccurate\s+reflection\b/i,
  // The committee's calendar: "That the draft schedule of meetings for 2025/26 be approved".
  // (… and a decision page's "To approve the calendar of meetings for the 2025/26 Municipal Year".)
  /\b(?:schedule|calendar|programme|timetable)\s+of\s+(?:committee\s+|council\s+)?meetings\b[^.]{0,80}\b(?:approved|agreed|adopted|noted)\b|\b(?:approve|agree|adopt|note)\s+the\s+(?:draft\s+)?(?:schedule|calendar|programme|timetable)\s+of\s+(?:committee\s+|council\s+)?meetings\b/i,
  /\bapologies\b|\b(?:attendance|notification)\s+of\s+(?:any\s+)?named\s+substitutes?\b|\bnamed\s+substitutes?\b[^.]{0,40}\b(?:noted|received|reported|present)\b|\b(?:declarations?|disclosures?)\s+of\s+(?:\w+\s+){0,2}interests?\b|\bdeclared\b[^.]{0,80}\binterest\b|\breceived\s+(?:deputations?|petitions?)\b/i,
  // The date of the next meeting; not a request that mentions it ("… for her to raise at the next meeting").
  /^(?:that\s+)?(?:the\s+)?(?:date\s+of\s+the\s+)?next\s+meeting\b[^.]{0,60}\b(?:be\s+held|will\s+be|take\s+place|is\s+(?:on|scheduled))\b|\bdate\s+of\s+(?:the\s+)?next\s+meeting\b/i,
  // An item put off to another meeting ("… would be returned to Council at a later date"); not "That consideration of the
  // proposed merger be deferred for further reports", a named matter put off, which the collectors read as an action.
  /\b(?:be|been)\s+returned\s+to\b[^.]{0,40}\bat\s+a\s+(?:later|future)\s+(?:date|meeting)\b|(?<!^(?:that\s+)?consideration\s+of\s+(?!(?:the|this)\s+(?:item|matter)\b)[^.]{0,120})\b(?:item|report|consideration(?!\s+of\s+(?!(?:the|this)\s+(?:item|matter)\b))|matter|briefing)\b[^.]{0,120}\bbe\s+deferred\b|\bdefer(?:s|red)?\s+(?:consideration\s+of\s+)?(?:the|this)\s+(?:item|report|matter)\b|\bdeferred\s+(?:until|to|for)\s+(?:a|the)\s+(?:future|next|later)\s+meeting\b|\bitem\s+(?:was|had\s+been)\s+deferred\b|\b(?:delay|postpone|postponement|deferral)\b[^.]{0,80}\buntil\s+(?:a|the)\s+(?:future|next|later)\s+meeting\b/i,
  // Business taken in private ("… agreed to discuss it further under Part B", "in closed session").
  /\b(?:discuss|consider|debate)\w*\b[^.]{0,60}\b(?:under|in)\s+(?:part\s+(?:b|2|ii)\b|private\b|closed\s+session\b)|\b(?:press|public)\b[^.]{0,40}\bexcluded\b|\bexclude\b[^.]{0,40}\b(?:press|public)\b|\bexempt\s+information\b|\bitems?\b[^.]{0,40}\b(?:taken|considered)\s+in\s+(?:public|private)\b/i,
  // "Cabinet agree the contents of the report …", "to agree the contents of the Report": the report received, as noting it;
  // an item continued to a future meeting (Scotland's word for deferred); a member appointed to sit on a committee.
  /^(?:that\s+)?(?:(?:the\s+)?(?:cabinet|committee|panel|board|council|members)\s+|to\s+)?(?:agrees?|accepts?)\s+the\s+contents?\s+of\s+the\s+report\b|\bcontinue\s+(?:the|this)\s+(?:item|matter|report)\s+to\s+(?:a|the)\s+(?:future|next|later|special)\s+meeting\b|\bappoint\s+(?:the\s+)?(?:[\w'’-]+\s+){0,8}?to\s+(?:sit|serve)\s+on\b/i,
  // The minutes corrected before they are approved: "to amend Item 9 to read, 'The Board heard …'", "to amend Article 3 at
  // (iii) to include …" (an item or article of the minute; a policy's paragraph amended is a decision).
  /^(?:that\s+)?(?:to\s+)?amend\s+(?:item|article|minute)\s+\d{1,3}\b[^.]{0,40}?\bto\s+(?:read|include|insert|add|delete|remove|record|reflect|show)\b/i,
  // Civic honours: "That former Councillor Peter Swift be made an Honorary Alderman", the freedom of the borough.
  /\bhonorary\s+(?:alderm[ae]n|freem[ae]n|freedom)\b|\bfreedom\s+of\s+the\s+(?:borough|city|district|county)\b/i,
  // Elections and appointments: the chair, the mayor, members to groups.
  /\b(?:appointed|elected)\s+(?:as\s+)?(?:the\s+)?(?:deputy\s+|vice[\s-]?)?(?:chair|vice|mayor|convener|leader)/i,
  // "To appoint Adele Taylor as the interim Chief Finance Officer …": a named person given a post.
  /\b(?:appoint|elect)\s+(?:[A-Z][\w'’-]+\s+){1,3}as\s+(?:the\s+|an?\s+)?(?:interim\s+|acting\s+|deputy\s+|vice[\s-]?)?[A-Z]/,
  // "To elect Councillor Jones as Chair of this committee for 2023/24" (a decision page's wording).
  // … and "Agree to appoint members to the working group as set out below:".
  /\b(?:elect|appoint)\s+(?:councillor|cllr\.?|mr|mrs|ms|miss|dr)\s+[\w'’ .-]{1,40}?\s+as\s+(?:the\s+)?(?:deputy\s+|vice[\s-]?)?(?:chair|mayor|convener|leader)|\bappoint\s+(?:the\s+)?(?:members|councillors|representatives)\s+(?:to|of)\s+(?:the\s+)?[\w'’ &-]{0,40}?(?:group|panel|board|committee|body)\b/i,
  // "The Committee agreed to appoint Mr A and Mr B to be the independent members": members chosen.
  /\b(?:agreed|resolved|decided)\s+to\s+appoint\b(?![^.]{0,120}\bto\s+(?:undertake|carry\s+out|conduct|review|deliver|provide|advise|prepare|produce|develop|lead|support|investigate|assess|progress)\b)/i,
  // "Appoint Matthew Barber, Leader of the council, Roger Cox as the Conservative group member …": people named to seats, verb first.
  /^(?:[Tt]o\s+)?[Aa]ppoint\s+(?:(?:[Cc]ouncillors?|[Cc]llrs?\.?|Mr|Mrs|Ms|Dr)\s+)?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\b[^.;]{0,200}?\bas\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:member|representative|chair(?:man|person)?|vice-chair(?:man|person)?|substitute|deputy)s?\b/,
  // (Not advisers or consultants taken on for a piece of work: "… be appointed to undertake a review of …".)
  /\bbe\s+(?:appointed|elected)\b(?!\s+to\s+(?:undertake|carry\s+out|conduct|review|deliver|provide|advise|prepare|produce|develop|lead|support|investigate|assess|progress)\b)|\bduly\s+appointed\b|\b(?:lead\s+members?|representatives?|membership)\b(?!\s+criteria\b)[^.]{0,80}\bbe\s+(?:as\s+follows|approved|agreed|confirmed|noted)\b/i,
  // The running of the meeting: the order of business, an urgent item taken, an adjournment, items taken together.
  /\border\s+of\s+(?:(?:the\s+)?business|the\s+agenda|items)\b|\bbe\s+read\s+a\s+(?:first|second|third)\s+time\b|\burgent\s+(?:item|business)\b|\badjourn(?:ed|s)?\b|(?<!following\s+an\s+)\badjournment\b|\b(?:take|taken|consider|considered)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:items?|reports?)\s+(?:\d+\s+)?(?:together|next|first|as\s+the\s+next\s+item)\b|\btake\s+item\s+\d+\s+(?:next|first|before)\b|\b(?:take|taken|consider|considered)\s+(?:the\s+)?(?:items?|reports?)\b[^.]{0,60}\btogether\b/i,
  // "That the Agenda as circulated be agreed.", a decisions list's "Report for note.": the meeting's business taken as it came.
  /^(?:that\s+)?the\s+agenda\b[^.;]{0,40}\bbe\s+(?:agreed|approved|accepted|adopted)\.?$|^(?:the\s+)?report\s+(?:was\s+)?(?:for|to)\s+(?:note|noting|information)\.?$/i,
  // The committee's own meeting times ("would meet at a revised time of 9.30am", "an increased number of
  // evening meetings"): housekeeping, like the order of business.
  /\b(?:meet|meetings?)\b[^.]{0,60}\b(?:revised\s+time|start(?:ing)?\s+time|commence|evening\s+meetings?|number\s+of\s+(?:evening\s+)?meetings)\b|\b(?:increased|reduced)\s+number\s+of\s+(?:evening\s+|daytime\s+)?meetings\b/i,
  // Thanks passed on: "Members asked that their thanks be passed on to the staff".
  // (… and "Officers pass on the Committee's thanks to Councillor Chalk".)
  /\b(?:thanks|condolences|sympathy|sympathies|congratulations|best\s+wishes)\b[^.]{0,60}\bbe\s+(?:recorded|given|extended|conveyed|accorded|passed(?:\s+on)?|sent|placed\s+on\s+record)\b|\b(?:pass|passes|convey|conveys)\s+on\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’]+\s+){0,2}thanks\b/i,
  // Thanks and praise sent or given: "Congratulated the task and finish group on a high quality report and thanked the
  // group …", "the Chair said that she would write to the Head to praise the presentation and thank the pupils".
  // (… or in the imperative, "Formally thank the Panel for their work.", and "Recognised the extent of the work being undertaken by …".)
  /^(?:that\s+)?(?:(?:formally\s+)?(?:congratulated?|thank(?:ed)?|commend(?:ed)?|praised?)|recogni[sz]ed\s+the\s+(?:extent|scale|quality|value|level)\s+of\s+the\s+work)\b(?![^.]*\b(?:asked|requested|recommended|agreed\s+to|instructed)\b)|\bwrite\s+to\b[^.]{0,80}?\bto\s+(?:thank|praise|congratulate)\b(?![^.]*\b(?:ask|request|seek|invite)\b)/i,
  // A view agreed, not an action: "Members agreed that the presentation had been helpful", "… that it was
  // content with the progress made".
  /\bagreed\s+that\s+(?:[\w'’-]+\s+){0,6}?(?:had\s+been|has\s+been|was|were)\s+(?:very\s+|most\s+|extremely\s+|generally\s+)?(?:helpful|useful|informative|content|satisfied|pleased|positive|reassured|clear|comprehensive|welcome|excellent|good)\b/i,
  // "The progress made be endorsed", "The work of the Partnership be endorsed", "Recognition be given to the work of
  // …": a view of work done, nothing to do.
  /^(?:that\s+)?(?:the\s+)?(?:progress|work|efforts?|contributions?|achievements?|hard\s+work)\b[^.;]{0,80}\bbe\s+(?:endorsed|welcomed|acknowledged|commended|recognised|recognized)\b|^(?:that\s+)?recognition\s+be\s+given\s+to\b/i,
  // "That the political groups be requested to nominate two Members": an appointment in the making.
  /\b(?:groups?|parties|party\s+leaders|group\s+leaders)\s+be\s+(?:requested|asked|invited)\s+to\s+nominate\b/i,
  // "That Cabinet be assured that progress has been made …": a view taken, nothing to do.
  /^(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?be\s+assured\s+that\b/i,
  // A finding agreed ("The visits made before the meeting were found useful"): a view, nothing to do.
  /^(?:that\s+)?(?:the\s+)?(?:[\w'’&-]+\s+){0,20}?(?:was|were)\s+found\b(?!\s+(?:to\s+)?(?:be\s+)?(?:wanting|lacking|inadequate|deficient))/i,
  // Members given a place on a group, or nominations to its membership: an appointment in the making.
  /\b(?:members?|councillors?)\b[^.]{0,220}\b(?:opportunity\s+to\s+)?(?:join|sit\s+on|serve\s+on)\b[^.]{0,40}\b(?:group|panel|board)\b/i,
  // "That the Task Group comprises Councillors A, B and C": its members named.
  /\b(?:group|panel|board|committee)\s+(?:comprises?|consists?\s+of|is\s+made\s+up\s+of)\s+(?:of\s+)?(?:councillors|cllrs?\.?|members)\b/i,
  /\bnominations?\s+(?:for|to)\s+(?:the\s+)?membership\b[^.]{0,100}\bbe\s+(?:notified|sent|submitted|made|sought)\b/i,
  // A decision page's note that the decision takes effect at once ("The decision will be implemented immediately as
  // agreed with the Chair of Scrutiny"): how, not what.
  // (… "after the three day call in period" too.) Who was present, questions received ("Cabinet received oral questions in
  // accordance with …", "Two written questions."), and a report to consider (the agenda's words): no decision.
  /^(?:the|this)\s+decision\s+(?:will|is\s+to)\s+be\s+implemented\b|^(?:all\s+)?(?:[\w'’-]+\s+){0,3}(?:members|councillors)\s+(?:were|was)\s+(?:all\s+)?present\.?$|\breceived\s+(?:oral\s+|written\s+)?questions\b|^(?:one|two|three|four|five|\d+)\s+(?:written\s+|oral\s+|public\s+)?questions?\.?$|^to\s+consider\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}(?:proposal|report|request|petition|motion|question|update)s?\b(?![^.]{0,200}\band\s+(?:to\s+)?(?:approve|agree|adopt|recommend|endorse))/i,
  // A call-in that ends with no referral ("to confirm the original decision"): the decision stands and nothing is owed.
  /\bnot\s+(?:be\s+)?referred\s+back\b|\bmay\s+(?:now\s+)?be\s+implemented\b|\bno\s+further\s+action\b|\bno\s+call[\s-]?in\b|\bno\s+action\s+be\s+taken\b|\bcall[\s-]?in\s+(?:is|was|be)\s+not\s+(?:appropriate|applicable|required|necessary)\b|\bnot\s+(?:be\s+)?subject\s+to\s+call[\s-]?in\b|\b(?:confirm|uphold)(?:s|ed)?\s+the\s+original\s+decision\b|\boriginal\s+decision\b[^.]{0,60}\b(?:be|is|was)\s+(?:confirmed|upheld)\b/i,
  // Thanks, gratitude and welcomes put on record ("record its gratitude to all staff", "formally welcome
  // Councillor X as the new Chair"), nil returns ("There were no declarations.", "No additional items of
  // business were taken"), a chair chosen for the one meeting, and "Declarations of
  // from Councillor X" (a word lost in copying).
  /\b(?:record|records|recorded|place|places|placed|extend|extends|convey|conveys|express|expresses|offer|offers)\s+(?:on\s+record\s+)?(?:its|their|his|her|the\s+[\w'’]+)?\s*(?:sincere\s+|warm\s+|warmest\s+|formal\s+|grateful\s+|deep\s+)?(?:thanks|gratitude|appreciation|congratulations|condolences|sympathy)\b|\b(?:formally\s+)?welcomes?\s+(?:councillor|cllr\.?|mr|mrs|ms|dr)\b[^.;]{0,160}?\b(?:as|to\s+(?:the|their|his|her|its))\b/i,
  // "To receive any announcements from the Mayor", "Received from Councillor X re the closure of …" (a petition's
  // heading), a draft calendar approved, and a bare "APPROVED" with nothing to follow up.
  // Interests declared one per line ("Councillor A Richardson – personal interest on the grounds that …"), papers
  // kept from publication, "to receive and note", members arriving or leaving, minutes approved in the
  // infinitive ("To approve the minutes of …"), the committee's own meeting times and terms of reference, a
  // call-in decision "freed for implementation", a work programme "updated as per the preamble", an officer "authorised
  // to vary the Forward Work Programme between meetings".
  // (Not a change to the code of conduct itself: "… dispensation … disclosable pecuniary interest … be included in the Members'
  // Code of Conduct at paragraph 7.7.4".)
  /^(?![^]*\bbe\s+(?:included|inserted|added|amended)\s+(?:in|to|into)\s+the\s+(?:members['’]?\s+)?code\s+of\s+conduct\b)[^]*?\b(?:personal|prejudicial|pecuniary|disclosable|other\s+registrable|non-registrable)\s+(?:(?:and\s+|or\s+)?\w+\s+)?interests?\b|\bnot\s+for\s+publication\b|\bexempt\s+from\s+publication\b|\bto\s+receive\s+and\s+note\b|\b(?:arrived|left|joined)\s+(?:the\s+meeting\s+)?(?:during|at|after|before)\b|\b(?:approve|confirm|agree|sign)(?:s|d|ed)?\s+(?:the\s+)?minutes\b|^(?:that\s+)?(?:to\s+)?(?:approve|confirm|agree|sign)(?:d|ed)?\s+the\s+minute(?:\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?meeting\b[^.]{0,60})?\.?$|\bmeetings?\s+of\s+(?:this|the)\s+(?:committee|panel|board|sub-committee)\b[^.]{0,80}\bbe\s+held\b|\breceives?\s+its\s+terms\s+of\s+reference\b|\bbe\s+(?:freed|released)\s+for\s+implementation\b|\bwork\s+(?:programm\w*|plans?)\b[^.]{0,60}\bbe\s+updated\s+as\s+per\b|\bauthori[sz]ed\s+to\s+vary\s+the\s+(?:forward\s+)?work\s+(?:programme|plan)\b|\bdischarge[sd]?\s+(?:items?|actions?)\s+\d/i,
  // "From local residents of Lockwood regarding …" (a deputation heard), "The report was for noting only",
  // "Acknowledged the work of …".
  /^from\s+[\w .,'’&-]{2,80}?\s+(?:regarding|seeking|about|concerning|in\s+respect\s+of|re)\b|\bfor\s+(?:noting|information)\s+only\b|^acknowledged\s+the\s+(?:work|contribution|efforts?)\b/i,
  // Items moved on or off the committee's business statement ("To transfer item 17 to the Council Business Statement"),
  // and "To receive the Consultation Report in respect of …".
  // (Not an instruction or a request made about an item on the planner: "… on the planner (School Estate Plan) to instruct
  // the Chief Officer to …".)
  /\bbusiness\s+statement\b|^(?![^]*\bto\s+(?:instruct|request)\b)[^]*?\b(?:on|from|to)\s+the\s+(?:\w+\s+)?planner\b|^(?:that\s+)?(?:to\s+)?receive\s+the\s+(?:[\w-]+\s+){0,3}(?:report|update|presentation)\b(?![^.]{0,200}\b(?:and|,)\s+(?:agree|approve|endorse|adopt|recommend))/i,
  /^to\s+receive\s+any\s+(?:announcements|apologies|declarations|questions|petitions|communications)\b|^received\s+from\s+(?:councillor|cllr|mr|mrs|ms|dr)\b|\b(?:draft\s+)?calendar\b[^.]{0,60}\b(?:approved|agreed|adopted|noted)\b|^(?:approved|agreed|noted|carried|accepted)\.?$/i,
  /^(?:that\s+)?(?:there\s+(?:were|was)\s+no|no)\s+(?:additional\s+|further\s+|other\s+)?(?:declarations?|interests?|apologies|urgent\s+items?|items?\s+of\s+(?:urgent\s+)?business|questions|petitions|deputations)\b|^(?:declarations?|disclosures?)\s+of\b|\belected\b[^.]{0,60}\bto\s+chair\s+the\s+meeting\b/i,
  // Work already done approved after the fact: "that the work completed by Internal Audit between April and June be noted
  // and approved", "the Current Performance Indicator statistics be noted and approved" (nothing is left to do).
  // (… and "Noted and approved the decisions taken by CMT and the Chairman as outlined in the report".)
  /\b(?:status|work\s+(?:completed|undertaken|done|carried\s+out)|progress|statistics|performance)\b[^.]{0,100}\bbe\s+noted\s+and\s+approved\b|^(?:that\s+)?(?:to\s+)?not(?:e|ed)\s+and\s+approve[ds]?\s+the\s+(?:decisions?|actions?)\s+(?:already\s+)?(?:taken|made)\b/i,
  // An agenda's purpose left on a decision page ("To consider the results of the public consultation exercise …", "To
  // consider the next steps at a future meeting of the Committee"), a receipt ("Received the Pharmaceutical Needs
  // Assessment 2018."), and a committee that wanted nothing ("That the Committee did not, at this time, have any topics …").
  /^(?:that\s+)?to\s+consider\s+(?:the|a|an|any|its)\b(?![^.]{0,200}\b(?:and|,)\s+(?:to\s+)?(?:agree|approve|endorse|adopt|recommend|refer|request|instruct))|^received\s+(?:the|a|an)\s+[^.;]{3,120}\.?$|\b(?:did|does)\s+not,?\s+(?:at\s+this\s+time,?\s+)?(?:have|wish\s+to\s+(?:add|raise|suggest))\s+any\b/i,
  // A report taken in, in the passive: "The content of the report be considered.", "The report be considered and received."
  /^(?:that\s+)?(?:the\s+)?(?:contents?\s+of\s+the\s+)?(?:report|presentation|update)\s+be\s+(?:considered|received)(?:\s+and\s+(?:considered|received|noted))?\.?$/i,
  // A seat filled: "… that the existing member and substitute … be nominated as member and substitute for the new Committee".
  /\bbe\s+(?:re-?)?nominated\s+as\s+(?:the\s+)?(?:council['’]s\s+)?(?:members?|substitutes?|representatives?|chair(?:man|person)?|vice-chair(?:man|person)?)\b/i,
  // The minutes confirmed with the verb first ("To confirm as true the minutes of the meeting held 9 June 2023."), a vice-chair
  // appointed ("To appoint a Vice-Chair for the Committee …"), and a council's thanks ("The Council thank the Independent
  // Remuneration Panel for their report.").
  /^(?:that\s+)?(?:to\s+)?(?:confirm|approve|agree|sign)\s+(?:as\s+(?:a\s+)?(?:true|correct|accurate)(?:\s+record)?\s+)?the\s+minutes\b|\b(?:to\s+)?(?:appoint|elect)\s+(?:a|the)\s+(?:vice[\s-]?)?chair(?:man|person)?\s+(?:for|of)\b|^(?:that\s+)?(?:the\s+)?(?:council|cabinet|committee|board)\s+(?:thank|thanks)\s+(?:the\s+)?[^.;]{3,80}\s+for\s+(?:their|its|his|her)\s+(?:report|work|presentation|attendance)\.?$/i,
  // A seat's term extended: "To extend the term of Lynda Walker as member representative for 2 years".
  /\bextend\s+the\s+(?:term|appointment)\s+of\s+(?:councillor\s+|cllr\.?\s+|mr\.?\s+|mrs\.?\s+|ms\.?\s+|dr\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+as\b/,
];
// A clause that only notes, thanks or welcomes: "the report be noted", "the committee notes the tracker".
// (… "be formally received by the cabinet", "be commended and thanked for the huge amount of work …".)
const NOTE_CLAUSE = /^(?:that\s+)?(?:(?:the|this|its)\s+)?(?:\S+\s+){0,40}?(?:be|is|was|were|are)\s+(?:duly\s+|formally\s+)?(?:commended\s+and\s+)?(?:noted|thanked|received)\b|^(?:that\s+)?(?:the\s+)?(?:\S+\s+){0,6}?(?:agreed|agrees|resolved)\s+to\s+(?:note|thank|welcome)\b|^(?:that\s+)?(?:the\s+)?(?:\S+\s+){0,12}?(?:committee|panel|board|commission|cabinet|executive|council|group|members|officers)\s+(?:\w+ly\s+)?(?:receives?\s+and\s+)?(?:notes?|noted)\b|\bwere\s+(?:content|satisfied)\s+with\b|^(?:that\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,4}?(?:committee|panel|board|commission|cabinet)\s+|members\s+)?(?:notes?|noted|thanks?|thanked|welcomes?|welcomed|acknowledges?|acknowledged)\b|\bthanks\b[^.]{0,60}\bbe\s+(?:recorded|given|extended|conveyed|passed\s+on|passed|sent|placed\s+on\s+record)\b|^(?:that\s+)?to\s+(?:otherwise\s+|also\s+|further\s+|\w+ly\s+)?(?:note|thank|welcome|acknowledge)\b|^(?:that\s+)?(?:to\s+)?(?:accept|receive)s?\s+the\s+(?:report|update|presentation)\s*\.?$/i;
// Words that make a "notes ..." clause ask for something too ("notes the report and requests ...", "… be noted and the
// submission to Welsh Government be approved", "… be noted and submitted to the next Cabinet", "… be noted and fund approved").
// ("provided" and its kin only as asked for: "be provided", not "the information provided so far".)
export const ASKS = /\b(?:(?:and|,)\s+(?:to\s+)?(?:agree|agrees|agreed|approve|approves|approved|adopt|adopts)\b|and\s+the\s+(?:[\w'’,()/&-]+\s+){0,16}?(?:(?:be|is|are)\s+)?(?:\w+ly\s+)?(?:approved|agreed|adopted|endorsed|supported|amended)\b|and\s+(?!that\b)[a-z]+\s+(?:be\s+)?(?:approved|adopted|endorsed)\b|and\s+(?:be\s+)?(?:submitted|referred|forwarded|reported|presented)\s+to\b|and\s+(?:[\w'’-]+\s+){1,6}?be\s+(?:delegated|granted|authori[sz]ed|established|set\s+up)\b|and\s+(?:delegated\s+)?authori[sz]ation\s+(?:be|is)\s+given\b|and\s+(?:the\s+)?recommendations?\s+(?:be|are|were)\s+(?:accepted|agreed|approved|adopted)\b|agreed\s+that|recommends?|recommended|requests?|requested|asks?|asked|invites?|invited|refers?|referred|(?:be|being|been|is|are)\s+(?:\w+ly\s+)?(?:provided|circulated|shared|brought)|(?<!\b(?:will|would|shall)\s)(?:be|are)\s+(?:reported|presented|submitted)\s+to\b|(?:is|are)\s+to\s+be\s+(?:built|included|added|scheduled|brought)|report(?:s|ing)?\s+back|reviewed|considers?|write|writes|add(?:ed)?\s+to|agree[sd]?\s+to|urges?)\b/i;

/** True when every clause of the resolution only notes (or thanks): nothing follows from it. */
const TOLD_WHY = /^(?:one\s+of\s+the\s+(?:key\s+|main\s+)?(?:gains|benefits|reasons|aims)|the\s+(?:key\s+|main\s+)?(?:gain|benefit|reason|aim|purpose)\s+(?:of|from|for)\b)[^.;]{0,200}\b(?:is|are|was|were)\b/i;

export function onlyNotes(text: string): boolean {
  // (A sentence that only tells why, after the noting, asks nothing: "… be noted. One of the key gains from the shift to housing is
  // that Southwark Building Services will become …".)
  const clauses = text.split(/;\s*(?:and\s+)?|,?\s+and\s+that\s+|\s+and\s+(?=to\s+(?:note|accept|receive|thank|welcome)\b)|\.\s+(?=[A-Z])/).map((c) => c.trim()).filter((c, k) => c.length > 0 && !(k > 0 && TOLD_WHY.test(c) && !ASKS.test(c)));
  // ("… noted that information on conception rates would be circulated to them shortly": a promise noted is still a promise.)
  // ("a draft final version of the Plan … be received, following pre-decision scrutiny": something still to come is asked for;
  // "Unless objections are received by 18th April the increased fares be approved …", "… a report … if any objections were
  // received": a condition, not a noting.)
  return clauses.length > 0 && clauses.every((c) => NOTE_CLAUSE.test(c) && !ASKS.test(asked(c)) && !isPromise(c) && !/^(?:that\s+)?(?:a|an)\s+(?:[\w'’-]+\s+){0,6}?(?:report|version|update|plan|strategy|review|briefing)\b[^.;]{0,160}\bbe\s+received\b/i.test(c) && !/^(?:that\s+)?(?:unless|if|once|should|subject\s+to)\b/i.test(c) && !/\b(?:if|unless|should|once|when)\s+[^.;]{0,60}\b(?:are|were|be|is)\s+received\b/i.test(c));
}

// In a clause that opens by noting ("notes the decision of X to request that …"), what follows is what
// was noted; only a second verb joined on ("… and asks …") asks for something.
function asked(clause: string): string {
  const noted = /^(?:that\s+)?(?:notes?|noted|to\s+note)\b|^(?:that\s+)?(?:the\s+)?(?:\S+\s+){0,12}?(?:committee|panel|board|commission|cabinet|executive|council|group|members)\s+(?:\w+ly\s+)?(?:notes?|noted|(?:agreed|agrees|resolved)\s+to\s+note)\b|^(?:that\s+)?(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,6}(?:agreed|agrees|resolved)\s+to\s+note\b|\bwere\s+(?:content|satisfied)\s+with\b/i.exec(clause);
  if (!noted) return clause;
  // Only what follows the noting can ask ("… Overview and Scrutiny Panel request, Cabinet note" asks nothing).
  // (… or joined on with "but": "noted the Forward Plan but requested that the Transformation project be scheduled".)
  const rest = clause.slice(noted.index + noted[0].length);
  const joined = /,?\s+(?:and|but)\s+(?=(?:\w+\s+){0,2}(?:recommends?|requests?|asks?|invites?|refers?|agrees?|urges?|approves?|endorses?|adopts?)\b|(?:also\s+|further\s+|then\s+)?(?:recommended|requested|asked|invited|referred|agreed|urged|approved|endorsed|adopted|accepted|delegated)\b|(?:the\s+)?recommendations?\s+(?:be|are|were)\s+(?:accepted|agreed|approved|endorsed|adopted)\b)/i.exec(rest);
  return joined ? rest.slice(joined.index) : '';
}
