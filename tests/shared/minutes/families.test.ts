// Issue 12 §2's families and the rules behind the corpus's last misses, each in minutes written for
// this test and worded unlike any corpus set: what the parser must read, whatever the council's style.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';

function kinds(text: string): Array<[string | null, string]> {
  return parseMinutes(text).items.flatMap((i) => i.resolutions.map((r): [string | null, string] => [r.label, r.kind]));
}

describe('the work programme item', () => {
  it('calls noting or approving the programme procedural, and asking for something under it an action', () => {
    const text = '14. FORWARD WORK PROGRAMME 2026/27\n\nRESOLVED – That:\n\n(a) the forward work programme be endorsed;\n(b) a special meeting be convened in late March to look at the bus network review;\n(c) the Head of Waste be invited to the July meeting to answer questions on garden waste charges.';
    expect(kinds(text)).toEqual([['a', 'procedural'], ['b', 'action'], ['c', 'action']]);
    expect(parseMinutes(text).items[0]?.resolutions[1]?.addressee).toBe('officers');
  });

  it('keeps an approval "subject to the addition of the items agreed during the meeting" procedural', () => {
    expect(kinds('9. Work Plan\n\nResolved: That, subject to the addition of the topics agreed earlier in the meeting, the work plan be approved.')).toEqual([[null, 'procedural']]);
  });

  it('reads a proposal to Cabinet under the work programme item as a recommendation', () => {
    expect(kinds('9. WORK PROGRAMME\n\nRESOLVED: That the Cabinet be recommended to delay the depot decision until the committee has reported.')).toEqual([[null, 'recommendation']]);
  });

  it('reads a lead-in that ends on an en dash run onto its last word ("… comments made–") as the list’s lead', () => {
    const text = 'Decision:\n\nResolved: having heard the evidence, and in light of the comments made–\n\n(i) to note the performance report; and\n\n(ii) that officers circulate the complaints breakdown by ward';
    expect(parseMinutes(text).items[0]?.resolutions.map((r) => [r.label, r.kind, r.found])).toEqual([['i', 'procedural', 'after-marker'], ['ii', 'action', 'after-marker']]);
  });
});

describe('cross-references', () => {
  it('reads "Minute 17 – …" under "Matters arising" as a reference to the last meeting, not an item', () => {
    const parsed = parseMinutes('5. MINUTES\n\nRESOLVED: That the minutes of the meeting held on 2 March 2026 be approved.\n\n6. MATTERS ARISING\n\nMinute 17 – Street Lighting Review\n\nMembers were told the survey had slipped. The Committee asked for a briefing note on the new timetable.\n\nMinute 19 – Allotments\n\nNothing further to report.\n\n7. BUDGET MONITORING\n\nRESOLVED: That the report be noted.');
    expect(parsed.items.map((i) => i.number)).toEqual(['5', '6', '7']);
    const six = parsed.items[1]?.resolutions.map((r) => [r.kind, r.addressee]);
    expect(six).toEqual([['action', 'officers']]);
  });

  it('still reads "Minute 18 – Title" as the heading where no "Matters arising" comes before it', () => {
    expect(parseMinutes('Minute 17 – Apologies\n\nNone.\n\nMinute 18 – Parks Strategy\n\nRESOLVED: That the Cabinet be asked to fund two rangers.').items.map((i) => i.number)).toEqual(['17', '18']);
  });
});

function res(text: string) {
  return parseMinutes(text).items.flatMap((i) => i.resolutions.map((r) => ({ item: i.number, ...r })));
}

