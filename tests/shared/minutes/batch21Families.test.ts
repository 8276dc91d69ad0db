// The families batch 21's one run showed (tests/fixtures/minutes/real/batch21), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';
import { found, lines } from './familyHelpers';

describe('batch 21 families: collector Y13 (English councils\' other committees)', () => {
  it('reads "that the contents of the report be noted and the action proposed approved …" on the line after a web paragraph as its own resolution', () => {
    const minutes = lines('To consider a report by the Audit & Risk Manager.',
      'By way of a report by the Audit and Risk Manager (a copy of which is appended in the Minute Book) the Cabinet was reminded that a register had been developed to identify corporate risk.',
      'that the contents of the report be noted and the action proposed approved within existing resources.');
    expect(found(minutes).map((r) => r.text)).toEqual(['That the contents of the report be noted and the action proposed approved within existing resources.']);
  });

  it('reads "It was moved by …, seconded by … and carried unanimously:" above a quoted motion\'s "(a)", "(b)"', () => {
    const minutes = lines('18. Members\' Allowances', '', 'It was moved by Mr Rushton, seconded by Mrs Taylor and carried unanimously:', '',
      '“(a)   That Basic and Special Responsibility Allowances be increased by 3.88% for 2023/24;', '', '(b)    That the Panel reconvenes in March 2024 to review the indexation of allowances.”');
    expect(found(minutes).map((r) => r.label)).toEqual(['a', 'b']);
  });

  it('reads a list of decision verbs after an exclusion resolution, its own heading lost, as the next item\'s decisions', () => {
    const minutes = lines('9. Exclusion of Press and Public', '', 'RESOLVED: That by virtue of the next item of business being exempt information the press and public be now excluded from the meeting.', '',
      'The Director of Resources submitted a report on general staffing matters since the last meeting.', '',
      '1.    Noted and approved the decisions taken by CMT and the Chairman as outlined in the report, and', '', '2.    Approved the writing of letters of thanks to the staff who have left the Council.', '',
      '3.    Supported the request for 2 years mentoring for a Building Surveyor.');
    const got = found(minutes);
    expect(got.filter((r) => r.kind !== 'procedural').map((r) => r.label)).toEqual(['2', '3']);
    expect(got.find((r) => r.label === '1')?.kind).toBe('procedural');
  });

  it('reads a decision under a condition ("Unless objections are received by …, the fares be approved") as no noting', () => {
    expect(classifyText('Unless objections are received by 18th April 2019 the increased Hackney Carriage fares be approved to commence on 1st May 2019.').kind).not.toBe('procedural');
  });

  it('passes over "The report provided the Council with …" after a decision page\'s "Decisions:" label', () => {
    const minutes = lines('Decision details', '', 'Renewing the Armed Forces Covenant', '', 'Decisions:', '', 'The Head of Governance introduced the report.', '',
      'The report provided the Council with an updated Armed Forces Covenant for approval which renewed the commitment agreed in July 2012.', '',
      'On the recommendations in the report being put to the vote, the recommendations were unanimously agreed:', '', 'RESOLVED that:', '', '1.     Council pledges its support for the Covenant by approving it as set out in Appendix 1.', '',
      'Decided at meeting: 29/10/2019 - Council');
    expect(found(minutes).map((r) => r.text)).toEqual(['Council pledges its support for the Covenant by approving it as set out in Appendix 1.']);
  });
});

