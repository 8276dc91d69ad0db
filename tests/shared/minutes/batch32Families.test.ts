// The families batch 32's one run showed (tests/fixtures/minutes/real/batch32), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { found, lines } from './familyHelpers';

describe('batch 32 families', () => {
  it('reads "That Members of the … Committee:" as a lead-in, each past-tense point below it a decision of its own', () => {
    const minutes = lines('7', '', 'Street Trading Update', '', 'Resolved:', 'That Members of the Licensing Sub-Committee:', '  1. Approved the revised Street Trading Policy.',
      '  2. Confirmed the delegation of authority to determine applications to the Head of Licensing.');
    expect(found(minutes).map((r) => [r.label, r.text])).toEqual([
      ['1', 'Approved the revised Street Trading Policy.'],
      ['2', 'Confirmed the delegation of authority to determine applications to the Head of Licensing.'],
    ]);
  });

  it('reads each "NNN/YYYY The Cabinet approved …" under "Decision:" as a decision, its register number dropped', () => {
    const minutes = lines('Capital Monitoring', 'Decision:', '101/2019 The Cabinet agreed to recommend that Council adds the park scheme to the capital programme.',
      '102/2019 The Cabinet approved the virement for school roofs as set out in the report.', '103/2019 The Cabinet noted the forecast outturn.');
    expect(found(minutes).map((r) => r.text)).toEqual([
      'The Cabinet agreed to recommend that Council adds the park scheme to the capital programme.',
      'The Cabinet approved the virement for school roofs as set out in the report.',
      'The Cabinet noted the forecast outturn.',
    ]);
  });

  it('reads authority given and a report approved, told in the body\'s name, where nothing is marked', () => {
    const minutes = lines('5.', '', 'Advertising Hoardings', '', 'The Surveyor reported that terms were likely to be agreed next week. The Committee therefore agreed further delegated authority for the Town Clerk to approve the lease.', '',
      '6.', '', 'Insurance', '', 'The Committee considered and approved a report of the Chamberlain which set out the strategy for procuring insurance.');
    expect(found(minutes).map((r) => r.item)).toEqual(['5', '6']);
  });

  it('passes over a site menu\'s "• Decisions" and "• Subscribe to updates"', () => {
    const menu = ['Calendar', 'Committees', 'Decisions', 'Election results', 'Forthcoming Decisions', 'Library', 'Meetings', 'Search documents', 'Subscribe to updates', 'Your councillors'];
    const minutes = lines(...menu.map((m) => `  • ${m}`), '  • Issue - meetings', '', '    Tax Base Calculation', '', '    Meeting: 01/12/2016 - Cabinet (Item 105)', '',
      '    105 Tax Base Calculation pdf icon PDF 220 KB', '', 'Minutes:', 'The Cabinet Member outlined the report.', 'RECOMMENDED to Council that the Tax Base for 2017/18 be approved.');
    expect(found(minutes).map((r) => r.text)).toEqual(['To Council that the Tax Base for 2017/18 be approved.']);
  });

  it('reads thanks in the imperative, work recognised and people appointed to seats, verb first, as procedural', () => {
    const minutes = lines('9.', '', 'Allowances Panel', '', 'RESOLVED to:', '', '1. Formally thank the Panel for their work.', '2. Recognised the extent of the work being undertaken by the Licensing team.',
      '3. Appoint Jane Smith, Leader of the Council, and Tom Brown as the opposition group member of the Joint Staff Committee.', '4. Appoint the Panel to review the Basic Allowance next year.');
    expect(found(minutes).map((r) => r.kind)).toEqual(['procedural', 'procedural', 'procedural', 'action']);
  });

  it('reads a report "formally received" and people "commended and thanked" as procedural', () => {
    const minutes = lines('16.', '', 'Housing Commission', '', 'RESOLVED:', '', '1. That the report of the independent commission on the future of council housing be formally received by the cabinet.',
      '2. That the Chair of the Committee and the Director of Resources be commended and thanked for the work undertaken in the past year.',
      '3. That officers draw up an action plan in response to the report.');
    expect(found(minutes).map((r) => r.kind)).toEqual(['procedural', 'procedural', 'action']);
  });

  it('reads the Cabinet\'s "agreed to recommend that Council adds …" as a recommendation, its own approval an action', () => {
    const minutes = lines('Minutes of the Cabinet held on 3 March 2009', '', '6. CAPITAL MONITORING', '', 'Decision:',
      '101/2009 The Cabinet agreed to recommend that Council adds the park scheme to the capital programme.', '102/2009 The Cabinet approved the virement for school roofs.');
    expect(found(minutes).map((r) => r.kind)).toEqual(['recommendation', 'action']);
  });
});