describe('markers in other words and places', () => {
  it('reads "(3) RESOLVED that:-" where every paragraph of the minute is numbered', () => {
    const r = res('31. PARKING ENFORCEMENT\n\n(1) The Parking Manager presented the annual report.\n\n(2) Members raised the number of appeals upheld.\n\n(3) RESOLVED that:-\n\n(a) the annual report be noted; and\n\n(b) the Executive Member for Transport be asked to review the appeals process.');
    expect(r.map((x) => [x.label, x.kind, x.found])).toEqual([['a', 'procedural', 'after-marker'], ['b', 'recommendation', 'after-marker']]);
  });

  it('reads a marker that ends a sentence: "… and it was agreed that"', () => {
    const r = res('12. FLOOD RISK\n\nAfter a full debate, the motion was moved by Councillor Penn, seconded by Councillor Hart, and it was agreed that\n\n(a) the Lead Local Flood Authority be asked to publish its section 19 reports within six months;\n(b) the update be noted.');
    expect(r.map((x) => [x.label, x.kind, x.found])).toEqual([['a', 'recommendation', 'after-marker'], ['b', 'procedural', 'after-marker']]);
  });

  it('reads "AGREED – That", "The Panel AGREED" and "The Sub-Committee thereupon resolved:-"', () => {
    expect(res('4. TREES\n\nAGREED – That the Executive be asked to replace every street tree felled this year.').map((x) => x.kind)).toEqual(['recommendation']);
    expect(res('4. TREES\n\nThe Panel AGREED:\n\n1. to note the tree strategy;\n2. that officers map the canopy cover by ward.').map((x) => [x.label, x.kind])).toEqual([['1', 'procedural'], ['2', 'action']]);
    expect(res('4. TREES\n\nThe Sub-Committee thereupon resolved:-\n\n(i) that the Cabinet Member be asked to fund a tree officer post.').map((x) => [x.label, x.kind])).toEqual([['i', 'recommendation']]);
  });

  it('reads "Resolved to RECOMMEND (to Council):" and "Recommended to Cabinet that"', () => {
    const council = res('9. CONSTITUTION\n\nResolved to RECOMMEND (to Council):\n\n1. That the petitions scheme be revised as set out in Appendix B.\n2. That the Monitoring Officer be authorised to make consequential changes.');
    expect(council.map((x) => [x.label, x.kind])).toEqual([['1', 'recommendation'], ['2', 'recommendation']]);
    expect(res('9. FEES\n\nRecommended to Cabinet that the garden waste charge be held at £45 for 2027.').map((x) => [x.kind, x.addressee])).toEqual([['recommendation', 'executive']]);
  });

  it('reads "it was moved, seconded and RESOLVED", "The Sub-Committee agreed to recommend" and "RESOLVED: That the Executive be asked to"', () => {
    expect(res('6. HOUSING\n\nIt was moved, seconded and RESOLVED that the Executive be asked to bring forward the empty homes strategy.').map((x) => [x.kind, x.addressee])).toEqual([['recommendation', 'executive']]);
    expect(res('6. HOUSING\n\nThe Sub-Committee agreed to recommend that the Cabinet adopts a landlord licensing scheme.').map((x) => x.kind)).toEqual(['recommendation']);
  });

  it('reads "Resolution:", "Outcome:", "Decision(s):" and "DECIDED:"', () => {
    for (const marker of ['Resolution:', 'Outcome:', 'Decision(s):', 'DECIDED:']) {
      const r = res(`3. LEISURE\n\n${marker} That the Cabinet be asked to keep the lido open until September.`);
      expect(r.map((x) => [x.text, x.kind]), marker).toEqual([['That the Cabinet be asked to keep the lido open until September.', 'recommendation']]);
    }
  });

  it('reads a Welsh "RESOLVED that" with (i)/(ii) and a Scottish "The Committee agreed:- (a) …"', () => {
    expect(res('7. ACTIVE TRAVEL\n\nRESOLVED that\n\n(i) the report be noted;\n\n(ii) the Cabinet Member for Highways be asked to publish the active travel network map.').map((x) => [x.label, x.kind])).toEqual([['i', 'procedural'], ['ii', 'recommendation']]);
    expect(res('7. Roads Maintenance.\n\nThe Committee agreed:- (a) to note the report; and (b) to ask the Executive Director to report on pothole repair times in six months.').map((x) => [x.label, x.kind])).toEqual([['a', 'procedural'], ['b', 'action']]);
  });

  it('reads a "Conclusions and recommendations" heading as opening the list', () => {
    const r = res('5. INQUIRY REPORT\n\nConclusions and recommendations\n\n1. The Cabinet should publish a five-year plan for school places.\n2. The Council should lobby for fair funding for high needs.');
    expect(r.map((x) => [x.label, x.kind, x.found])).toEqual([['1', 'recommendation', 'after-marker'], ['2', 'recommendation', 'after-marker']]);
    const after = res('5. INQUIRY REPORT\n\nRESOLVED: That the report be noted.\n\nSummary of recommendations\n\n1. The Cabinet should publish a five-year plan for school places.\n2. The Council should lobby for fair funding for high needs.');
    expect(after.map((x) => x.kind)).toEqual(['procedural', 'recommendation', 'recommendation']);
  });

  it('reads a ModernGov "Decision:" block that opens with narrative', () => {
    const r = res('18 Bus Services Review PDF 80 KB\n\nDecision:\n\nThe Chair introduced the review.\n\nRESOLVED: That the Cabinet be asked to protect the evening services.\n\nSupporting documents:');
    expect(r.map((x) => x.text)).toEqual(['That the Cabinet be asked to protect the evening services.']);
  });
});

describe('who is asked', () => {
  it('reads an Executive Director as an officer, not the executive', () => {
    expect(res('3. WASTE\n\nRESOLVED: That the Executive Director of Place report on missed bins to the committee in March.').map((x) => [x.kind, x.addressee])).toEqual([['action', 'officers']]);
  });
});

