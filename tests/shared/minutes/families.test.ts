// Issue 12 §2's families and the rules behind the corpus's last misses, each in minutes written for
// this test and worded unlike any corpus set: what the parser must read, whatever the council's style.
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
    expect(r.map((x) => [x.label, x.kind])).toEqual([['a', 'procedural'], ['b', 'recommendation']]);
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
    expect(r.map((x) => [x.label, x.kind])).toEqual([['1', 'recommendation'], ['2', 'recommendation']]);
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
