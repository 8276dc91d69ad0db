// The failure families found on the third batch of real minutes (tests/fixtures/minutes/real/batch3), each
// in a few lines written for the test, not copied from any council.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { lines } from './familyHelpers';

const all = (text: string) => parseMinutes(text).items.flatMap((i) => i.resolutions.map((r) => ({ ...r, item: i.number, title: i.title })));

describe('resolutions the parser must find', () => {
  it('reads a participle in the resolution\'s own wording as no narrative ("… outlined in section 3 be agreed")', () => {
    const found = all(lines('Decision details', '', 'Decided at meeting: 04/03/2025 - Budget Scrutiny Panel', '', 'RESOLVED that:', '', '1. The comments on the savings outlined in section 3 be agreed and sent to the Resources Committee,', '', '2. The fees review would be presented to the Resources Committee in June.'));
    expect(found.map((r) => r.kind === 'procedural')).toEqual([false, false]);
  });

  it('keeps "be reported to the Cabinet" and "would be presented" apart from reporting verbs', () => {
    const found = all(lines('RESOLVED:', '', '(a) the audit of the depot project, when finished, be reported to the Cabinet with the costs;', '', '(b) the Leader considered the position and agreed to write to the minister.'));
    expect(found[0]?.kind).not.toBe('procedural');
  });

  it('passes over "The committee heard …" after a decision page\'s "Decisions:" label', () => {
    const found = all(lines('Decisions:', '', 'The committee heard that the review had taken four months and that partners had helped.', '', 'A vote was taken and it was RESOLVED that:', '', '1. The findings be sent to the Housing Committee.'));
    expect(found.map((r) => r.text)).toEqual(['The findings be sent to the Housing Committee.']);
  });

  it('finds "the Mayor agreed that …" and "it was agreed that …" in the middle of a paragraph', () => {
    const mayor = all(lines('Youth Budget pdf icon PDF 20 KB', '', 'Having heard the Young Advisors, the Mayor agreed that the youth budget proposals be approved.'));
    expect(mayor).toHaveLength(1);
    expect(mayor[0]?.kind).not.toBe('procedural');
    const agreed = all(lines('5. PARKS', '', 'A resident wrote about the pond. Following debate, it was agreed that officers would write to the resident.'));
    expect(agreed.map((r) => r.text)).toEqual(['Following debate, it was agreed that officers would write to the resident.']);
  });

  it('takes "the Committee voted to recommend …" as formal beside an "agreed that:" list', () => {
    const found = all(lines('After discussion, the Committee voted to recommend the second option to the Authority.', '', 'The Committee agreed that:', '', '· more officers are needed for scrutiny'));
    expect(found.map((r) => r.text)).toContain('After discussion, the Committee voted to recommend the second option to the Authority.');
  });

  it('finds AGREED in capitals late in a long paragraph, as the sentence that holds it', () => {
    const found = all(lines('7. MATTERS ARISING', '', 'The Chair said that the trust had not answered the questions the panel had put to it in July and that members were not content with the reply they had been sent. After discussion it was AGREED that the trust be asked to attend in October.'));
    expect(found.map((r) => r.text)).toEqual(['After discussion it was AGREED that the trust be asked to attend in October.']);
    expect(found[0]?.kind).not.toBe('procedural');
  });

  it('reads "Action >>> Head of Parks" under a paragraph as that paragraph\'s action', () => {
    const found = all(lines('The Chair said that the pond report would be sent to all members before the next meeting.', 'Action >>> Head of Parks'));
    expect(found).toHaveLength(1);
    expect(found[0]?.found).toBe('action-line');
    expect(found[0]?.text).toMatch(/^The Chair said that the pond report/);
  });

  it('reads "… and resolved that:" at a paragraph\'s end as a marker', () => {
    const found = all(lines('The Panel went through the draft review report, and resolved that:', '', 'The report be approved subject to the following changes:', '• the foreword be shortened.'));
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe('The report be approved subject to the following changes:\nthe foreword be shortened.');
  });

  it('reads each decision of a paragraph flagged "– ACTION", narrative before them passed over', () => {
    const found = all(lines('A letter about the bus station was read out by the clerk. The committee agreed that the letter be sent to the Cabinet Member. Petitions 2 and 3 require a written reply within a month. – ACTION'));
    expect(found.map((r) => r.text)).toEqual(['The committee agreed that the letter be sent to the Cabinet Member.', 'Petitions 2 and 3 require a written reply within a month.']);
    expect(found.every((r) => r.kind !== 'procedural')).toBe(true);
  });

  it('joins a double-spaced web page\'s wrapped lines across the blank between them', () => {
    const found = all(lines('Grants pdf icon PDF 12 KB', '', 'Having considered the officer report and the views', '', 'of the three ward councillors,', '', 'the Mayor agreed that the grants be awarded.'));
    expect(found[0]?.text).toBe('Having considered the officer report and the views of the three ward councillors, the Mayor agreed that the grants be awarded.');
  });

  it('makes an item of each web title that kept its file link though its number was lost', () => {
    const parsed = parseMinutes(lines('Minutes pdf icon PDF 26 KB', '', 'RESOLVED that the minutes be approved.', '', 'Street Lighting pdf icon PDF 40 KB', '', 'RESOLVED that the lighting plan be approved.'));
    expect(parsed.items.map((i) => i.title)).toEqual(['Minutes', 'Street Lighting']);
  });

  it('reads a report approved under an item headed "Minutes", and business under "Minutes and matters arising", as no minutes', () => {
    const report = all(lines('5 Minutes', '', 'RESOLVED that the minutes be approved.', '', 'The Panel resolved that:', '', 'The review report be approved.'));
    expect(report.map((r) => r.kind === 'procedural')).toEqual([true, false]);
    const arising = all(lines('12 Minutes and Matters Arising', '', 'RESOLVED that the minutes be approved.', '', 'The Chair had written to the trust twice and had no reply. After a short debate it was AGREED that the trust be invited to the October meeting.'));
    expect(arising[1]?.kind).not.toBe('procedural');
  });
});