describe('list artefacts of PDF and Word', () => {
  it('reads "• (c)" bullets before labels, a label alone on its line, and "- " continuation lines', () => {
    const text = [
      '22. ADULT SOCIAL CARE WAITING LISTS',
      '',
      'RESOLVED: That the Executive be asked to:',
      '• (a) publish monthly figures for people waiting for an assessment;',
      '• (b) set a target for reviews completed within',
      '- twelve months of a care package starting;',
      '(c)',
      'report progress to the committee in October.',
    ].join('\n');
    const r = res(text);
    expect(r.map((x) => [x.label, x.text])).toEqual([
      ['a', 'Publish monthly figures for people waiting for an assessment.'],
      ['b', 'Set a target for reviews completed within twelve months of a care package starting.'],
      ['c', 'Report progress to the committee in October.'],
    ]);
    expect(r.every((x) => x.kind === 'recommendation')).toBe(true);
  });

  it('reads on across a page break with a form feed, a running header and a page number inside a recommendation', () => {
    const text = 'Minutes of the Place Scrutiny Committee held on 3 February 2026\n\n8. LOCAL PLAN\n\nRESOLVED: That\n\n(1) the Cabinet be recommended to consult parish councils on the revised\n\f\nPlace Scrutiny Committee – 3 February 2026\nPage 5\n\nhousing numbers before the plan is submitted; and\n\n(2) the update be noted.';
    expect(res(text).map((x) => [x.label, x.text])).toEqual([
      ['1', 'The Cabinet be recommended to consult parish councils on the revised housing numbers before the plan is submitted.'],
      ['2', 'The update be noted.'],
    ]);
  });

  it('joins a word hyphenated across a page break and drops a footer repeated on every page', () => {
    const page = (n: number) => `\n\nOverview and Scrutiny Committee – 12 March 2026\n\nPage ${n}\n\n`;
    const text = `Minutes of the Overview and Scrutiny Committee held on 12 March 2026\n\n4. CCTV\n\nRESOLVED: That the Portfolio Holder be asked to extend the CCTV net-${page(2)}work to the two new estates.\n\n5. LIBRARIES\n\nRESOLVED: That the Cabinet be asked to restore Sunday opening at the central library.${page(3)}6. CLOSE\n\nThe meeting closed at 8.40 pm.${page(4)}`;
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(['CCTV', 'LIBRARIES', 'CLOSE']);
    expect(parsed.items[0]?.resolutions[0]?.text).toBe('That the Portfolio Holder be asked to extend the CCTV network to the two new estates.');
    expect(parsed.committee).toBe('Overview and Scrutiny Committee');
    expect(parsed.meetingDate).toBe('2026-03-12');
  });

  it('reads a resolution hard-wrapped mid-sentence by a PDF, with labels alone on their lines', () => {
    const text = ['Minutes of the Resources Scrutiny Panel held on 9 October 2025', '', '15. COUNCIL TAX SUPPORT', '', 'RESOLVED that:', '', 'a.', 'the Cabinet be recommended to keep the maximum award at 90 per cent for', 'working-age households in 2026/27;', '', 'b.', 'the Head of Revenues circulate the take-up figures by ward to all members', 'of the panel.'].join('\n');
    expect(res(text).map((x) => [x.label, x.text, x.kind])).toEqual([
      ['a', 'The Cabinet be recommended to keep the maximum award at 90 per cent for working-age households in 2026/27.', 'recommendation'],
      ['b', 'The Head of Revenues circulate the take-up figures by ward to all members of the panel.', 'action'],
    ]);
  });
});

describe('things that are not resolutions', () => {
  it('reads no resolution from "Reasons for decisions:", "Decided at meeting:", empty "Decision:"/"Minutes:" or a table of names', () => {
    const page = ['Decision details', '', 'Highway Verges Policy', '', 'Decision Maker: Cabinet', '', 'Decision:', '', 'Cabinet approved the verge cutting policy.', '', 'Reasons for decisions:', '', 'To reduce the number of cuts and help pollinators.', '', 'Decided at meeting: 14/01/2026 - Cabinet'].join('\n');
    const parsed = parseMinutes(page);
    expect([parsed.committee, parsed.meetingDate]).toEqual(['Cabinet', '2026-01-14']);
    expect(parsed.items.flatMap((i) => i.resolutions.map((r) => r.text))).toEqual(['Cabinet approved the verge cutting policy.']);
    const empty = parseMinutes('12 Questions from the Public PDF 40 KB\n\nDecision:\n\nMinutes:\n\n13 Appointments to Outside Bodies PDF 55 KB\n\nMinutes:\n\nRESOLVED: That the following members be appointed:\n\nName\tBody\tTerm\nCllr Ahmed\tCanal Trust\t2 years\nCllr Boyd\tArts Forum\t1 year');
    expect(empty.items.map((i) => [i.number, i.resolutions.map((r) => r.kind)])).toEqual([['12', []], ['13', ['procedural']]]);
  });

  it('reads an amendment headed "Recommendation 4" as the story of a vote, not a resolution', () => {
    const r = res('10. CAR PARKING CHARGES\n\nRecommendation 4\n\nAn amendment moved by Councillor Ode and seconded by Councillor Lamb to delete recommendation 4 was put to the vote and was lost.\n\nRESOLVED: That the Cabinet be recommended to freeze charges in district centres.');
    expect(r.map((x) => x.text)).toEqual(['That the Cabinet be recommended to freeze charges in district centres.']);
  });
});

