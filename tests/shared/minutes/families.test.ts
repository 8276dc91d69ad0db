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