describe('undertakings and PDF text that lost its line breaks', () => {
  it('proposes an undertaking to report back where no marker was found, less certainly', () => {
    const found = all(lines('Any other business', '', 'The Chair advised that he would meet the Chief Executive about the review and would be reporting back to the next meeting of the committee.'));
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('action');
    expect(found[0]?.uncertain).toBe(true);
  });

  it('splits a glued "RESOLVED:" and a glued minute number with its title in capitals onto lines of their own', () => {
    const parsed = parseMinutes('Cabinet Minutes Monday 3 March 2025PRESENTCouncillor A Smith, Leader41. MINUTES OF THE LAST MEETINGRESOLVED:That the minutes be confirmed.42. APOLOGIESThere were none.43. PARKING CHARGES 2025/26RESOLVED:That the new parking charges be approved.____________________Minutes are subject to confirmation at the next meeting.');
    expect(parsed.items.map((i) => i.number)).toEqual(['41', '42', '43']);
    const last = parsed.items[2]?.resolutions[0];
    expect(last?.text).toBe('That the new parking charges be approved.');
    expect(last?.kind).not.toBe('procedural');
  });
});

describe('the second tranche of batch 3', () => {
  it('reads an agenda\'s own numbered lines ("1  To highlight …") as agenda text up to the item\'s "Minutes:" label', () => {
    const found = all(lines('Items', '', '12.', '', 'Exempt Information', '', '1  To highlight reports with exempt information.', '', 'RESOLVED – That the press and public be excluded from the meeting.', '', '   None were identified.', '', 'Minutes:', '', 'None.', '', '13.', '', 'Late Items', '', 'Minutes:', '', 'There were none.'));
    expect(found).toEqual([]);
  });

  it('finds "The Chair … and asked that …" as a narrative request where no marker was found', () => {
    const found = all(lines('5.', '', 'Late Items', '', 'Minutes:', '', 'The Chair admitted a late item on the review group and asked that the group look again at how topics are chosen.'));
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).not.toBe('procedural');
  });

  it('keeps "2. That …" after an unlabelled "That …" whose label was lost', () => {
    const found = all(lines('The Executive Member presented the response.', 'That the panel’s final report on parks be noted.', '2. That the action plan, prepared in response to the panel, be approved.'));
    expect(found.map((r) => [r.label, r.kind === 'procedural'])).toEqual([[null, true], ['2', false]]);
  });

  it('reads one labelled decision ("i. Approved the …") and cuts a glued "Reason for the Decision"', () => {
    const found = all(lines('Parks Contract PDF 100 KB', 'Minutes:', 'Decision of the Executive Councillor', 'i.', 'Approved the award of the parks contract to the preferred bidder. Reason for the Decision As set out in the report.'));
    expect(found.map((r) => r.text)).toEqual(['Approved the award of the parks contract to the preferred bidder.']);
  });
});

