// guessColumnMapping: the headings councils use, and a look at the values where the heading misleads.
import { describe, expect, it } from 'vitest';
import { findHeaderRow, guessColumnMapping, guessFromHeading, headingsKey } from '../../../shared/tabular/index';

describe('guessColumnMapping', () => {
  it.each([
    ['Meeting', 'meetingDate'],
    ['Date', 'meetingDate'],
    ['Date of meeting', 'meetingDate'],
    ['Committee', 'committee'],
    ['Item', 'itemTitle'],
    ['Agenda item', 'itemTitle'],
    ['Item no.', 'itemNumber'],
    ['Minute number', 'itemNumber'],
    ['Rec.', 'label'],
    ['Ref', 'label'],
    ['Recommendation(s)', 'text'],
    ['Recommendations', 'text'],
    ['Executive response', 'responseText'],
    ['Response', 'responseText'],
    ['Executive responses / update', 'responseText'],
    ['Accepted/Rejected', 'responseOutcome'],
    ['Outcome', 'responseOutcome'],
    ['Decision', 'responseOutcome'],
    ['Status', 'status'],
    ['Progress', 'progressUpdate'],
    ['Progress update', 'progressUpdate'],
    ['Date of update', 'progressDate'],
    ['Cabinet Member', 'cabinetMember'],
    ['Portfolio holder', 'cabinetMember'],
    ['Lead officer/Executive member', 'leadOfficer'],
    ['Responsibility', 'leadOfficer'],
    ['Exec date', 'receivedDate'],
    ['Date received', 'receivedDate'],
    ['Response given by', 'respondedBy'],
    ['Origin', 'origin'],
    ['Origin committee', 'committee'],
    ['Task and finish group', 'origin'],
    ['Priority', 'priority'],
    ['Completed (Y/N)', 'completed'],
    ['Agreed (Yes/No/In part)', 'responseOutcome'],
    ['Area', 'directorate'],
    ['Timetable', 'targetDate'],
    ['Recommendation made to:', 'addressee'],
    ['Select Committee', 'committee'],
    ['Action', 'action'],
    ['Action taken in response', 'action'],
    ['Lead officer', 'leadOfficer'],
    ['Directorate', 'directorate'],
    ['Portfolio', 'directorate'],
    ['Target date', 'targetDate'],
    ['Response date', 'responseDate'],
    ['Addressed to', 'addressee'],
    ['RAG', 'rag'],
    ['Notes', 'notes'],
    ['Comments', 'notes'],
    ['Spreadsheet ID', 'notes'],
    ['', 'ignore'],
  ])('takes "%s" for %s', (header, field) => {
    expect(guessFromHeading(header)).toBe(field);
  });

  it('maps the headings of the issue in order', () => {
    expect(guessColumnMapping(['Meeting', 'Date', 'Item', 'Recommendation', 'Executive response', 'Accepted/Rejected', 'Status'])).toEqual([
      'meetingDate',
      'notes',
      'itemTitle',
      'text',
      'responseText',
      'responseOutcome',
      'status',
    ]);
  });

  it('moves a column whose values do not fit its heading', () => {
    const headers = ['Meeting', 'Recommendation', 'Progress', 'Decision'];
    const samples = [
      ['Cabinet', 'Review the plan', 'Report due in March', 'The executive agreed to review it'],
      ['Cabinet', 'Fund the scheme', 'Completed', 'Declined: no budget'],
      ['Cabinet', 'Write to the MP', 'Letter drafted', 'Accepted'],
    ];
    expect(guessColumnMapping(headers, samples)).toEqual(['committee', 'text', 'progressUpdate', 'responseText']);
    expect(guessColumnMapping(['Recommendation', 'Status'], [['a', 'Completed'], ['b', 'Ongoing'], ['c', '']])).toEqual(['text', 'status']);
    expect(guessColumnMapping(['Recommendation', 'Status'], [['a', 'Green'], ['b', 'Amber']])).toEqual(['text', 'rag']);
    expect(guessColumnMapping(['Recommendation', 'Progress'], [['a', 'Complete'], ['b', 'Ongoing']])).toEqual(['text', 'status']);
    expect(guessColumnMapping(['Recommendation', 'Outcome'], [['a', 'Actioned.'], ['b', 'Pending']])).toEqual(['text', 'status']);
    expect(guessColumnMapping(['Recommendation', 'Agreed'], [['a', 'Yes'], ['b', 'In part']])).toEqual(['text', 'responseOutcome']);
  });

  it('takes an unheaded column of labels for the label, and one of other words for the notes', () => {
    expect(guessColumnMapping(['', 'Recommendation', ''], [['SC18', 'Do it', 'x y'], ['SC19', 'Do that', '']])).toEqual(['label', 'text', 'notes']);
  });

  it('takes an actions list\'s "Action" for the recommendation where no column is one', () => {
    expect(guessColumnMapping(['Action', 'Officer responsible', 'Progress Update'])).toEqual(['text', 'leadOfficer', 'progressUpdate']);
    expect(guessColumnMapping(['Recommendation', 'Action'])).toEqual(['text', 'action']);
  });

  it('maps the three layouts of issue 16', () => {
    expect(guessColumnMapping(['Ref', 'Origin committee', 'Date', 'Area', 'Recommendation', 'Exec date', 'Lead officer/Executive member', 'Action taken', 'Status'])).toEqual([
      'label', 'committee', 'meetingDate', 'directorate', 'text', 'receivedDate', 'leadOfficer', 'action', 'status',
    ]);
    expect(guessColumnMapping(['No.', 'Recommendation', 'Priority', 'Responsibility', 'Agreed (Yes/No/In part)', 'Comments', 'Date'])).toEqual([
      'label', 'text', 'priority', 'leadOfficer', 'responseOutcome', 'notes', 'meetingDate',
    ]);
    expect(
      guessColumnMapping(['Meeting date', 'Minute ref', 'Recommendation', 'Responsible officer', 'Cabinet Member', 'Executive response', 'Date of response', 'Progress update', 'RAG', 'Target date', 'Completed (Y/N)']),
    ).toEqual(['meetingDate', 'itemNumber', 'text', 'leadOfficer', 'cabinetMember', 'responseText', 'responseDate', 'progressUpdate', 'rag', 'targetDate', 'completed']);
  });

  it('reads a minutes-style action table: an item reference back, the matter decided and the initials of who acts', () => {
    const rows = [
      ['Item 3 22/09/17 513/56', 'The scoping document and terms of reference were approved, with a public call for evidence added to them.', 'SS'],
      ['Item 2 22/09/17', 'The Panel recalled that it had agreed to review the draft policy, which was still at the drafting stage.', ''],
    ];
    expect(guessColumnMapping(['Ref Back', 'Agenda matter', 'Action'], rows)).toEqual(['itemNumber', 'text', 'leadOfficer']);
    // Short agenda titles stay titles, and an action column of words stays the action.
    expect(guessColumnMapping(['Agenda matter', 'Recommendation', 'Action'], [['Budget', 'That the budget be noted', 'Report to Cabinet']])).toEqual(['itemTitle', 'text', 'action']);
    expect(guessColumnMapping(['Recommendation', 'Action'], [['That X', 'N/A']])).toEqual(['text', 'action']);
  });

  it('takes the date the committee considered it as the meeting date, an explanation as the response, a worded timescale as the target', () => {
    expect(guessColumnMapping(['Recommendation', 'Date considered by Overview Board', 'Explanation'])).toEqual(['text', 'meetingDate', 'responseText']);
    expect(guessColumnMapping(['Recommendation', 'Timescale for implementation'], [['That X', 'By the next budget round']])).toEqual(['text', 'targetDate']);
    expect(guessColumnMapping(['Recommendation', 'Timescale'], [['That X', 'Officers will look into this and report back to members']])).toEqual(['text', 'notes']);
  });

  it('reads an actions log: a long report title stays a title when an "Action" column holds what was decided', () => {
    const rows = [
      ['1', '04.10.16', 'Business Case for the Management Transfer of Secondary School Sports Facilities to Edinburgh Leisure – Progress Report', 'That an update report be submitted in 6 months.'],
    ];
    expect(guessColumnMapping(['No', 'Date', 'Report Title', 'Action'], rows)).toEqual(['label', 'meetingDate', 'itemTitle', 'text']);
  });

  it('takes an actual completion date as completed, not as a second target date', () => {
    expect(guessFromHeading('Actual completion date')).toBe('completed');
    expect(guessFromHeading('Date completed')).toBe('completed');
    expect(guessFromHeading('Expected completion date')).toBe('targetDate');
    expect(guessFromHeading('Agreed completion date')).toBe('targetDate');
  });

  it('takes a comments column of dated updates as progress updates, and one of remarks as notes', () => {
    expect(guessColumnMapping(['Action', 'Comments'], [['Report back', 'Update 9 July 2020: put on hold'], ['Write', '12/03/2021 – letter sent']])).toEqual(['text', 'progressUpdate']);
    expect(guessColumnMapping(['Recommendation', 'Comments'], [['That X', 'Members asked for more training'], ['That Y', 'Scrutiny should be Member led']])).toEqual(['text', 'notes']);
  });

  it('takes a column headed both response and progress as progress updates', () => {
    expect(guessFromHeading('Response / Progress')).toBe('progressUpdate');
    expect(guessFromHeading('Executive responses / update')).toBe('responseText');
  });

  it('reads an audit recommendations tracker: the audit, its risk rating, a percentage, and a revised target date', () => {
    expect(guessFromHeading('Audit')).toBe('itemTitle');
    expect(guessFromHeading('Risk')).toBe('priority');
    expect(guessFromHeading('% complete')).toBe('notes');
    expect(guessFromHeading('Percentage complete')).toBe('notes');
    expect(guessColumnMapping(['Recommendation', 'Risk'], [['That X', 'High'], ['That Y', 'Medium']])).toEqual(['text', 'priority']);
    // A risk described in words is not a rating.
    expect(guessColumnMapping(['Recommendation', 'Risk'], [['That X', 'The council may not recover the money it is owed']])).toEqual(['text', 'notes']);
    expect(guessColumnMapping(['Recommendation', 'Original implementation date', 'Agreed completion date'])).toEqual(['text', 'notes', 'targetDate']);
    expect(guessColumnMapping(['Recommendation', 'Original target date', 'Target date'])).toEqual(['text', 'notes', 'targetDate']);
  });

  it('takes an "Origin" of committee codes as the committee, and one of words as the origin', () => {
    expect(guessColumnMapping(['Origin', 'Recommendation'], [['CRP', 'That X'], ['PPL', 'That Y'], ['CSMC', 'That Z']])).toEqual(['committee', 'text']);
    expect(guessColumnMapping(['Origin', 'Recommendation'], [['Task and finish group', 'That X'], ['Scrutiny review', 'That Y']])).toEqual(['origin', 'text']);
  });

  it('takes a "Date" of months and "On-going" as the target date, and one of days as the meeting date', () => {
    expect(guessColumnMapping(['Recommendation', 'Date'], [['That X', 'March 2003'], ['That Y', '-'], ['That Z', 'On-going']])).toEqual(['text', 'targetDate']);
    expect(guessColumnMapping(['Recommendation', 'Date'], [['That X', '3 March 2003'], ['That Y', '12/06/2002']])).toEqual(['text', 'meetingDate']);
    // Months alone, or a heading that names the meeting, stay the meeting date.
    expect(guessColumnMapping(['Recommendation', 'Date'], [['That X', 'March 2017'], ['That Y', 'July 2017']])).toEqual(['text', 'meetingDate']);
    expect(guessColumnMapping(['Recommendation', 'Meeting date'], [['That X', 'September 2022'], ['That Y', '-']])).toEqual(['text', 'meetingDate']);
  });

  it('takes an "Outcome" of progress words as the status, and a "Decision" of sentences as the response', () => {
    expect(guessColumnMapping(['Recommendation', 'Outcome'], [['That X', 'Information published; timing under review'], ['That Y', 'Awaiting officer update']])).toEqual(['text', 'status']);
    expect(guessColumnMapping(['Recommendation', 'Decision'], [['That X', 'The executive agreed to review it'], ['That Y', 'Declined: no budget']])).toEqual(['text', 'responseText']);
  });

  it.each([
    ['Officer response', 'responseText'],
    ['Management response', 'responseText'],
    ['Response from Cabinet Member', 'responseText'],
    ['Comments from the Cabinet Member', 'responseText'],
    ['Officer comments', 'notes'],
    ['Cabinet Member', 'cabinetMember'],
    ['Response by', 'respondedBy'],
    ['Timeframe', 'targetDate'],
    ['When', 'targetDate'],
    ['By whom', 'leadOfficer'],
    ['Requested by', 'origin'],
    ['Review title', 'origin'],
    ['Date added', 'meetingDate'],
    ['Open/Closed', 'status'],
    ['Next steps', 'action'],
  ])('takes the action-log heading "%s" for %s', (header, field) => {
    expect(guessFromHeading(header)).toBe(field);
  });

  it('reads an unknown heading by its values: outcome words as the outcome, RAG words as the rating, anything else as notes', () => {
    expect(guessColumnMapping(['Recommendation', 'Cabinet view'], [['That X', 'Accepted'], ['That Y', 'Partially accepted'], ['That Z', 'Rejected']])).toEqual(['text', 'responseOutcome']);
    expect(guessColumnMapping(['Recommendation', 'Overall'], [['That X', 'Red'], ['That Y', 'Green']])).toEqual(['text', 'rag']);
    expect(guessColumnMapping(['Recommendation', 'Overall', 'RAG'], [['That X', 'Red', 'Red'], ['That Y', 'Green', 'Amber']])).toEqual(['text', 'notes', 'rag']);
    expect(guessColumnMapping(['Recommendation', 'Ward'], [['That X', 'Abbey'], ['That Y', 'Castle']])).toEqual(['text', 'notes']);
  });

  it.each([
    ['Task group recommendation', 'text'],
    ['Review group recommendation', 'text'],
    ['Select committee recommendations', 'text'],
    ['Panel decision', 'text'],
    ['Decision of the committee', 'text'],
    ['Details requested', 'text'],
    ['Action no', 'label'],
    ['Action ref.', 'label'],
    ['Page no.', 'notes'],
    ['Agenda pages', 'notes'],
  ])('reads the heading "%s" as %s (the words named by who made them; numbers of actions; page numbers)', (header, field) => {
    expect(guessFromHeading(header)).toBe(field);
  });

  it('keeps the task group and the outcome rules where the heading is not the words', () => {
    expect(guessFromHeading('Task and finish group')).toBe('origin');
    expect(guessFromHeading('Recommendation made to')).toBe('addressee');
    expect(guessFromHeading('Executive decision')).toBe('responseOutcome');
  });

  it('takes an actions log\'s numbered "Action" column as the words once its number column is the label', () => {
    const rows = [['12', 'Ask the waste team for the missed-bin figures by ward', '34'], ['13 (a)', 'Invite the housing director to the March meeting', '35']];
    expect(guessColumnMapping(['Action no', 'Action', 'Agenda page'], rows)).toEqual(['label', 'text', 'notes']);
  });

  it('takes a column printed with no heading over whole sentences as the words when no other column holds them', () => {
    const rows = [['Full Council, 3 May 2024', 'Council asks the Leader to write to the Secretary of State about the funding of rural bus routes before the summer', 'Letter sent']];
    expect(guessColumnMapping(['Meeting', '', 'Update'], rows)).toEqual(['meetingDate', 'text', 'progressUpdate']);
    // A bare column of short codes is not the words.
    expect(guessColumnMapping(['Recommendation', ''], [['That X be done', 'A1']])).toEqual(['text', 'label']);
  });

  it('folds headings into a key that case and spacing do not change', () => {
    expect(headingsKey(['Ref ', 'Cabinet  Member'])).toBe(headingsKey(['ref', 'cabinet member']));
    expect(headingsKey(['Ref', 'Cabinet Member'])).not.toBe(headingsKey(['Ref', 'Cabinet Member', 'Status']));
  });
});

describe('findHeaderRow', () => {
  it('skips a title and blank rows above the headings', () => {
    expect(findHeaderRow([['Recommendation tracker 2023/24', ''], ['', ''], ['Date', 'Recommendation'], ['1/2/2024', 'Do it']])).toBe(2);
    expect(findHeaderRow([['', ''], ['Date', 'Words'], ['1/2/2024', 'Do it']])).toBe(1);
    expect(findHeaderRow([['', '']])).toBe(-1);
    // A merged title read as one value in each cell, then a subtitle, then the headings.
    expect(findHeaderRow([['Scrutiny recommendations tracker', 'Scrutiny recommendations tracker', 'Scrutiny recommendations tracker'], ['Updated March 2026', '', ''], ['Ref', 'Recommendation', 'Status']])).toBe(2);
    // Title lines with two cells each (Maidstone's SCRAIP) above the headings.
    expect(findHeaderRow([['Committee:', 'Corporate Services'], ['Meeting Date:', '6 November 2012'], ['Topic:', 'Quarter 1 report'], ['Recommendation', 'Cabinet Member', 'Response', 'Timetable', 'Lead Officer']])).toBe(3);
    expect(findHeaderRow([])).toBe(-1);
  });
});
