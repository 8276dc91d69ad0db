// The families batch 22's one run showed (tests/fixtures/minutes/real/batch22), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';
import { found, lines } from './familyHelpers';

describe('batch 22 families: collector Y14 (English councils\' other committees)', () => {
  it('reads "(i) Maintains …", "(ii) Maintains …" under "That the Scheme for 2019/20:" as one resolution each, not topics', () => {
    const minutes = lines('50 Council Tax Reduction Scheme', '', 'RESOLVED', '', '            That the Council Tax Reduction Scheme for 2019/20:', '', ' ', '',
      '            (i)         Maintains the existing protected groups.', '', ' ', '', '(ii)        Maintains the existing £10,000 capital limit and band D restriction.', '', ' ', '',
      '(iii)       Maintains the existing practice of charging at least 10% of the bill.');
    expect(found(minutes).map((r) => r.text)).toEqual(['Maintains the existing protected groups.', 'Maintains the existing £10,000 capital limit and band D restriction.', 'Maintains the existing practice of charging at least 10% of the bill.']);
  });

  it('reads "RESOLVED THAT COMMITTEE:" as the marker alone, its numbered points each a resolution', () => {
    const minutes = lines('Members Allowances', '', 'Decisions:', '', 'The Director of Resources submitted a report.', '', 'RESOLVED THAT COMMITTEE:', '', '1.   Approved the appointment of the proposed Panel.', '',
      '2.    Approved payment of reasonable travel expenses to members of the Panel.', '', 'Publication date: 08/02/2023');
    expect(found(minutes).map((r) => r.label)).toEqual(['1', '2']);
  });

  it('reads a noting joined to "presented to the next meeting of Council" or "the Programme amended" as asking for something', () => {
    expect(classifyText('That the report be noted and presented to the next meeting of Council.').kind).not.toBe('procedural');
    expect(classifyText('The Strategic Infrastructure Programme update be noted and the Programme amended to clarify that project amounts would be index linked.').kind).not.toBe('procedural');
  });

  it('reads "…, the Cabinet Member for Street Scene resolved that:" above the decision', () => {
    const minutes = lines('Air Quality Action Plan', '', 'The report provided an updated Air Quality Action Plan.', '',
      'Following consideration by the Street Scene Advisory Board, the Cabinet Member for Street Scene and Environment Services resolved that:', '',
      'The Draft Amended Air Quality Action Plan, as set out at Annex 2 to the report, be endorsed and the wider statutory consultation be undertaken.');
    expect(found(minutes).map((r) => r.text.slice(0, 40))).toEqual(['The Draft Amended Air Quality Action Pla']);
  });

  it('reads "4  That …" after "3.  That …" as the list\'s fourth point, its full stop lost', () => {
    const minutes = lines('Golf Course', '', 'Decision Maker: Committee', '', '1.  That Heads of Terms be exchanged with Applicant 2.', '', '2.  That the lease is granted to Applicant 2.', '',
      '3.  That delegated authority is given to the Director to agree the final lease.', '', '4  That delegated authority is given to the Head of Legal Services to enter into the lease.', '', 'Wards affected: (All Wards);');
    expect(found(minutes).map((r) => r.label)).toEqual(['1', '2', '3', '4']);
  });
});

describe('batch 22 families: collector Z14 (unitaries, Wales, Scotland, other committees)', () => {
  it('reads "2 That, in view of …" after "1 That …" as the next point, its full stop lost and a comma after "That"', () => {
    const minutes = lines('41 Anti-Fraud Strategy', 'Minutes:', 'The Committee considered a report.', 'RESOLVED:', '1 That the proposed changes to the Strategy be endorsed in principle;',
      '2 That, in view of the implications for staff, the Strategy be subject to consultation with the unions; and', '3 That, following the consultation process, the amended Strategy be re-submitted to the Committee.');
    expect(found(minutes).map((r) => r.label)).toEqual(['1', '2', '3']);
  });

  it('reads a change to the code of conduct as no declaration of interest', () => {
    expect(classifyText('That the Monitoring Officer’s delegated authority to grant a dispensation to members with a disclosable pecuniary interest be included in the Members’ Code of Conduct at paragraph 7.7.4.').kind).not.toBe('procedural');
    expect(classifyText('Councillor Smith declared a disclosable pecuniary interest in item 5.').kind).toBe('procedural');
  });

  it('reads Scotland\'s "To approve the minute." as the minutes approved, and "Should representations be received, officers be instructed …" as no noting', () => {
    expect(classifyText('To approve the minute.').kind).toBe('procedural');
    expect(classifyText('Should relevant representations be received, which require significant amendments to the policy, officers be instructed to report back to the Committee.').kind).not.toBe('procedural');
  });

  it('reads "Following scrutiny, the Committee were supportive of commending the findings … to Cabinet" as a decision', () => {
    const minutes = lines('4. Report of the Welsh Language Task and Finish Group', '', 'Members considered the report of the group.', '',
      'Following scrutiny, the Committee were supportive of commending the findings of the Task and Finish Group and the Strategy to Cabinet for consideration.', '', '5. Forward Work Programme');
    expect(found(minutes).map((r) => r.text.slice(0, 30))).toEqual(['Following scrutiny, the Commit']);
  });
});

describe('batch 22 families: the same list printed twice', () => {
  it('reads "RECOMMENDED TO COUNCIL" / "That the Scheme for 2019/20:" / "(i) Maintains …" / "REASON" as the same three points, not a fourth', () => {
    const minutes = lines('50 Council Tax Reduction Scheme', 'Decision:', '            RECOMMENDED', '            That the Council Tax Reduction Scheme for 2019/20:', '',
      '            (i)         Maintains the existing protected groups.', '', '(ii)        Maintains the existing capital limit.', 'Minutes:', 'The Leader gave an overview of the scheme.',
      '            RECOMMENDED TO COUNCIL', '            That the Council Tax Reduction Scheme for 2019/20:', '            (i)         Maintains the existing protected groups.',
      '(ii)        Maintains the existing capital limit.', '            REASON', 'To comply with the law.');
    expect(found(minutes).map((r) => r.text)).toEqual(['Maintains the existing protected groups.', 'Maintains the existing capital limit.']);
  });
});
