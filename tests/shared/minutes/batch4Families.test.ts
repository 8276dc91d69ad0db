// The failure families found on batch 4 of real minutes (tests/fixtures/minutes/real/batch4), each in a
// few lines written for the test, not copied from any council.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { lines } from './familyHelpers';

const all = (text: string) => parseMinutes(text).items.flatMap((i) => i.resolutions.map((r) => ({ ...r, item: i.number, title: i.title })));

describe('tranche 1: proposals agreed in a later sentence, bodies set up', () => {
  it('takes a proposal that the next sentence says was agreed, beside a formal resolution', () => {
    const found = all(lines('Agenda item', '', 'Panels for 2026-27', '', 'Minutes:', '', 'It was noted that the Housing Panel\'s remit should be revised to cover empty homes. This was agreed.', '', 'Councillor Okafor suggested that the Parks Panel should invite the ranger service to a meeting. The Chair said that this had been agreed.', '', 'RESOLVED:', '', 'That the two panels be re-established with the remits as amended.'));
    const texts = found.map((r) => r.text);
    expect(texts).toContain('It was noted that the Housing Panel\'s remit should be revised to cover empty homes.');
    expect(texts).toContain('Councillor Okafor suggested that the Parks Panel should invite the ranger service to a meeting.');
    expect(found.every((r) => r.kind !== 'procedural')).toBe(true);
  });

  it('does not take a plain remark followed by "This was agreed" as a proposal', () => {
    const found = all(lines('Agenda item', '', 'Budget update', '', 'Minutes:', '', 'The Treasurer said the budget was on track. This was agreed.'));
    expect(found).toHaveLength(0);
  });

  it('reads panels re-established with their terms of reference agreed as an action, not the committee\'s own terms', () => {
    const setUp = all(lines('RESOLVED:', '', 'That the three Select Panels be re-established and their Terms of Reference and Work Programmes be agreed.'));
    expect(setUp.map((r) => r.kind)).toEqual(['action']);
    const own = all(lines('RESOLVED:', '', 'That the terms of reference of the Committee be agreed.'));
    expect(own.map((r) => r.kind)).toEqual(['procedural']);
  });
});

describe('tranche 2: requests granted, passive requests, decisions inside discussion points', () => {
  it('takes "The Board approved the … request to …" in a note of decisions as an action', () => {
    const found = all(lines('Note of decisions', '', '3. Planning Committee – request to visit a site in Leeds', '', 'The Board approved the Planning Committee’s request to visit the site in Leeds.', '', '4. Audit Committee – request for a seminar', '', 'The Board did not agree the request for a seminar.'));
    expect(found.filter((r) => r.kind !== 'procedural').map((r) => [r.item, r.kind])).toEqual([['3', 'action']]);
  });

  it('reads "the request was also made for …" as a narrative decision', () => {
    const found = all(lines('Agenda item', '', 'Road safety', '', 'Minutes:', '', 'Members discussed speeding near schools. The request was also made for the casualty figures to be sent to all Members.'));
    expect(found.map((r) => r.text)).toEqual(['The request was also made for the casualty figures to be sent to all Members.']);
    expect(found[0]?.kind).not.toBe('procedural');
  });

  it('finds a request made inside a lettered discussion point, and does not take the points as resolutions', () => {
    const found = all(lines('Agenda item', '', 'Youth services', '', 'Minutes:', '', 'In the discussion that followed, reference was made to:-', '', '(a) staffing. The manager said two posts were vacant;', '', '(b) opening hours. Members heard that the centres closed at eight. The Committee requested that a report on later opening be brought to its next meeting.'));
    expect(found.map((r) => r.text)).toEqual(['The Committee requested that a report on later opening be brought to its next meeting.']);
  });
});

describe('tranche 3: Word memos, table cells, findings, page titles', () => {
  const memo = lines('MEMORANDUM', '', 'To: Members of the Council', '', 'From: Democratic Services', '', 'Ask for: A Clerk', '', 'Ext: 1234', '', 'My Ref:', '', 'LIBRARIES REVIEW PANEL', '', '3 MARCH 2011', '', 'MINUTES', '', '1.APOLOGIES', '', 'AGREED:', '', 'Apologies were received from B Smith.', '', '2.MINUTES', '', 'AGREED:', '', 'The minutes of the Panel held on 2 February 2011 were confirmed as a correct record.', '', '  1. MOBILE LIBRARY', '', 'The Panel discussed the mobile library timetable.', '', 'AGREED:', '', '1. / That a revised timetable be drawn up for the rural villages. / Jo Evans', '2. / The pilot routes were found to have worked well.');

  it('reads a memo\'s date above a bare MINUTES line, glued numbers and a heading whose number Word lost', () => {
    const r = parseMinutes(memo);
    expect(r.meetingDate).toBe('2011-03-03');
    expect(r.items.map((i) => [i.number, i.title])).toEqual([['1', 'APOLOGIES'], ['2', 'MINUTES'], ['1', 'MOBILE LIBRARY']]);
  });

  it('drops a table cell\'s rule and its "action by" name, and reads a finding as a view', () => {
    const found = all(memo).filter((r) => r.title === 'MOBILE LIBRARY');
    expect(found.map((r) => [r.text, r.kind === 'procedural'])).toEqual([
      ['That a revised timetable be drawn up for the rural villages.', false],
      ['The pilot routes were found to have worked well.', true],
    ]);
  });

  it('reads a committee named with its remit after a dash, and a page title printed twice above its date', () => {
    const remit = parseMinutes(lines('Agenda and minutes', '', 'Overview & Scrutiny Committee - Environment - Monday, 4th March, 2024 6.00 pm', '', 'Venue: Room 2', '', 'No. Item', '', '7.', '', 'BUDGET UPDATE', '', 'Minutes:', '', 'RESOLVED that the update be noted.'));
    expect([remit.committee, remit.meetingDate]).toEqual(['Overview & Scrutiny Committee - Environment', '2024-03-04']);
    const twice = parseMinutes(lines('Police and Crime Panel', '', 'Police and Crime Panel', '', '9 June 2022', '', 'Item no. Agenda Item Details Status', '01 Apologies for Absence'));
    expect([twice.committee, twice.meetingDate]).toEqual(['Police and Crime Panel', '2022-06-09']);
  });
});