describe('the third tranche of batch 3', () => {
  it('reads each narrative decision of one paragraph: "… would write a letter …" and "… but Members agreed that …"', () => {
    const found = all(lines('Agenda item', '', 'Councillor Lee said the delay was unacceptable. The Chair agreed and would write a letter to the trust on behalf of the committee. The manager offered an update in March but Members agreed that an update was needed before then.'));
    expect(found.map((r) => r.text)).toEqual(['The Chair agreed and would write a letter to the trust on behalf of the committee.', 'The manager offered an update in March but Members agreed that an update was needed before then.']);
  });

  it('reads "Options open to the Cabinet Member" (i), (ii) as choices, not decisions, and a table row as the end of an item\'s agenda', () => {
    const found = all(lines('No. | Item |', 'Declarations of interest Minutes: None. |', 'To present the call-in.', 'Options open to the Cabinet Member', '(i) The Cabinet Member confirms the decision; or', '(ii) The Cabinet Member amends the decision. Additional documents:', 'Minutes: The Cabinet Member heard Cllr Ray. |'));
    expect(found).toEqual([]);
  });

  it('proposes nothing from a ModernGov agenda table with no "Minutes:" label, and no lead-in fragment as a resolution', () => {
    expect(all(lines('No. | Item |', 'Apologies |', 'Minutes of the last meeting RECOMMENDED that the minutes be confirmed. |', 'Work programme RECOMMENDED that the Panel', '(1) Notes the updates. (2) Determines its work programme. |'))).toEqual([]);
    expect(all(lines('4. WORK PROGRAMME', '', 'RECOMMENDED that the Scrutiny Panel'))).toEqual([]);
  });

  it('reads "Item 11 – …" quoted after "… called in the following item: -" as no heading', () => {
    const parsed = parseMinutes(lines('Call-ins', '', 'The Chair has called in the following item for this meeting: -', '', 'Item 11 – Sale of the depot', '', 'The committee noted the report.', '', 'RESOLVED: That the decision be referred back to Cabinet.'));
    expect(parsed.items.map((i) => i.number)).toEqual([null]);
  });

  it('classes business put to the private part of the meeting as procedural', () => {
    expect(all(lines('Call-in: depot sale', '', 'The committee noted Part A of the report and agreed to discuss it further under Part B.'))[0]?.kind).toBe('procedural');
  });

  it('reads no committee from a list of other meetings\' minutes ("Council, 26 September 2024", …)', () => {
    expect(parseMinutes(lines('12 Dec 2024 - 09:30 to 13:00', 'Items Of Business', 'There were submitted the Minutes of the following meetings:', '', 'Council, 26 September 2024', 'Special Audit, Risk and Scrutiny Board, 22 October 2024', 'Leadership Board, 4 December 2024', '', 'DECIDED: That the Minutes be approved.')).committee).toBeNull();
  });

  it('keeps a short present-tense resolution ("That officers circulate the plan.") and drops only a bare body name', () => {
    expect(all(lines('5. TREES', '', 'RESOLVED: That officers circulate the planting plan.')).map((r) => r.text)).toEqual(['That officers circulate the planting plan.']);
  });

  it('classes members given the chance to join a review group as procedural', () => {
    expect(all(lines('5. REVIEWS', '', 'RESOLVED: That members absent tonight be given the opportunity to join either review group.'))[0]?.kind).toBe('procedural');
  });

  it('reads no committee from an issue page\'s title, and an officer decision\'s own "Date:" under its heading', () => {
    const parsed = parseMinutes(lines('Issue - decisions', '', 'Review Panel', '', '29/05/2020 - Review Panel', '', 'Officer Delegated Decision', '', 'Date: 8 April 2020', '', 'Agreed that one review panel would be set up for the response.'));
    expect(parsed.committee).toBeNull();
    expect(parsed.meetingDate).toBe('2020-04-08');
  });
});

