// Families from the misses left on the whole corpus in the sixth session (7 December 2026), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { classifyText } from '../../../shared/minutes/classify';
import { lines } from './familyHelpers';

describe('residue families, sixth session: the committee is never an item title', () => {
  it('does not take an item page\'s title that names a committee in its topic for the meeting\'s committee', () => {
    const titles = [
      'Change to the Size of the Audit and Standards Committee',
      'Establishment of a Joint Housing Scrutiny Committee',
      'Responses to Reports of the Place Scrutiny Panel',
      'Future Operation of the Overview and Scrutiny Function',
      'Budget Scrutiny Process Feedback',
      'Forward Plan - Scrutiny Place and Environment and Executive',
      'Potential Scrutiny Workplan Item - Street Lighting (Continued)',
    ];
    for (const title of titles) {
      const minutes = lines(title, '', 'Minutes:', '', 'The Committee considered the report.', '', 'RESOLVED that the Director write to the Minister about the funding.');
      expect(parseMinutes(minutes).committee, title).toBeNull();
    }
  });

  it('reads an agenda-item page\'s title as the item, not the committee', () => {
    const minutes = lines('Agenda item', '', 'Membership of the Licensing Committee', '', 'Report of the Chief Executive.', '', 'Minutes:', '', 'RESOLVED that the Council increase the Committee to 15 members.');
    expect(parseMinutes(minutes).committee).toBeNull();
  });

  it('takes ModernGov\'s "Meeting:" field before an issue page\'s title that names a function', () => {
    const minutes = lines('Future Operation of the Overview and Scrutiny Function', 'Meeting: 17/02/2016 - Overview and Scrutiny Board (Item 56)', '56 Future Operation of the Overview and Scrutiny Function PDF 150 KB',
      'To consider the future operation of scrutiny.', 'Minutes:', 'RESOLVED that the Chief Executive report on the options to the next meeting.');
    const got = parseMinutes(minutes);
    expect([got.committee, got.meetingDate]).toEqual(['Overview and Scrutiny Board', '2016-02-17']);
  });

  it('still reads a committee\'s own name on the first line, and a name with "Plan" or "Programme" before its body word', () => {
    for (const name of ['Local Plan Sub-Committee', 'Growth Deal Programme Board', 'Corporate Parenting Panel', 'Health and Wellbeing Board']) {
      const minutes = lines(name, '', 'Tuesday, 4th March, 2025 2.00 pm', '', '1.', '', 'Housing Update', '', 'Minutes:', '', 'RESOLVED that the Director write to the Minister about the funding.');
      expect(parseMinutes(minutes).committee, name).toBe(name);
    }
  });
});

describe('residue families, sixth session: a name printed in capitals', () => {
  it('capitalises each word of an all-capitals name in title case, inside brackets too', () => {
    const minutes = lines('SCRUTINY COMMITTEE (SOCIAL CARE AND HEALTH)', '', 'Minutes of a meeting held on 3rd March, 2014', '', '1. Care Homes', '', 'RESOLVED that the Director write to the Minister about the funding.');
    expect(parseMinutes(minutes).committee).toBe('Scrutiny Committee (Social Care and Health)');
  });
});

