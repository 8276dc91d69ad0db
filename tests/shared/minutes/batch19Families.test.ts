// The families batch 19's one run showed (tests/fixtures/minutes/real/batch19), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';
import { found, lines } from './familyHelpers';

describe('batch 19 families', () => {
  it('reads the points under "The Executive Mayor in Cabinet Resolved to:" (the marker\'s "to:" is no decision)', () => {
    const minutes = lines('Decision:', 'The Executive Mayor in Cabinet Resolved to:', '2.1       Considered and Agreed;', '2.1.1    the Housing Strategy 2024-2029 as detailed in Appendix A;',
      '2.2       Delegate authority to the Corporate Director of Housing to make minor amendments to the Strategy', 'Publication date: 24/04/2024');
    expect(found(minutes).map((r) => r.text)).toContain('Delegate authority to the Corporate Director of Housing to make minor amendments to the Strategy');
  });

  it('reads a decision page\'s labelled list with its "Conflict of Interest relating to the matter declared …:" field after it', () => {
    const minutes = lines('(1) the implementation of one hour free parking in all council car parks be agreed;', '(2) the Head of Highways be authorised to make traffic management orders; and',
      '(3) the kiosks at the civic centre be disabled', 'Reason for Decisions: To reduce the cost of handling cash.', 'Alternative Options Considered and Rejected: As set out in the report.',
      'Conflict of Interest relating to the matter declared by Cabinet Member/Dispensation Granted: None.');
    expect(found(minutes).map((r) => r.label)).toEqual(['1', '2', '3']);
  });

  it('reads "a five-minute walk" as no minutes approved', () => {
    expect(classifyText('The move to cashless parking, with a pay point shop within a five-minute walk, be agreed.').kind).not.toBe('procedural');
    expect(classifyText('That the minutes of the meeting held on 5 May be approved.').kind).toBe('procedural');
  });

  it('reads a numbered "That …" list above the page\'s first item heading, and not a page\'s opening notes', () => {
    const minutes = ['Agenda and decisions', 'Combined Authority - Friday, 29th July, 2022 10.30 am', 'No. Item', 'Additional documents:', 'Chairs Announcements and Urgent Business', 'Additional documents:',
      '1.            That the update on bus franchising be noted.', '2.            That the Mayor be requested to keep the Authority updated on the spread of the virus.', 'Declarations of Interest pdf icon PDF 203 KB',
      'To receive declarations of interest in any item for discussion at the meeting.', 'Additional documents:', 'That the minutes of the meeting held on 24 June 2022 be agreed as a true and correct record.'].join('\n\n');
    expect(found(minutes).filter((r) => r.kind !== 'procedural').map((r) => r.text)).toEqual(['That the Mayor be requested to keep the Authority updated on the spread of the virus.']);
    const notes = lines('Members are asked to declare the number of the item in which they have an interest.', 'Declarations of Interest', 'There were none.', '5. Parks', 'RESOLVED: That a report on play areas come to the next meeting.');
    expect(found(notes).map((r) => r.text)).toEqual(['That a report on play areas come to the next meeting.']);
  });
});