describe('the fourth tranche of batch 3', () => {
  it('takes a web item heading with its file link as an item even when its number goes down (an issue page, newest first)', () => {
    const parsed = parseMinutes(lines('78 Street Trees Policy PDF 65 KB', 'It was moved by Councillor Ash, seconded by Councillor Elm and', 'That the street trees policy be approved.', '27 Street Trees Policy PDF 65 KB', 'The Committee considered the draft policy.', 'That the draft policy be submitted to Cabinet for approval.'));
    expect(parsed.items.map((i) => [i.number, i.resolutions.length])).toEqual([['78', 1], ['27', 1]]);
    expect(parsed.items[1]?.resolutions[0]?.kind).not.toBe('procedural');
  });

  it('passes over "Councillor X also made similar comments" after a "Decisions:" label, and reads "returned to Council at a later date" as put off', () => {
    const found = all(lines('Decisions:', '', 'Councillor Webb also made similar comments about the length of the report.', '', 'RESOLVED:', '', 'That the annual report would be returned to Council at a later date.'));
    expect(found.map((r) => [r.text, r.kind])).toEqual([['That the annual report would be returned to Council at a later date.', 'procedural']]);
  });
});

describe('the fifth tranche of batch 3', () => {
  it('reads an issue history\'s dated entries: "• 12/03/2024 - Action: (1) … (2) …", each point a resolution, dated', () => {
    const parsed = parseMinutes(lines('Parking Review', '', '  • 12/03/2024 - Action: (1) That the Board notes the parking report. (2) That the Board recommends that the Council reviews permit charges. Jo Smith ; status: completed', '  • 12/03/2024 - Agenda item, Scrutiny Board Parking Review 12/03/2024'));
    expect(parsed.meetingDate).toBe('2024-03-12');
    const found = parsed.items.flatMap((i) => i.resolutions);
    expect(found.map((r) => [r.label, r.kind === 'procedural'])).toEqual([['1', true], ['2', false]]);
  });

  it('reads "The Cabinet then:" as the marker of the numbered decisions below it, passing over what scrutiny agreed before', () => {
    const found = all(lines('At its meeting in March the Scrutiny Committee agreed to recommend that the Cabinet reply to its reviews.', 'The Cabinet then:-', '(1) Noted that two replies had been sent.', '(2) Asked officers to send the third reply by June.'));
    expect(found.map((r) => r.label)).toEqual(['1', '2']);
  });
});

describe('the sixth tranche of batch 3', () => {
  it('finds "The Committee asked the Head of Planning to circulate …" and "Members agreed to …" where no marker was found', () => {
    const asked = all(lines('6. PLANNING ENFORCEMENT', '', 'Following questions, the Committee asked the Head of Planning to circulate the enforcement figures each quarter.'));
    expect(asked).toHaveLength(1);
    expect(asked[0]?.kind).not.toBe('procedural');
    expect(all(lines('7. PARKS', '', 'After discussion Members agreed to visit the new play areas in the spring.'))).toHaveLength(1);
  });

  it('finds "… and it was agreed to send …" inside a sentence', () => {
    const found = all(lines('Work Programme', '', 'Attention turned to the tracker and it was agreed to send each item to the named officer.'));
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).not.toBe('procedural');
  });
});

describe('the seventh tranche of batch 3', () => {
  it('classes "Officers noted members’ comments." under "Action:" as procedural', () => {
    expect(all(lines('Update', '', 'Action:', '', 'Officers noted members’ comments.'))[0]?.kind).toBe('procedural');
  });

  it('reads "… Matter for" then "Decision" on the next line as a phrase carried on, not a "Decision" heading', () => {
    const found = all(lines('Parks Contract PDF 100 KB', 'Minutes:', 'This item was chaired by the Vice-Chair. Matter for', 'Decision', 'I.', 'The Council owned a number of parks that needed new contracts and the work had been tendered.', 'Decision of the Executive Councillor', 'i.', 'Approved the award of the parks contract.'));
    expect(found.map((r) => r.text)).toEqual(['Approved the award of the parks contract.']);
  });

  it('reads the committee from an "Agenda and minutes" title line with its date alone below it', () => {
    const parsed = parseMinutes(lines('Agenda and minutes', '', 'Westshire Fire and Rescue Authority - Policy and Strategy', 'Friday, 24th July, 2015 10.00 am', '', 'Items', 'No. Item', '', '1.', '', 'APOLOGIES FOR ABSENCE', '', 'Minutes:', '', 'None.'));
    expect(parsed.committee).toBe('Westshire Fire and Rescue Authority - Policy and Strategy');
    expect(parsed.meetingDate).toBe('2015-07-24');
  });
});