describe('procedural or not', () => {
  it.each([
    ['That, having considered the officer’s presentation and the questions put by members about the waiting times at both sites, the contents of the report be noted.', 'procedural'],
    ['To otherwise note the report.', 'procedural'],
    ['That Councillor Okafor be elected Chair of the Committee for the municipal year.', 'procedural'],
    ['That the remaining items be taken in public.', 'procedural'],
    ['That no call-in be made and the decision be implemented.', 'procedural'],
    ['That the Cabinet be asked to make sure the approved budget for play areas is spent this year.', 'recommendation'],
    ['That officers bring the revised fees to the next meeting.', 'action'],
    ['That the Executive be recommended to ensure the approved plan is reviewed before the next meeting of Council.', 'recommendation'],
  ])('%s', (text, kind) => {
    expect(res(`5. ITEM\n\nRESOLVED: ${text}`).map((x) => x.kind)).toEqual([kind]);
  });
});

describe('the same decision printed twice', () => {
  it('keeps one resolution where a decision page prints it under "Decision:" and again at the end of "Minutes:"', () => {
    const text = '41 Community Safety Partnership PDF 120 KB\n\nDecision:\n\nRESOLVED: That the Police and Crime Commissioner be asked to restore the town centre patrols.\n\nMinutes:\n\nThe Inspector answered questions on patrols.\n\nRESOLVED: That the Police and Crime Commissioner be asked to restore the town centre patrols.';
    expect(res(text).map((x) => [x.kind, x.addressee])).toEqual([['recommendation', 'partner']]);
  });
});

describe('headings', () => {
  it('reads "22/22" minute numbers and "236  TITLE – text" on one line', () => {
    const parsed = parseMinutes('21/26 APOLOGIES\n\nNone.\n\n22/26 FLEET REPLACEMENT\n\nRESOLVED: That the Cabinet be asked to buy electric refuse vehicles.\n\n23/26  GRASS CUTTING – The Parks Manager reported on the new schedule. RESOLVED: That the report be noted.');
    expect(parsed.items.map((i) => [i.number, i.title, i.resolutions.length])).toEqual([['21/26', 'APOLOGIES', 0], ['22/26', 'FLEET REPLACEMENT', 1], ['23/26', 'GRASS CUTTING', 1]]);
  });

  it('keeps paragraph numbers (8.1, 8.2) inside their item', () => {
    const parsed = parseMinutes('8. SCHOOL TRANSPORT\n\n8.1 The Head of Transport introduced the report.\n\n8.2 Members asked about the cost of taxis.\n\n8.3 RESOLVED: That the Cabinet Member be asked to review the post-16 policy.\n\n9. ANY OTHER BUSINESS\n\nNone.');
    expect(parsed.items.map((i) => [i.number, i.resolutions.map((r) => r.kind)])).toEqual([['8', ['recommendation']], ['9', []]]);
  });

  it('reads a ModernGov single-item page: the item, committee and date from "Meeting:", none from the title or alt text', () => {
    const page = ['Issue - meetings', '', 'Scrutiny of the Highways Contract', '', 'Meeting: 05/11/2025 - Place Overview and Scrutiny Panel (Item 63)', '', '63 Scrutiny of the Highways Contract pdf icon PDF 210 KB', '', 'Minutes:', '', 'The panel questioned the contractor.', '', 'RESOLVED: That the Cabinet Member be asked to publish the contractor’s performance scores each quarter.', '', 'Minute 58 – October 2025 – Action Log', '', 'Supporting documents:'].join('\n');
    const parsed = parseMinutes(page);
    expect([parsed.committee, parsed.meetingDate]).toEqual(['Place Overview and Scrutiny Panel', '2025-11-05']);
    expect(parsed.items.map((i) => [i.number, i.resolutions.length])).toEqual([['63', 1]]);
  });

  it('takes the committee and date from a page footer, not from an item title that names another committee', () => {
    const text = '1. HEALTH AND WELLBEING BOARD MINUTES – 4 JANUARY 2026\n\nRESOLVED: That the minutes be noted.\n\n2. DENTAL ACCESS\n\nRESOLVED: That the Integrated Care Board be asked to commission more NHS dentistry in the east of the county.\n\nAdult Social Care Scrutiny Committee – 20 January 2026\n\nPage 1 of 1';
    const parsed = parseMinutes(text);
    expect([parsed.committee, parsed.meetingDate]).toEqual(['Adult Social Care Scrutiny Committee', '2026-01-20']);
  });
});

describe('kind: a letter or a proposal going to the executive', () => {
  it.each([
    'That the Chair write to the Cabinet Member for Housing setting out the committee’s concerns about damp.',
    'That the committee’s proposals on the parking strategy be submitted to the next Cabinet.',
    'That a letter be sent on behalf of the Panel to the Leader asking for the review to be published.',
  ])('%s', (text) => {
    expect(res(`5. ITEM\n\nRESOLVED: ${text}`).map((x) => [x.kind, x.addressee])).toEqual([['recommendation', 'executive']]);
  });
});