describe('tranche 4: an issue page that lost its heading', () => {
  it('gives the one item of decisions the number its "Meeting: … (Item N)" line names', () => {
    const r = parseMinutes(lines('Issue - meetings', '', 'Meeting: 03/05/2019 - Housing Scrutiny Commission (Item 17)', '', 'The Commission received an update on repairs.', '', '1.    That it be requested that the repair figures be brought to the next meeting; and', '', '2.    That it be requested that tenants be kept informed.'));
    expect(r.items.filter((i) => i.resolutions.length > 0).map((i) => [i.number, i.resolutions.length])).toEqual([['17', 2]]);
  });
});

describe('tranche 5: orders of a committee, announcements', () => {
  it('reads each "Ordered, That …" as a resolution of its own, and a second reading as the running of the meeting', () => {
    const found = all(lines('Formal minutes', 'Wednesday 4 June 2008', 'The Committee deliberated.', 'Ordered, That the draft Report be read a second time, paragraph by paragraph.', 'Resolved, That the Report be the Third Report of the Committee.', 'Ordered, That the Chair make the Report to the Assembly.', 'Ordered, That the written evidence be published.'));
    expect(found.map((r) => [r.text, r.kind === 'procedural'])).toEqual([
      ['That the draft Report be read a second time, paragraph by paragraph.', true],
      ['That the Report be the Third Report of the Committee.', false],
      ['That the Chair make the Report to the Assembly.', false],
      ['That the written evidence be published.', false],
    ]);
  });

  it('does not take a numbered list of announcements as resolutions', () => {
    const found = all(lines('12.', '', 'Announcements', '', 'Minutes:', '', '1)  The Leader provided an update on the flood recovery work.', '', '2)  The Mayor announced the winners of the community awards.'));
    expect(found).toHaveLength(0);
  });
});

describe('tranche 6: annual meetings and "At a meeting of …" openings', () => {
  it('reads the body from "At the ANNUAL MEETING of … held", a spaced "15 TH", and "1. RESOLVED that …" as a resolution', () => {
    const r = parseMinutes(lines('Minutes', '', 'Anytown Borough Council', '', 'At the ANNUAL MEETING of BOROUGH COUNCIL held in the TOWN HALL on TUESDAY, 9 TH MAY, 2017 at 7.00 p.m.', '', 'Election of Mayor', '', 'It was:-', '', '1. RESOLVED that Councillor Jane Ames be appointed Mayor for the year.', '', 'Vote of Thanks', '', 'On a motion by Councillor Bell, it was:-', '', '2. RESOLVED that the thanks of the Council be accorded to the retiring Mayor.'));
    expect([r.committee, r.meetingDate]).toEqual(['Borough Council', '2017-05-09']);
    const found = r.items.flatMap((i) => i.resolutions);
    expect(found.map((x) => [x.label, x.text, x.kind])).toEqual([
      ['1', 'That Councillor Jane Ames be appointed Mayor for the year.', 'procedural'],
      ['2', 'That the thanks of the Council be accorded to the retiring Mayor.', 'procedural'],
    ]);
  });

  it('prefers the full name in "At a meeting of the … Committee held in …" to a shorter heading in capitals', () => {
    const r = parseMinutes(lines('COUNTY COUNCIL', '', 'PLACES', '', 'OVERVIEW AND SCRUTINY COMMITTEE', '', 'At a meeting of the Places Overview and Scrutiny Committee held in Room 2, County Hall on Monday 7 March, 2022 at 10.00 a.m.', '', '12. MINUTES', '', 'RESOLVED that the minutes be agreed as a true record.'));
    expect([r.committee, r.meetingDate]).toEqual(['Places Overview and Scrutiny Committee', '2022-03-07']);
  });
});