describe('the eighth tranche of batch 3', () => {
  it('finds "The Sub-Panel requested hard copy folders …", an officer\'s "… would be circulated to the Panel", and keeps "agreed that this …" with the request before it', () => {
    expect(all(lines('3. Papers', '', 'The Sub-Panel requested printed copies of the evidence received so far.'))).toHaveLength(1);
    expect(all(lines('2. Updates', '', 'The Officer advised that as soon as the figures were received they would be circulated to the Panel.'))).toHaveLength(1);
    const briefing = all(lines('5. Briefing', '', 'The Panel requested the Officer to arrange a site visit. The Panel agreed that this should take place before its next meeting.'));
    expect(briefing.map((r) => r.text)).toEqual(['The Panel requested the Officer to arrange a site visit. The Panel agreed that this should take place before its next meeting.']);
  });
});

describe('families read from batch 3\'s held-out quarter after its first look (not independent any more)', () => {
  it('reads "RESOLVED: That the Board" with its numbered points below as the points', () => {
    const found = all(lines('15 Housing Protocol PDF 20 KB', 'Minutes:', 'RESOLVED: That the Board', '1) notes the report; and', '2) endorses the protocol and recommends it to Council for approval.'));
    expect(found.map((r) => [r.label, r.kind === 'procedural'])).toEqual([['1', true], ['2', false]]);
  });

  it('splits "RESOLVED to: 1. Note … 2. Agree … 3. Agree …" run together in one table cell, and "Decision: None" is no decision', () => {
    const found = all(lines('No. | Item |', 'Matters raised by Scrutiny Decision: None. Minutes: None. |', 'Parks Plan Decision: It was RESOLVED to: 1. Note the consultation results 2. Agree the three priorities in the plan 3. Agree that progress is reported each year. Minutes: The Mayor agreed. |'));
    expect(found.map((r) => r.label)).toEqual(['1', '2', '3']);
  });

  it('reads "Decision taken" as a label and passes over a "Reason for decision" paragraph below it', () => {
    const found = all(lines('Decision status: Recommendations Approved', 'Decision taken', 'Cabinet agreed the recommendations set out in the report.', 'Reason for decision', 'On 1 May the Scrutiny Committee recommended to Cabinet the task group\'s recommendations.', 'Decided at meeting: 05/05/2025 - Cabinet'));
    expect(found.map((r) => r.text)).toEqual(['Cabinet agreed the recommendations set out in the report.']);
  });

  it('classes a committee\'s own meeting times, and minutes re-submitted, as procedural, but not a matter reconvened "following an adjournment"', () => {
    expect(all(lines('9 Annual Business', 'The following was agreed:', '1. The commission would meet at a revised time of 9.30am.', '2. The commission agreed to an increased number of evening meetings.')).map((r) => r.kind)).toEqual(['procedural', 'procedural']);
    expect(all(lines('Minutes', '', '(1) that the minutes of the meeting are re-submitted to a future meeting of this Committee;', '(2) that an extra meeting is held and the matter, reconvened following an adjournment, be considered again.')).map((r) => r.kind === 'procedural')).toEqual([true, false]);
  });
});

describe('a narrative approval of a report\'s recommendations', () => {
  it('finds "Cabinet agreed the recommendations set out in the report." and "the Committee endorsed the task group\'s recommendations" where no marker was found', () => {
    expect(all(lines('7. Grounds Maintenance', '', 'After a short debate Cabinet agreed the recommendations set out in the report.'))).toHaveLength(1);
    const found = all(lines('8. Review of Libraries', '', 'The Chair presented the review. The Committee endorsed the task group\'s recommendations for submission to Cabinet.'));
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).not.toBe('procedural');
  });
});