describe('batch 21 families: collector Z13 (unitaries, Wales, Scotland, fire)', () => {
  it('passes over a decision page\'s "Alternative options considered:" list to the decision\'s own list before it', () => {
    const minutes = lines('Decision details', 'Corporate Parenting Strategy 2020 - 2023', 'Decision Maker: Cabinet', 'To approve and endorse the Corporate Parenting Strategy.',
      '(a)   the draft corporate parenting strategy 2020 – 2023 (appendix A) is approved as amended;', '(b)  Cabinet agrees to receive an annual report on Corporate Parenting; and', '(c)   Cabinet agrees the Care Leavers covenant (appendix B) is approved.',
      'Alternative options considered:', '1.          The Cabinet does not adopt a Corporate Parenting strategy. This would make it difficult to evidence its commitment.',
      '2.          The Cabinet does not agree the Care Leavers Covenant. This would make it difficult to justify the offer.', 'Wards Affected: (All Wards);', 'Decided at meeting: 24/09/2020 - Cabinet');
    expect(found(minutes).map((r) => r.label)).toEqual(['a', 'b', 'c']);
  });

  it('splits "Supports the revision of the Statement; and 2. Notes the change …", the first point\'s "1." lost', () => {
    const minutes = lines('Adult Social Care Market Position Statement (Cab.17.11.2021/6) PDF 371 KB Additional documents: Decision: RESOLVED that Cabinet:-',
      'Supports the revision of the Adult Social Care', 'Market Position Statement; and 2. Notes the change in delivery of the Statement from a paper document to a web page. Minutes: |');
    expect(found(minutes).map((r) => [r.label, r.text.slice(0, 20)])).toEqual([[null, 'Supports the revisio'], ['2', 'Notes the change in ']]);
  });

  it('reads "RESOLVED to;" (a colon mistyped) above its numbered points', () => {
    const minutes = lines('86 INDEPENDENT REMUNERATION PANEL', '', 'On a motion from Councillor Romero, seconded by Councillor Myers, it was', '', 'RESOLVED to;', '', ' ', '',
      '1.  Approve the appointment of the Independent Remuneration Panel and submit any suggestions to the Monitoring Officer.');
    expect(found(minutes).map((r) => r.text)).toEqual(['Approve the appointment of the Independent Remuneration Panel and submit any suggestions to the Monitoring Officer.']);
  });

  it('reads a decision page\'s reason after its "RESOLVED to …" sentence as no decision', () => {
    const minutes = lines('Decision Maker: Cabinet', 'Decision status: Recommendations Approved', 'Cabinet considered the report and RESOLVED to approve the Tree and Woodland Strategy for public consultation.',
      'The strategy will help deliver the city’s Environment Capital priority by providing clear strategic direction.', 'The alternative option of not producing an updated strategy would mean that there would be no clear vision.', 'Publication date: 15/01/2018');
    expect(found(minutes).map((r) => r.text)).toEqual(['To approve the Tree and Woodland Strategy for public consultation.']);
  });

  it('reads "The Committee agreed, for its interest, to note … and approve …" as a decision', () => {
    const minutes = lines('2. VETTING OF ADULTS WORKING WITH CHILDREN', '', 'With reference to Article 10 of the minute of the Social Work Committee, there was submitted a report by the Director.', '',
      'The Committee agreed, for its interest, to note the contents of the Report and approve the recommendations set out in Article 10 of the minute of the Social Work Committee.');
    expect(found(minutes)).toHaveLength(1);
  });

  it('keeps "… subject to addition of a further scrutiny review … as follows:-" whole with its one quoted topic, and reads it as an action', () => {
    const minutes = lines('5 Scrutiny Review Topic Selection - 2021/22', 'The Monitoring Officer submitted a report inviting the Committee to consider review topics.',
      'RESOLVED – That the proposed Scrutiny Work Programme of scrutiny reviews be approved, subject to addition of a further scrutiny review proposed by the Children & Families Scrutiny Committee as follows:-',
      '‘Strategy for School Places – Pupil Place Planning in the Borough’');
    const got = found(minutes);
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toMatch(/^That the proposed Scrutiny Work Programme[^]*Strategy for School Places/);
    expect(got[0]!.kind).toBe('action');
  });
});

describe('batch 21 families: an issue page\'s decision in a noun', () => {
  it('reads "Permission granted for the approval of …" under its dated entry as the decision', () => {
    const minutes = lines('Issue - decisions', '', 'Extension of Public Space Protection Orders', '', '04/09/2020 - Extension of Public Space Protection Orders', '',
      'Permission granted for the approval of consultation process for the Extension of Public Space Protection Orders pursuant to section 59 of the Act.');
    expect(found(minutes).map((r) => r.text.slice(0, 30))).toEqual(['Permission granted for the app']);
  });
});
