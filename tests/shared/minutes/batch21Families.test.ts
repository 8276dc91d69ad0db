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