describe('residue families, sixth session: where a page names its meeting', () => {
  const decision = ['', 'Minutes:', '', 'RESOLVED that the Director write to the Minister about the funding.'];
  it('reads a decision page\'s "Made at meeting:" line, but not a decisions list\'s of several makers', () => {
    const got = parseMinutes(lines('Tatton Park Fees', '', 'Decision Maker: Finance Sub-Committee', '', 'Made at meeting: 22/03/2024 - Finance Sub-Committee', '', 'Decision:', '', 'That the fees be increased by 5%.'));
    expect([got.committee, got.meetingDate]).toEqual(['Finance Sub-Committee', '2024-03-22']);
    const list = parseMinutes(lines('Road Closure Orders', '', 'Decision Maker: Chief Executive', '', 'Decision:', '', 'That the orders be made.', '', 'Bus Reform', '', 'Decision Maker: Transport Committee', '', 'Made at meeting: 24/01/2025 - Transport Committee', '', 'Decision:', '', 'That the consultation be approved.'));
    expect([list.committee, list.meetingDate]).toEqual([null, null]);
  });

  it('reads a re-hosted page\'s "May 9, 2025 <body> (Committee) Approved View on council website" line', () => {
    const got = parseMinutes(lines('Task and Finish Group - Library Strategy', 'May 9, 2025 Public Health and Communities Policy Committee (Committee) Approved View on council websiteFull council record', 'Purpose', 'To set up a group.', ...decision));
    expect([got.committee, got.meetingDate]).toEqual(['Public Health and Communities Policy Committee', '2025-05-09']);
  });

  it('reads a title whose body carries its remit in brackets ("Scrutiny Board (Culture and Leisure) - Monday, …")', () => {
    const got = parseMinutes(lines('Agenda and minutes', '', 'Scrutiny Board (Culture and Leisure) - Monday, 11th June, 2007 10.00 am', '', 'Contact: Democratic Services', '', 'Items', 'No. Item', '', '1.', '', 'Library Opening Hours', ...decision));
    expect([got.committee, got.meetingDate]).toEqual(['Scrutiny Board (Culture and Leisure)', '2007-06-11']);
  });

  it('reads the title below "Agenda and decisions" however far down the page\'s menu puts it, and a decision page\'s "Related Meeting"', () => {
    const menu = Array.from({ length: 14 }, (_, k) => `  • Menu entry ${k + 1}`);
    const got = parseMinutes(lines(...menu, '  • Agenda and decisions', '', '    Governance and Audit Committee - Thursday, 15th January, 2026 10.00 am', '', '    • Attendance details', '', '1.', '', 'Internal Audit Plan', ...decision));
    expect([got.committee, got.meetingDate]).toEqual(['Governance and Audit Committee', '2026-01-15']);
    const related = parseMinutes(lines('Decision', '', 'Highways Capital Programme 2025/26', '', 'Decision Maker:', '', 'Outcome: Recommendations Approved', '', 'Date of Decision: February 13, 2025', '',
      'Content: (1) That the grant be approved and added to the Highways Capital Programme.', '', 'Supporting Documents', '', 'Related Meeting', '', 'Executive Board - Thursday, 13th February, 2025 6.00 pm on February 13, 2025'));
    expect([related.committee, related.meetingDate]).toEqual(['Executive Board', '2025-02-13']);
  });
});

describe('residue families, sixth session: a decision page\'s lead-in alone on its line', () => {
  it('reads each paragraph under "To approve that" as a point of its own, up to the page\'s next field', () => {
    const minutes = lines('Digital Project', '', 'Decision Maker: Chief Executive', '', 'Decision:', '', 'To approve that', '', '         The project proceeds through decision point 4 and work commences on activity 5.', '', ' ', '',
      '         Approval to the total scheme cost of £2,289,415, which will be funded from borrowing, is given', '', 'Lead officer: David Gill');
    expect(parseMinutes(minutes).items.flatMap((i) => i.resolutions).map((r) => r.text)).toEqual([
      'The project proceeds through decision point 4 and work commences on activity 5.',
      'Approval to the total scheme cost of £2,289,415, which will be funded from borrowing, is given',
    ]);
  });
});

describe('residue families, sixth session: kinds', () => {
  it('reads membership criteria in amended terms of reference as no appointment', () => {
    expect(classifyText('That the amended Terms of Reference in terms of Membership criteria be approved.').kind).not.toBe('procedural');
    expect(classifyText('That the membership of the working group be approved as follows.').kind).toBe('procedural');
  });

  it('reads a noting joined to a promised formal response as the promise', () => {
    expect(classifyText('The report was noted, and the Portfolio Lead for Transport would provide a formal written response to the review\'s proposals.').kind).not.toBe('procedural');
    expect(classifyText('The report was noted, and the Chair thanked the officers.').kind).toBe('procedural');
  });

  it('reads a report still to come "be received" as asked for, not noted', () => {
    expect(classifyText('a draft final version of the Action Plan ahead of the end of the financial year be received, following pre-decision scrutiny.').kind).not.toBe('procedural');
    expect(classifyText('That the report be received.').kind).toBe('procedural');
  });
});

describe('residue families, sixth session: a decision page\'s story', () => {
  it('passes over "This report considered a request …" and "Pursuant to Minute 296 …, the Committee received a report …" after "Decision:"', () => {
    const first = lines('Appointment to Committees', '', 'Decision Maker: Council', '', 'Decision:', '', 'This report considered a request from the Group to appoint a Member to the vacant seats on the Scrutiny Committee.', '',
      'The Decision:', '', 'That Councillor James be appointed to the vacancies on the Scrutiny Committee.', '', 'Wards affected: All Wards;');
    expect(parseMinutes(first).items.flatMap((i) => i.resolutions).map((r) => r.text)).toEqual(['That Councillor James be appointed to the vacancies on the Scrutiny Committee.']);
    const second = lines('Burges Road Petition', '', 'Decision:', '', 'Pursuant to Minute 296 of the meeting of Council held on 10th September 2020, the Cabinet Committee received a report of the Executive Director on the petition.', '',
      'Resolved:', '', 'That the petition be noted and the road be added to the resurfacing programme.');
    expect(parseMinutes(second).items.flatMap((i) => i.resolutions).map((r) => r.text)).toEqual(['That the petition be noted and the road be added to the resurfacing programme.']);
  });
});