describe('minutes written for the test, printed to PDF by LibreOffice and read back by pdftotext', () => {
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/minutes/extracted');
  it.each(['communities-osc.pdftotext.txt', 'communities-osc.pdftotext-layout.txt'])('%s: every resolution whole across the page break, the header and footer dropped', (file) => {
    const parsed = parseMinutes(readFileSync(resolve(dir, file), 'utf8'));
    expect([parsed.committee, parsed.meetingDate]).toEqual(['Communities Overview and Scrutiny Committee', '2026-01-14']);
    expect(parsed.items.map((i) => i.number)).toEqual(['41', '42', '43', '44', '45', '46']);
    const housing = parsed.items.find((i) => i.number === '43')?.resolutions;
    expect(housing?.map((r) => [r.label, r.kind])).toEqual([['a', 'procedural'], ['b', 'recommendation'], ['c', 'action'], ['d', 'recommendation']]);
    expect(housing?.[1]?.text).toBe('The Cabinet be recommended to increase the budget for the private sector leasing scheme so that the number of families placed in bed and breakfast accommodation outside the district is halved by the end of the 2026/27 financial year, and to report to this committee on the effect of the increase.');
    expect(parsed.items.find((i) => i.number === '44')?.resolutions.map((r) => [r.label, r.kind, r.addressee])).toEqual([['1', 'procedural', null], ['2', 'recommendation', 'partner']]);
    expect(parsed.items.find((i) => i.number === '46')?.resolutions.map((r) => r.kind)).toEqual(['procedural']);
    const all = parsed.items.flatMap((i) => i.resolutions.map((r) => r.text)).join('\n');
    expect(all).not.toMatch(/Page 1|initials|14 January 2026/);
  });
});

describe('more wordings of the marker and the list', () => {
  it('reads "RESOLVED" then "That" alone on their lines, the list below', () => {
    expect(res('5. LIBRARIES\n\nRESOLVED\nThat\n1. the report be noted;\n2. the Cabinet be asked to keep Sunday opening.').map((x) => [x.label, x.kind, x.found])).toEqual([['1', 'procedural', 'after-marker'], ['2', 'recommendation', 'after-marker']]);
  });

  it('reads "Recommendations agreed:" and "The Committee RECOMMENDS to Cabinet that:" as formal markers', () => {
    expect(res('6. PARKS\n\nRecommendations agreed:\n\n1. Officers to publish the play area audit.\n2. The Cabinet Member to fund new benches.').map((x) => [x.label, x.kind, x.uncertain ?? false])).toEqual([['1', 'action', false], ['2', 'recommendation', false]]);
    expect(res('7. ROADS\n\nThe Committee RECOMMENDS to Cabinet that:\n• the gritting routes include all bus routes;\n• the winter budget be protected.').map((x) => [x.kind, x.addressee, x.uncertain ?? false])).toEqual([['recommendation', 'executive', false], ['recommendation', 'executive', false]]);
  });

  it('splits "(1) That … (2) That …" printed on one line under a decision page’s "Decision:"', () => {
    expect(res('10 Budget PDF 100 KB\n\nDecision:\n\n(1) That the Executive be asked to reconsider the cut to youth services. (2) That the report be noted.').map((x) => [x.label, x.kind])).toEqual([['1', 'recommendation'], ['2', 'procedural']]);
  });

  it('reads "receive a further report" as an action to follow up', () => {
    expect(res('14. PLANNING ENFORCEMENT\n\nThe Board noted the report and RESOLVED to:\n(i) ask the Cabinet Member to recruit two enforcement officers;\n(ii) receive a further report in six months.').map((x) => [x.label, x.kind])).toEqual([['i', 'recommendation'], ['ii', 'action']]);
  });
});

describe('Scottish and narrative forms', () => {
  it('reads "After discussion, the Committee:-" then "(a) noted …; (b) agreed …" as formal', () => {
    const r = res('3. Roads Capital Programme\n\nThere had been circulated a report by the Executive Chief Officer.\n\nAfter discussion, the Committee:-\n\n(a) noted the progress with the capital programme; and\n(b) agreed that the Executive Chief Officer report on the condition of rural roads to the next meeting.');
    expect(r.map((x) => [x.label, x.kind, x.addressee, x.found])).toEqual([['a', 'procedural', null, 'after-marker'], ['b', 'action', 'officers', 'after-marker']]);
    const caps = res('4. Community Asset Transfers\n\nThereafter, the Committee:\ni. NOTED the report;\nii. AGREED to recommend to the Council that the asset transfer policy be revised; and\niii. REQUESTED that a briefing on the Ardmore transfer be provided to Members.');
    expect(caps.map((x) => [x.label, x.kind, x.uncertain ?? false])).toEqual([['i', 'procedural', false], ['ii', 'recommendation', false], ['iii', 'action', false]]);
  });

  it('proposes "The Committee noted the report and asked that officers …" as a less certain action', () => {
    const r = res('7 BUDGET\n\nThe Committee noted the report and asked that officers provide a breakdown of the savings by service area before the February meeting.');
    expect(r.map((x) => [x.kind, x.addressee, x.uncertain])).toEqual([['action', 'officers', true]]);
  });

  it('keeps "The Audit and Scrutiny Committee agreed to note the report" procedural', () => {
    expect(res('2. AUDIT\n\nThe Audit and Scrutiny Committee agreed to note the contents of the report.').map((x) => x.kind)).toEqual(['procedural']);
  });
});

