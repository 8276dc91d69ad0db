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
