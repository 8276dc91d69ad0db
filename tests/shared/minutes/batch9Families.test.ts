// The families batch 9's one run showed (tests/fixtures/minutes/real/batch9), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';

const texts = (minutes: string) => parseMinutes(minutes).items.flatMap((i) => i.resolutions.map((r) => ({ label: r.label, kind: r.kind, addressee: r.addressee, text: r.text })));

describe('batch 9 families', () => {
  it('reads "RESOLVED – That Full Council be recommended" with no colon as the lead-in of the numbered list below', () => {
    const page = [
      'Decision details', '', 'Review of the constitution', '', 'Decision Maker: Cabinet', '', 'Decision:', '',
      'RESOLVED – That Full Council be recommended', '', '1. That the results of the members’ survey be noted.', '',
      '2. That the committee structure set out in section 4 of the report be approved.', '',
      'Decided at meeting: 08/02/2024 - Cabinet',
    ].join('\n');
    expect(texts(page).map((r) => [r.label, r.kind, r.addressee])).toEqual([
      ['1', 'procedural', 'council'],
      ['2', 'recommendation', 'council'],
    ]);
  });

  it('takes "the draft annual report be approved." standing in lower case as the resolution whose marker was lost, not the requests told above it', () => {
    const minutes = [
      'The minutes were presented. It was requested that a typing error in minute 64 be corrected.', '',
      'The draft Annual Report was presented. During discussion, it was requested that a section on progress be added to the report.', '',
      'the draft Overview and Scrutiny Annual Report 2025-26 be approved.',
    ].join('\n');
    expect(texts(minutes).map((r) => r.text)).toEqual(['The draft Overview and Scrutiny Annual Report 2025-26 be approved.']);
  });
});
