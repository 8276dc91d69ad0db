// Families from the misses left on the whole corpus in the sixth session (7 December 2026), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
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