describe('what is not a resolution, or is procedural', () => {
  it('reads a list under "The Committee is recommended to:", even a sub-heading below it, as the agenda\'s', () => {
    expect(all(lines('Issue - meetings', '', 'The Committee is recommended to:', '1. Endorse the task group report.', '2. Delegate minor changes to officers.'))).toEqual([]);
    expect(all(lines('4. TERMS OF REFERENCE', '', 'The Board is recommended to note the following terms of reference:', '', 'Terms of Reference', '', '1. To advise the Authority on its budget.', '2. To monitor spending.'))).toEqual([]);
  });

  it('classes disclosures of interests and nominations to a group\'s membership as procedural', () => {
    const found = all(lines('2. DISCLOSURES OF INTERESTS', '', 'RESOLVED – That the list of members’ other bodies be noted. No further disclosures were made.', '', '3. BUDGET GROUP', '', 'RESOLVED that:', '1. The timetable be noted.', '2. Nominations for membership of the Group from the political groups be notified to the clerk.'));
    expect(found.map((r) => r.kind)).toEqual(['procedural', 'procedural', 'procedural']);
  });
});

describe('committee and date', () => {
  it('reads a CMIS page\'s committee as printed above "28 Apr 2020 - 19:00 to 21:00"', () => {
    const parsed = parseMinutes(lines('Meeting Details', '', '(2024/25) Scrutiny Review Panel 3 (Parks)', '12 Mar 2025 - 19:00 to 21:00', '  • Documents', '', '1 Apologies for Absence', 'None.'));
    expect(parsed.committee).toBe('(2024/25) Scrutiny Review Panel 3 (Parks)');
    expect(parsed.meetingDate).toBe('2025-03-12');
  });

  it('does not take minutes "to follow" listed under an item as the opening of these minutes', () => {
    const parsed = parseMinutes(lines('Agenda item', '', 'Minutes of the previous meetings', '', 'Draft Minutes of the meeting on 4 June 2024 (attached)', '', 'Draft Minutes of the meeting on 2 July 2024 (To Follow at the next meeting)', '', '3.1 The minutes of 4 June 2024 were agreed as a correct record.'));
    expect(parsed.meetingDate).toBeNull();
  });

  it('reads a decision page past its "Purpose of Report:" line', () => {
    const found = all(lines('Decision details', '', 'Decision Maker: Executive', '', 'Purpose:', '', 'Purpose of Report: To present the review.', '', 'Decision:', '', 'Resolved: That the Executive ask officers to draft guidance on street signs.', '', 'Decided at meeting: 10/02/2025 - Executive'));
    expect(found.map((r) => r.text)).toEqual(['That the Executive ask officers to draft guidance on street signs.']);
  });
});

describe('noting, whatever else the words name (tenth tranche)', () => {
  it('classes "That the Executive note the recommendations of …" and a long subject "be noted" as procedural', () => {
    const found = all(lines('7. TASK GROUP ON PARKING', '', 'RESOLVED: That the Executive note the recommendations of the Place Scrutiny Panel of 3 March; and note the work needed to answer them.', '', '8. TRACKER', '', 'RESOLVED that the report on the progress made with each of the recommendations the Panel made at its meetings over the last year, and the separate report on the progress of the two task and finish reviews still running, be noted.'));
    expect(found.map((r) => r.kind)).toEqual(['procedural', 'procedural']);
  });

  it('does not read a body\'s name ending "… and Scrutiny Panel request," as a request when the clause only notes', () => {
    const found = all(lines('5. REFERENCE FROM A PANEL', '', 'RESOLVED: That at the Housing Overview and Scrutiny Panel request, Cabinet notes the petition.'));
    expect(found.map((r) => r.kind)).toEqual(['procedural']);
  });

  it('classes "Cabinet considered the report and recommendations …" as procedural, and members content with answers as no decision', () => {
    const found = all(lines('9. LIBRARIES REVIEW', '', 'RESOLVED:', '1. That Cabinet considered the report and recommendations of the libraries review.', '2. That Cabinet agreed to fund the mobile library for a further year.'));
    expect(found.map((r) => r.kind === 'procedural')).toEqual([true, false]);
    expect(all(lines('4. FOLLOW-UP', '', 'RESOLVED: That Members were content with the answers provided by the Head of Service.')).map((r) => r.kind)).toEqual(['procedural']);
  });

  it('reads a request to another committee under a "Minutes" heading as business, not the minutes', () => {
    const found = all(lines('3. MINUTES OF THE SPECIAL MEETING', '', 'RESOLVED that:', '1. The Committee requests that the Standards Committee review the gifts and hospitality register;', '2. The minutes of the special meeting be signed as a correct record.'));
    expect(found.map((r) => r.kind)).toEqual(['recommendation', 'procedural']);
  });
});