describe('action lists and short lead-ins', () => {
  it('reads every action of a list referenced "A1/26 –", "A2/26 –", none lost', () => {
    const r = res('7. ADULT SOCIAL CARE\n\nRESOLVED:\n\ni. That the report be noted.\n\nActions/further information to be provided:\n\nA1/26 – The Director to circulate the home care waiting list figures.\nA2/26 – The Cabinet Member to confirm the date of the market position statement.');
    expect(r.map((x) => [x.label, x.kind])).toEqual([['i', 'procedural'], ['A1/26', 'action'], ['A2/26', 'action']]);
  });

  it('reads "Resolved: That;" and "The Committee RESOLVED to" above bullets as lead-ins, each point a resolution', () => {
    expect(res('8. LIBRARIES\n\nResolved: That;\n\ni. The report be noted.\nii. The Cabinet Member be asked to keep mobile library routes.').map((x) => [x.label, x.kind, x.found])).toEqual([['i', 'procedural', 'after-marker'], ['ii', 'recommendation', 'after-marker']]);
    expect(res('9. HIGHWAYS\n\nThe Committee RESOLVED to\n• Note the report\n• Ask the Cabinet Member for Highways to publish the resurfacing list\n• Receive an update in six months').map((x) => x.kind)).toEqual(['procedural', 'recommendation', 'action']);
  });
});

describe('cross-references in an action log', () => {
  it('reads "Minute 23 – …" lines under an "Action Log" item as references, not items', () => {
    const parsed = parseMinutes('30. ACTION LOG\n\nMinute 23 – Bus Shelters\n\nThe shelters had been ordered.\n\nMinute 26 – Street Trees\n\nRESOLVED: That officers circulate the planting plan.\n\n31. WORK PROGRAMME\n\nRESOLVED: That the work programme be noted.');
    expect(parsed.items.map((i) => [i.number, i.resolutions.map((r) => r.kind)])).toEqual([['30', ['action']], ['31', ['procedural']]]);
  });
});

describe('page furniture in PDF text', () => {
  it('drops a heading printed again "(CONTINUED)" at the top of a page, and a date under the name is no item', () => {
    const text = 'Overview and Scrutiny Committee\n12 March 2024\n\n45. BUDGET MONITORING\n\nThe Head of Finance presented the report.\n\nRESOLVED: That the Executive be asked to\n\f\nOverview and Scrutiny Committee – 12 March 2024\nPage 4\n\n45. BUDGET MONITORING (CONTINUED)\n\npublish the savings tracker monthly.\n\n46. HOUSING\n\nRESOLVED: That the pilot be continued\nfor a further year.';
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.number)).toEqual(['45', '46']);
    expect(parsed.items.flatMap((i) => i.resolutions.map((r) => r.text))).toEqual(['That the Executive be asked to publish the savings tracker monthly.', 'That the pilot be continued for a further year.']);
  });
});

describe('narrative sentences', () => {
  it.each([
    ['Members agreed that the presentation had been very helpful.', 'procedural'],
    ['The Committee agreed that it was content with the progress made.', 'procedural'],
    ['Members asked that their thanks be passed on to the staff at the depot.', 'procedural'],
    ['The Chair agreed to write to the Secretary of State about the funding formula.', 'recommendation'],
  ])('%s', (sentence, kind) => {
    expect(res(`3. ITEM\n\nThe officer presented the report.\n\n${sentence}`).map((x) => [x.kind, x.uncertain])).toEqual([[kind, true]]);
  });

  it('proposes nothing for a view that decides nothing ("agreed with the officer’s assessment", a vote recorded)', () => {
    expect(res('3. ITEM\n\nThe Committee agreed with the officer’s assessment of the risks.\n\nCouncillor Nash asked that her vote against the recommendation be recorded.')).toEqual([]);
  });
});

describe('committee and date never from alt text or an item title', () => {
  it('takes no committee from an image’s alt text, a logo line or an item that names another committee', () => {
    expect(parseMinutes('[image: Photograph of the Planning Committee in session]\n\n12. PLANNING COMMITTEE PERFORMANCE\n\nRESOLVED: That the Cabinet be asked to fund two planning officers.').committee).toBeNull();
    expect(parseMinutes('Anytown Borough Council logo\n\nAudit Committee Annual Report PDF 200 KB\n\nMinutes:\n\nRESOLVED: That the Council be recommended to note the annual report.').committee).toBeNull();
    const named = parseMinutes('Minutes of a meeting of the Place Scrutiny Panel held on 4 June 2026\n\n14. Report of the Housing Select Committee – 2 May 2026\n\nRESOLVED: That the report be noted.');
    expect([named.committee, named.meetingDate]).toEqual(['Place Scrutiny Panel', '2026-06-04']);
  });
});

describe('the same decision printed twice, its labels lost in one copy', () => {
  it('keeps one resolution, the labelled copy', () => {
    const text = '41 Community Safety PDF 120 KB\n\nDecision:\n\nRESOLVED:\n\nThat the Police and Crime Commissioner be asked to restore the town centre patrols.\n\nMinutes:\n\nThe Inspector answered questions.\n\nRESOLVED:\n\n(1) That the Police and Crime Commissioner be asked to restore the town centre patrols.\n\n(2) That the update be noted.';
    expect(res(text).map((x) => [x.label, x.kind])).toEqual([['1', 'recommendation'], ['2', 'procedural']]);
  });
});