describe('tranche 7: offers and promises made at the meeting, item lines that name other bodies', () => {
  it('takes "was happy to circulate", "agreed to follow it up" and "would chase this" as undertakings', () => {
    const a = all(lines('Leader\'s update', '', 'The Leader had no update. She was happy to circulate the minister\'s reply to the committee.'));
    expect(a.map((r) => r.text)).toEqual(['She was happy to circulate the minister\'s reply to the committee.']);
    const b = all(lines('Voter registration', '', 'A member raised the cost of the roadshows. The Director thanked the member and agreed to follow it up with the organisers.'));
    expect(b.map((r) => r.text)).toEqual(['The Director thanked the member and agreed to follow it up with the organisers.']);
    const c = all(lines('14.', '', 'Minutes of the meeting held on 2 May 2019', '', 'Minutes:', '', 'The minutes were approved as a correct record.', '', 'Members noted that the figures asked for had not been sent. The Finance Manager would chase this before the next meeting.'));
    expect(c.filter((r) => r.kind !== 'procedural').map((r) => r.text)).toEqual(['The Finance Manager would chase this before the next meeting.']);
  });

  it('names no committee from "Minutes of meeting held on …" under the apologies, nor from an update from another body', () => {
    const r = parseMinutes(lines('Cllr. Ames sent apologies.', '', 'Declarations of interest', '', 'There were none.', '', 'Minutes of meeting held on 3rd May.', '', 'The minutes were approved as a correct record.', '', 'Leader Briefing', '', 'The Leader gave no briefing.', '', 'Fire Authority (4th May) – update from Cllr. Bell', '', 'Cllr. Bell gave an update.'));
    expect(r.committee).toBeNull();
  });
});

describe('tranche 8: substitutes named inside a decision', () => {
  it('does not read a decision about named substitutes\' training as the apologies', () => {
    const found = all(lines('CL12/20 RECOMMENDATIONS FROM THE AUDIT COMMITTEE', '', 'RESOLVED:', '', 'Council agreed that training for members of the Audit Committee and their named substitutes be mandatory from May 2021.'));
    expect(found.map((r) => r.kind)).not.toContain('procedural');
    const apologies = all(lines('1. APOLOGIES AND NAMED SUBSTITUTES', '', 'RESOLVED that the attendance of the following named substitutes be noted: Cllr Ames for Cllr Bell.'));
    expect(apologies.map((r) => r.kind)).toEqual(['procedural']);
  });
});

describe('tranche 9: work programme points, a request without "that", a suggestion after a decision', () => {
  it('takes the bulleted points of a work programme discussion that say what will be done', () => {
    const found = all(lines('41.', '', 'Work Programme 2025/26', '', 'Minutes:', '', 'The Panel discussed its work programme and the following points were made:', '', '·       A report on bus subsidies would be requested for the March meeting.', '', '·       Members felt the programme was too full.', '', '·       The youth housing review would be added to the work programme of the People Panel.'));
    expect(found.map((r) => r.text)).toEqual(['A report on bus subsidies would be requested for the March meeting.', 'The youth housing review would be added to the work programme of the People Panel.']);
  });

  it('reads "Members requested the note be circulated" as a request, even under the minutes', () => {
    const found = all(lines('Minutes of the last meeting pdf icon PDF 84 KB', '', 'The minutes were approved as a correct record.', '', 'The officer summarised a letter from the trust. Members requested the letter be circulated to them by email.'));
    expect(found.filter((r) => r.kind !== 'procedural').map((r) => r.text)).toEqual(['Members requested the letter be circulated to them by email.']);
  });

  it('ends "It was agreed that …" where a sentence of mere suggestion begins', () => {
    const found = all(lines('12.', '', 'Public Participation', '', 'Minutes:', '', 'It was agreed that the press office would be asked to publicise the meetings. It was also suggested that the meetings be filmed.'));
    expect(found.map((r) => r.text)).toEqual(['It was agreed that the press office would be asked to publicise the meetings.']);
  });
});

describe('tranche 11: a decision page\'s elections and acceptances', () => {
  it('reads "To elect Councillor … as Chair" and "To accept the report and to note the observations" as procedural', () => {
    const found = all(lines('No. | Item |', '---|---|', 'CHAIR To appoint a Chair for 2024/25. Decision: To elect Councillor Ann Jones as Chair of this committee for 2024/25. Minutes: RESOLVED to elect Councillor Ann Jones as Chair of this committee for 2024/25. |', '|', 'LIBRARY SERVICE PDF 300 KB To consider a report. Decision: To accept the report and to note the observations. Minutes: The Cabinet Member presented the report. |'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.kind === 'procedural')).toBe(true);
    expect(found.some((r) => /Minutes:\s*$/.test(r.text))).toBe(false);
  });

  it('still reads "to accept the report and to write to the Minister" as asking for something', () => {
    const found = all(lines('RESOLVED:', '', 'To accept the report and to write to the Minister about the funding gap.'));
    expect(found.map((r) => r.kind)).not.toContain('procedural');
  });
});
