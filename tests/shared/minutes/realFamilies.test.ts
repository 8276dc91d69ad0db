// The failure families of issue 12 §2 in small minutes written for the test (not copied from any
// council): dash-before-label lists broken by a page, stated counts, unmarked lists, ModernGov pages.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';

const CHILDREN = [
  'Minutes of the meeting of the Children and Young People Scrutiny Committee held at the Shire Hall on Monday 9 June 2025 at 10.00 am',
  '',
  '183. EDUCATION AND INCLUSION SERVICES',
  '',
  'The committee discussed the report and agreed seven recommendations (a-g) for the executive.',
  '',
  'Resolved: That it be recommended to the executive:',
  '- a. The Cabinet Member for Children and Families commissions an independent review of',
  'exclusions at secondary schools, reporting to the committee by',
  '',
  'Page 7',
  '',
  'Children and Young People Scrutiny Committee – 9 June 2025',
  '',
  '- the end of the autumn term;',
  '- b. Children and Young People Scrutiny Committee to examine the inclusion strategy at its March meeting;',
  '- c. The executive publishes the number of pupils on part-time timetables each term;',
  '- d. A named officer is appointed to lead on alternative provision;',
  '- e. The executive writes to academy trusts about managed moves;',
  '- f. Funding for the virtual school is protected in the 2026/27 budget;',
  '- g. The executive reports progress on (a) to (f) in six months.',
  '',
  'Page 8',
  '',
  'Children and Young People Scrutiny Committee – 9 June 2025',
  '',
  '184. WORK PROGRAMME',
  '',
  'RESOLVED: That the work programme be approved.',
].join('\n');