describe('blank lines inside a recommendation', () => {
  it('reads on where a line broke off on "the" and the words go on, after blank lines, with a capital', () => {
    expect(res('5. WASTE\n\nRESOLVED: That\n\n(a) the Cabinet be asked to consult the\n\n\nCouncil tenants on the new bin collection rota;\n\n(b) the report be noted.').map((x) => [x.label, x.text])).toEqual([
      ['a', 'The Cabinet be asked to consult the Council tenants on the new bin collection rota.'],
      ['b', 'The report be noted.'],
    ]);
    expect(res('6. PARKS\n\nRESOLVED: That the Executive be asked to protect the\n\nGreen Flag parks budget.').map((x) => x.text)).toEqual(['That the Executive be asked to protect the Green Flag parks budget.']);
  });
});

describe('minutes that number every paragraph, and a bare "Decision" heading', () => {
  it('reads "(2) RESOLVED that …" after a numbered "(1)" paragraph as the marker, not a list', () => {
    expect(res('45. Budget Monitoring\n(Item 6)\n\n(1) Mr Smith introduced the report.\n\n(2) RESOLVED that the Cabinet Member be asked to publish the savings plan.').map((x) => [x.label, x.text, x.found])).toEqual([[null, 'That the Cabinet Member be asked to publish the savings plan.', 'after-marker']]);
  });

  it('reads "347 RESOLVED:-" as a marker, not an item titled "RESOLVED"', () => {
    const parsed = parseMinutes('344 APOLOGIES\n\nThe Chair welcomed everyone.\n\n345 HOUSING REPAIRS\n\n346 The Director introduced the report.\n\n347 RESOLVED:-\n\nThat the Cabinet Member be asked to speed up damp repairs.\n\n348 ANY OTHER BUSINESS');
    expect(parsed.items.map((i) => [i.number, i.resolutions.length])).toEqual([['344', 0], ['345', 1], ['348', 0]]);
  });

  it('reads "Decision" alone on its line, and "The Committee agrees to recommend to the Executive"', () => {
    expect(res('5 Health inequalities\n\nThe Committee received a report.\n\nDecision\n\nThe Committee:-\n\n1. Notes the report.\n2. Requests that the Director of Public Health reports back in March.').map((x) => [x.label, x.kind])).toEqual([['1', 'procedural'], ['2', 'action']]);
    expect(res('6 Libraries\n\nDecision\n\nThe Committee agrees to recommend to the Executive that the mobile library is kept.').map((x) => [x.kind, x.addressee])).toEqual([['recommendation', 'executive']]);
  });
});

describe('decisions reported from another meeting', () => {
  it('proposes nothing from "at its last meeting it had RESOLVED that …" or "Cabinet on 3 March RESOLVED that …"', () => {
    expect(res('7. TASK GROUPS\n\nThe Committee was reminded that at its last meeting it had RESOLVED that a task group be set up on fly-tipping.\n\nRESOLVED: That the membership of the task group be agreed.').map((x) => [x.text, x.kind])).toEqual([['That the membership of the task group be agreed.', 'procedural']]);
    expect(res('8. CALL-IN\n\nCabinet on 3 March RESOLVED that the Westside depot be sold. At the previous meeting it was resolved that the call-in be heard today.\n\nRESOLVED: That the decision be referred back to Cabinet for reconsideration.').map((x) => [x.kind, x.addressee])).toEqual([['recommendation', 'executive']]);
  });
});

describe('the running of the meeting is procedural', () => {
  it.each([
    'The Chair agreed to vary the order of business to take item 7 next.',
    'The Chair agreed to accept an urgent item on the flooding at Mill Lane.',
    'The Chairman agreed to adjourn the meeting for ten minutes.',
    'It was agreed to take the reports on libraries and museums together.',
  ])('%s', (sentence) => {
    expect(res(`4. ITEM\n\n${sentence}`).map((x) => x.kind)).toEqual(['procedural']);
  });
});

describe('kind in the executive’s own minutes', () => {
  it('calls a Cabinet decision an action, and what it recommends to Council a recommendation', () => {
    const parsed = parseMinutes('Minutes of the meeting of the Cabinet held on 9 July 2026\n\n12. SCRUTINY REVIEW OF SCHOOL STREETS\n\nRESOLVED: That\n\n(a) the recommendations of the Overview and Scrutiny Committee be accepted;\n(b) the Council be recommended to amend the parking policy.');
    expect(parsed.committee).toBe('Cabinet');
    expect(parsed.items[0]?.resolutions.map((r) => r.kind)).toEqual(['action', 'recommendation']);
  });
});

describe('kind of a decision that names no one outside', () => {
  it.each([
    ['That a task and finish group be established to look at school exclusions.', 'action', 'committee'],
    ['That a timetable be prepared showing when each recommendation will be met.', 'action', null],
    ['That the Scrutiny Coordinator email members asking for nominations.', 'action', 'officers'],
    ['That the fees for garden waste be frozen.', 'recommendation', null],
  ])('%s', (text, kind, addressee) => {
    // (Scrutiny minutes: a page that never speaks of scrutiny is another body's, which carries out its own decisions.)
    expect(res(`6. SCRUTINY ITEM\n\nRESOLVED: ${text}`).map((x) => [x.kind, x.addressee])).toEqual([[kind, addressee]]);
  });

  it('reads the same decision on a page that never speaks of scrutiny as the deciding body\'s own action', () => {
    expect(res('6. GARDEN WASTE\n\nRESOLVED: That the fees for garden waste be frozen.').map((x) => x.kind)).toEqual(['action']);
  });
});

