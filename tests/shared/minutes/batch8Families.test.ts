// The families the remaining misses of batch 8 and the one run of batch 9 showed (tests/fixtures/minutes/real/batch8-9),
// each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';

const texts = (minutes: string) => parseMinutes(minutes).items.flatMap((i) => i.resolutions.map((r) => ({ label: r.label, kind: r.kind, text: r.text })));

describe('batch 8 families', () => {
  it('takes a closing "1. that …" list as the decision of a page whose "Decision:" label was lost, not the narrative above it', () => {
    const page = [
      'Decision details', '', 'Review topics for next year', '', 'Decision Maker: Overview and Scrutiny Committee,', '',
      'To choose a topic for a review in the new year.', '',
      'Members discussed the three proposals and it was agreed that the one on bus services would go first. It was noted that the officer would write to all members asking who wished to take part.', '',
      '1.      that a review group be set up in the new year to look at rural bus services.', '',
      '2.      that the membership of the review group be delegated to the Head of Governance in consultation with the chair.', '',
      'Date of decision: 14/03/2024', '', 'Decided at meeting: 14/03/2024 - Overview and Scrutiny Committee', '',
    ].join('\n');
    expect(texts(page).map((r) => [r.label, r.text.slice(0, 30)])).toEqual([
      ['1', 'That a review group be set up '],
      ['2', 'That the membership of the rev'],
    ]);
  });

  it('reads "RESOLVED: That the Council, having …" without a colon as the lead-in of the "1) confirm …" list below', () => {
    const page = [
      'Decisions', '', '12/03/2025 - Harbour charges ref: 101    Recommendations Approved', '', 'Decision Maker: Council', '',
      'Decision:', '',
      '   Council considered a report of the Director of Law that set out the need to raise the harbour dues by 10%.', '',
      '   The consultation ran for six weeks and its responses were set out at Appendix 2.', '',
      '   RESOLVED: That the Council having taken the responses to the consultation into account', '',
      '1)    confirm that no further consultation is needed on the revised charges;', '',
      '2)    approve the revised charges set out at Appendix 1 from 1 April 2025.', '',
    ].join('\n');
    expect(texts(page).map((r) => [r.label, r.text.slice(0, 24)])).toEqual([
      ['1', 'Confirm that no further '],
      ['2', 'Approve the revised char'],
    ]);
  });

  it('keeps short points spaced out under a decision\'s colon with it, and reads "It is further recommended …" as the next decision', () => {
    const page = [
      'Decisions published', '', '04/02/2025 - PARKING ORDERS 2025 ref: 77    Recommendations Approved', '',
      'Decision Maker: Individual Cabinet Member Decisions', '', 'Made at meeting: 04/02/2025 - Individual Cabinet Member Decisions', '',
      'Decision:', '', 'It is recommended to make the orders listed below:', '',
      'No waiting at any time on Mill Street, Usk.', '', 'A 20mph limit on Bridge Road, Usk.', '',
      'It is further recommended that the order for Castle Lane be withdrawn.', '', 'Wards affected: Usk;', '',
    ].join('\n');
    const found = texts(page);
    expect(found.map((r) => r.text.slice(0, 30))).toEqual(['It is recommended to make the ', 'It is further recommended that']);
    expect(found[0]?.text).toContain('A 20mph limit on Bridge Road');
    // A cabinet member's own decision list: the decisions are the executive's to carry out.
    expect(found.map((r) => r.kind)).toEqual(['action', 'action']);
  });

  it('ends a minute\'s corrections spaced out under "subject to the following amendments:-" before other business', () => {
    const minutes = [
      '1. MINUTES', '', 'RESOLVED that the Minutes of the meeting held on 2 May 2024 be approved, subject to the following amendments:-', '',
      'Page 2 – Item 5 – Dental services', '', 'The following points from the discussion to be added:-', '',
      '  • that the practices had closed their lists; and', '  • that two practices had left the scheme.', '',
    ].join('\n');
    expect(texts(minutes).map((r) => r.kind)).toEqual(['procedural']);
  });

  it('reads Cabinet referrals on a Council decision page: "That the following be approved:", then each referral under a bare "Decision"', () => {
    const page = [
      'Decisions published', '', '10/05/2023 - Cabinet referrals ref: 12    Recommendations Approved', '', 'Decision Maker: Council', '',
      'Decision:', '', 'That the following be approved:', '', '18 April 2023', '',
      '5.2                   CA/011/23       CAPITAL PROGRAMME OUTTURN', '', 'Decision', '',
      '1.    Approval of the slippage of £2.1m into next year set out in the report.', '',
      '2.      Increase the budget for the depot roof by £300k, funded from reserves.', '',
    ].join('\n');
    expect(texts(page).map((r) => [r.label, r.text.slice(0, 25)])).toEqual([
      ['1', 'Approval of the slippage '],
      ['2', 'Increase the budget for t'],
    ]);
  });

  it('reads the items of an "Item | Title | Minutes |" table, the number and title opening each row', () => {
    const page = [
      'This is a meeting of the Housing Scrutiny Panel of Anytown Borough Council held on the 4th Jun 2024.', 'Council Chamber',
      'Item | Title | Minutes |', '1 | Apologies |', 'There were none. |', '2 | Election of a Vice Chairman for 2024/25 | |',
      '3 | Review of the allocations policy. |', 'RESOLVED: That the Panel recommend to Cabinet that the allocations policy be reviewed within a year.', '|',
      '4 | Any other items |', 'There were none. |',
    ].join('\n');
    const parsed = parseMinutes(page);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Election of a Vice Chairman for 2024/25'],
      ['3', 'Review of the allocations policy.'],
      ['4', 'Any other items'],
    ]);
    expect(parsed.items[2]?.resolutions.map((r) => r.kind)).toEqual(['recommendation']);
  });

  it('makes each entry of a decisions list an item, and reads "That a) that …" as the lead-in of a list', () => {
    const page = [
      'Decisions published', '', '14/01/2021 - Notice of motion: cycle lanes ref: 310    For Determination', '', 'Decision Maker: Council', '',
      'Decision:', '', 'That the Council note the response to the Notice of Motion.', '', 'Wards affected: (All Wards);', '',
      '14/01/2021 - Council Tax Base ref: 309    Information Only', '', 'Decision Maker: Council', '', 'Decision:', '',
      'That a) the Council Tax base for 2021/22 shall be 40,100.5 ', 'b) the base for each parish is as set out in column 3 of the report. ', '',
      'Lead officer: A Person',
    ].join('\n');
    const parsed = parseMinutes(page);
    expect(parsed.items.map((i) => [i.title, i.resolutions.map((r) => r.label)])).toEqual([
      ['Notice of motion: cycle lanes', [null]],
      ['Council Tax Base', ['a', 'b']],
    ]);
  });
});