describe('the issue 12 families', () => {
  it('reads every dash-before-label recommendation whole across a page break, and the stated count', () => {
    const parsed = parseMinutes(CHILDREN);
    const item = parsed.items.find((i) => i.number === '183');
    expect(item?.resolutions.map((r) => r.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(item?.resolutions[0]?.text).toBe('The Cabinet Member for Children and Families commissions an independent review of exclusions at secondary schools, reporting to the committee by the end of the autumn term.');
    expect(item?.resolutions.every((r) => r.found === 'after-marker' && r.uncertain === undefined)).toBe(true);
    expect(item?.resolutions.every((r) => r.kind === 'recommendation')).toBe(true);
    expect(item?.statedCount).toEqual({ count: 7, text: 'seven recommendations (a-g)' });
    expect(parsed.items.find((i) => i.number === '184')?.statedCount).toBeUndefined();
  });

  it('proposes a labelled list that lost its marker, marked as found without one and less certain', () => {
    const parsed = parseMinutes(['12. HOUSING REPAIRS', '', 'The Head of Housing presented the report. Following discussion, it was', '', '(a) that the report be noted;', '(b) that a recovery plan be brought to the next meeting.', '', '13. ANY OTHER BUSINESS', '', 'There was none.'].join('\n'));
    const item = parsed.items.find((i) => i.number === '12');
    expect(item?.resolutions.map((r) => [r.label, r.kind])).toEqual([['a', 'procedural'], ['b', 'action']]);
    const unmarked = parseMinutes(['12. HOUSING REPAIRS', '', 'The Head of Housing presented the report.', '', '(a) that the report be noted;', '(b) that a recovery plan be brought to the next meeting.', '', 'Supporting documents:'].join('\n'));
    expect(unmarked.items[0]?.resolutions.map((r) => [r.label, r.found, r.uncertain])).toEqual([['a', 'labelled-list', true], ['b', 'labelled-list', true]]);
  });

  it('reads a ModernGov issue page: committee and date from "Meeting:", one item, the decision printed twice once', () => {
    const page = ['Issue - meetings', '', 'Meeting: 24/07/2018 - Overview and Scrutiny Committee (Item 27)', '', '27 RESOLUTIONS OF THE COMMITTEE pdf icon PDF 84 KB', '', 'Decision:', '', 'RESOLVED:', '', '(1) That the report be noted;', '', '(2) That the Scrutiny Officer be requested to arrange a training session for Members.', '', 'Minutes:', '', 'Minute 31 – July 2017 – Resolutions Report', '', 'A workshop was still in progress.', '', 'RESOLVED:', '', '(1) That the report be noted;', '', '(2) That the Scrutiny Officer be requested to arrange a training session for Members.'].join('\n');
    const parsed = parseMinutes(page);
    expect([parsed.committee, parsed.meetingDate]).toEqual(['Overview and Scrutiny Committee', '2018-07-24']);
    expect(parsed.items.map((i) => i.number)).toEqual(['27']);
    expect(parsed.items[0]?.resolutions.map((r) => [r.label, r.kind])).toEqual([['1', 'procedural'], ['2', 'action']]);
  });

  it('names the paragraph above an "ACTION: <who>" line as the action', () => {
    const parsed = parseMinutes(['180 SCRUTINY PANEL REPORT BACK', '', 'The Chair agreed to write to the Cabinet Member for Health asking why the board minutes were not published.', '', 'ACTION: Councillor Rice'].join('\n'));
    const r = parsed.items[0]?.resolutions[0];
    expect([r?.found, r?.text]).toEqual(['action-line', 'The Chair agreed to write to the Cabinet Member for Health asking why the board minutes were not published.']);
    expect(r?.kind).not.toBe('procedural');
  });

  it('takes no agenda text before "Minutes:" and no empty heading as a resolution', () => {
    const parsed = parseMinutes(['Meeting: 31/07/2024 - Council (Item 20)', '', '20 Overview and Scrutiny Annual Report PDF 131 KB', 'Recommendation', 'That Full Council resolves to:', '1. Note the Annual Report.', 'Minutes:', 'The Chair introduced the report.', 'The Panel recommends that –', 'Actions/requests for further information:', 'Supporting documents:'].join('\n'));
    expect(parsed.items[0]?.resolutions).toEqual([]);
  });

  it('reads markers in other words and places, titles run into the minute, and amendment headings', () => {
    const numbered = parseMinutes('45. LIBRARY SERVICES\n\n45.1 The Head of Libraries presented the report.\n\n45.2 (3) RESOLVED that:-\n\n(a) the report be noted;\n(b) the Cabinet Member be asked to keep Ashby library open on Saturdays.');
    expect(numbered.items[0]?.resolutions.map((r) => [r.label, r.kind])).toEqual([['a', 'procedural'], ['b', 'recommendation']]);
    const resolved = parseMinutes('7 HIGHWAYS\n\nThe Committee resolved:-\n\n1. To recommend to Cabinet that the pothole budget be doubled.\n2. To otherwise note the report.');
    expect(resolved.items[0]?.resolutions.map((r) => r.kind)).toEqual(['recommendation', 'procedural']);
    const sameLine = parseMinutes('236  ADULT SOCIAL CARE CHARGING – The Director introduced the report. RESOLVED: That the Cabinet be recommended to consult on the charging policy before any change.\n\n237  CLOSE – The meeting closed at 9pm.');
    expect(sameLine.items.map((i) => [i.number, i.title, i.resolutions.length])).toEqual([['236', 'ADULT SOCIAL CARE CHARGING', 1], ['237', 'CLOSE', 0]]);
    const amendment = parseMinutes('9. BUDGET\n\nRecommendation 2\n\nCouncillor Smith moved an amendment to recommendation 2, which was lost.\n\nRESOLVED: That it be recommended to Cabinet that the fees be frozen.');
    expect(amendment.items[0]?.resolutions.map((r) => r.text)).toEqual(['That it be recommended to Cabinet that the fees be frozen.']);
  });

  it('calls a letter to a cabinet member a recommendation owing a response', () => {
    const parsed = parseMinutes('8. WAY FORWARD\n\nAGREED – That the Chairperson writes to the Cabinet Member on behalf of the Committee with its comments.');
    expect(parsed.items[0]?.resolutions.map((r) => [r.kind, r.addressee])).toEqual([['recommendation', 'executive']]);
  });

  it('reads capital letters printed as labels with no bracket ("A Subject to …", "B Cabinet agreed …")', () => {
    const parsed = parseMinutes('17 Referral from Scrutiny Committee PDF 51 KB\nDecision:\nRESOLVED that:\nA Subject to recommendation by the Scrutiny Committee, Cabinet endorsed the protocol for adoption by Full Council.\nB Cabinet agreed that the working group is renamed.\nMinutes:\nCabinet received a report.\nRESOLVED that:\nA Subject to recommendation by the Scrutiny Committee, Cabinet endorsed the protocol for adoption by Full Council.\nB Cabinet agreed that the working group is renamed.');
    expect(parsed.items[0]?.resolutions.map((r) => r.label)).toEqual(['A', 'B']);
    expect(parseMinutes('5. HOUSING\n\nRESOLVED: That a report be brought to the next meeting.').items[0]?.resolutions[0]?.label).toBeNull();
  });

  it('reads on across a signature line, "Page 3 of 9" with a header printed once, and a PDF page number', () => {
    const initials = parseMinutes('Minutes of the Health Scrutiny Committee held on 4 June 2024\n\n12. HOSPITAL DISCHARGE\n\nRESOLVED: That\n\n(a) the Integrated Care Board be asked to report to the committee on discharge delays,\nincluding weekend discharges and the use of\n\nChairman’s initials ……………\n\n7\n\nvirtual wards; and\n(b) the report be noted.');
    expect(initials.items[0]?.resolutions.map((r) => r.text)).toEqual(['The Integrated Care Board be asked to report to the committee on discharge delays, including weekend discharges and the use of virtual wards.', 'The report be noted.']);
    const signed = parseMinutes('Minutes of the Audit Committee held on 4 June 2024\n\n5. RISK\n\nRESOLVED: That the Director of Finance circulates the risk register to members\n\nSigned: ____________________ Chair\nDate: ______________\n\nby the end of July.');
    expect(signed.items[0]?.resolutions.map((r) => r.text)).toEqual(['That the Director of Finance circulates the risk register to members by the end of July.']);
    const paged = parseMinutes('Minutes of the People Scrutiny Committee held on 2 June 2025\n\n7. SEND TRANSPORT\n\nResolved to recommend to Cabinet that:\n\n1. the SEND transport policy be reviewed,\nwith parents, before\n\nPage 3 of 9\n\nPeople Scrutiny Committee 2 June 2025\n\nSeptember 2025;\n2. a route audit be carried out.');
    expect(paged.items[0]?.resolutions.map((r) => r.text)).toEqual(['The SEND transport policy be reviewed, with parents, before September 2025.', 'A route audit be carried out.']);
  });

  it('proposes a later labelled list worded as resolutions in an item that has a marked one, but not discussion points', () => {
    const later = parseMinutes('4. GOVERNANCE REVIEW\n\nResolved: That\n\na) the review be noted; and\nb) the committee meets quarterly to monitor it.\n\nPre-decision scrutiny\n\n· Members welcomed earlier involvement.\n\na) decision reports be amended to name the officer to contact;\nb) officers be asked to publish the forward plan monthly.');
    expect(later.items[0]?.resolutions.map((r) => [r.label, r.uncertain ?? false])).toEqual([['a', false], ['b', false], ['a', true], ['b', true]]);
    const discussion = parseMinutes('4. LIBRARIES\n\nRESOLVED: That the report be noted.\n\nMembers raised the following points:\n\n1. Members asked about opening hours at Ashby.\n2. Members were told that staffing was under review.');
    expect(discussion.items[0]?.resolutions.length).toBe(1);
  });
});