describe('names under an appointments lead-in', () => {
  it('reads "Councillor X – Chair of …" lines under "the following appointments be made:" as procedural', () => {
    const r = res('3. APPOINTMENTS\n\nRESOLVED: That the following appointments be made for 2026/27:\n\nCouncillor Ahmed – Chair of the Housing Task Group\nCouncillor Bell – Vice-Chair of the Housing Task Group\n\n4. BUDGET\n\nRESOLVED: That the Cabinet be asked to protect youth services.');
    expect(r.map((x) => [x.item, x.kind])).toEqual([['3', 'procedural'], ['3', 'procedural'], ['4', 'recommendation']]);
  });
});

describe('Word lists whose numbering was lost in copying', () => {
  it('reads each paragraph after "RESOLVED that:" as its own resolution, "…; and" ending one', () => {
    const r = res('7. SEND TRANSPORT\n\nRESOLVED that:\n\nthe report be noted;\n\nthe Cabinet Member for Children be asked to review the eligibility criteria; and\n\nofficers circulate the route costs to members.');
    expect(r.map((x) => [x.text, x.kind])).toEqual([
      ['The report be noted.', 'procedural'],
      ['The Cabinet Member for Children be asked to review the eligibility criteria.', 'recommendation'],
      ['Officers circulate the route costs to members.', 'action'],
    ]);
    expect(res('8. PARKS\n\nResolved that the Committee:\n\nNotes the report\n\nAsks the Cabinet to fund a parks ranger\n\nRequests a further update in March').map((x) => x.kind)).toEqual(['procedural', 'recommendation', 'action']);
  });
});

describe('a list whose bullets were lost under a lead-in', () => {
  it('reads short lower-case lines after "… be recommended to:" as the list, and a name after "duly appointed" as no item', () => {
    const parsed = parseMinutes('5. STRATEGY\n\nRESOLVED: That the Cabinet be recommended to:\n\nadopt the strategy;\n\nfund two posts; and\n\nreport back in a year.\n\n6. SUBSTITUTES\n\nRESOLVED: That the following duly appointed Reserve Member:\n\nCouncillor Smith\n\n7. OTHER\n\nNone.');
    expect(parsed.items.map((i) => i.resolutions.map((r) => [r.text, r.kind]))).toEqual([
      [['Adopt the strategy.', 'recommendation'], ['Fund two posts.', 'recommendation'], ['Report back in a year.', 'recommendation']],
      [['That the following duly appointed Reserve Member.', 'procedural']],
      [],
    ]);
  });
});

describe('a page break after a word in capitals', () => {
  it('reads on where a resolution broke off on a name ("… at the Royal" / "County Hospital …") across a page', () => {
    expect(res('4. DISCHARGE\n\nRESOLVED: That the Integrated Care Board be asked to report on discharge delays at the Royal\n\f\nPage 7\nCounty Hospital by the end of March.\n\n5. NEXT\n\nNone.').map((x) => x.text)).toEqual(['That the Integrated Care Board be asked to report on discharge delays at the Royal County Hospital by the end of March.']);
  });
});

describe('corrections to the minutes', () => {
  it('reads the amendments listed under "subject to the following amendments, the minutes … be approved" as procedural, whatever the item’s title', () => {
    expect(res('2. MATTERS FROM THE LAST MEETING\n\nRESOLVED – That, subject to the following amendments, the minutes of the meeting held on 3 May 2026 be approved as a correct record:\n\n(a) page 3, paragraph 2: "twelve" be replaced with "twenty";\n(b) Councillor Shah be added to the list of those present.').map((x) => x.kind)).toEqual(['procedural', 'procedural']);
  });
});

describe('hyphens at a line’s end', () => {
  it('keeps the hyphen of "Sub-committee", "re-established", "co-opted", and joins "sub-mitted"', () => {
    expect(res('5. TRANSPORT\n\nRESOLVED: That the Transport Sub-\ncommittee be re-\nestablished and the co-\nopted members be sub-\nmitted to Council for approval.').map((x) => x.text)).toEqual(['That the Transport Sub-committee be re-established and the co-opted members be submitted to Council for approval.']);
  });
});

describe('labels run onto one labelled line', () => {
  it('splits "(1) … (2) …" printed alike, and leaves "a. …; b) …" printed otherwise whole for the review to split', () => {
    expect(res('4. ITEM\n\nRESOLVED:\n\n(1) That the report be noted. (2) That the Cabinet be asked to act.').map((x) => x.label)).toEqual(['1', '2']);
    expect(res('4. ITEM\n\nRESOLVED:\n\na. The Cabinet be asked to act; b) Officers circulate the figures.').map((x) => x.label)).toEqual(['a']);
  });
});
