// rowsToTracker: a council's spreadsheet, filled down as they are, into meetings, items and
// recommendations, with every word it cannot read reported by row and kept in the notes.
import { describe, expect, it } from 'vitest';
import { guessColumnMapping, parseCsv, rowsToTracker } from '../../../shared/tabular/index';

const CSV = [
  'Meeting,Item,Rec.,Recommendation,Executive response,Accepted/Rejected,Status,Target date',
  '26 September 2023,Local Transport Plan,1,That the plan includes school routes.,Agreed.,Accepted,Completed,31/03/2024',
  ',,2,That cycle lanes are costed.,Will be costed.,Partly accepted,Ongoing,',
  ',Early help,a,That early help is mapped.,,,,',
  '28/11/2023,Budget,(i),That the budget protects youth services.,Not possible.,Declined,Stalled,next spring',
  ',,,,,,,',
  ',,,That something is left without an answer.,,Maybe later,,',
  ',Budget,,,,,,',
].join('\n');

function read(options: Parameters<typeof rowsToTracker>[2] = { committeeName: 'Children and Young People Scrutiny Committee' }) {
  const [headers, ...rows] = parseCsv(CSV);
  return rowsToTracker(rows, guessColumnMapping(headers!), { ...options, headers });
}

describe('rowsToTracker', () => {
  it('fills blank meeting and item cells down, as councils leave them', () => {
    const { tracker } = read();
    expect(tracker.committees.map((c) => c.name)).toEqual(['Children and Young People Scrutiny Committee']);
    expect(tracker.meetings.map((m) => m.date)).toEqual(['2023-09-26', '2023-11-28']);
    expect(tracker.items.map((i) => i.title)).toEqual(['Local Transport Plan', 'Early help', 'Budget']);
    const byItem = (title: string) => {
      const item = tracker.items.find((i) => i.title === title)!;
      return tracker.recommendations.filter((r) => r.itemId === item.id).map((r) => r.label);
    };
    expect(byItem('Local Transport Plan')).toEqual(['1', '2']);
    expect(byItem('Early help')).toEqual(['a']);
    expect(byItem('Budget')).toEqual(['i', '']);
  });

  it('takes a date in an actual completion date column as completed, keeping the date', () => {
    const headers = ['Date', 'Action', 'Expected completion date', 'Actual completion date'];
    const rows = [
      ['7 June 2016', 'Report on the review', 'March 2020', '12 March 2020'],
      ['7 June 2016', 'Report on the study', 'January 2020', ''],
    ];
    const { tracker } = rowsToTracker(rows, guessColumnMapping(headers, rows), { committeeName: 'Transport Committee', headers });
    expect(tracker.recommendations.map((r) => r.status)).toEqual(['completed', 'open']);
    expect(tracker.recommendations[0]!.notes).toContain('12 March 2020');
  });

  it('reads outcomes, statuses and dates in the council\'s words', () => {
    const recs = read().tracker.recommendations;
    expect(recs.map((r) => r.responseOutcome)).toEqual(['Accepted', 'Partially accepted', '', 'Rejected', '']);
    expect(recs.map((r) => r.status)).toEqual(['completed', 'in-progress', 'open', 'open', 'open']);
    expect(recs[0]!.targetDate).toBe('2024-03-31');
    expect(recs[0]!.responseText).toBe('Agreed.');
    // The executive owes a response from the meeting's date.
    expect(recs[0]!.receivedDate).toBe('2023-09-26');
  });

  it('reports what it cannot read by row, keeping the words in the notes rather than dropping the row', () => {
    const { tracker, problems } = read();
    expect(problems).toEqual([
      { row: 5, message: expect.stringContaining('the status "Stalled" is not one the tracker knows') },
      { row: 5, message: expect.stringContaining('the target date "next spring" is not a date') },
      { row: 7, message: expect.stringContaining('the outcome "Maybe later" is not one the tracker knows') },
      { row: 8, message: 'no recommendation here, only the meeting or agenda item, which the rows below it continue.' },
    ]);
    const budget = tracker.recommendations.find((r) => r.text.startsWith('That the budget'))!;
    expect(budget.notes).toBe('Status as written: Stalled\nTarget date as written: next spring');
    expect(tracker.recommendations.find((r) => r.text.startsWith('That something'))!.notes).toBe('Outcome as written: Maybe later');
  });

  it('leaves out a row with words but no recommendation, and says so', () => {
    const { tracker, problems } = rowsToTracker([['26/09/2023', '', 'Accepted']], ['meetingDate', 'text', 'responseOutcome'], { committeeName: 'X' });
    expect(tracker.recommendations).toEqual([]);
    expect(problems).toEqual([{ row: 2, message: 'no recommendation text, so this row was left out.' }]);
  });

  it('takes the committee from a column, and from the option where the column is blank', () => {
    const rows = [
      ['', '26/09/2023', 'First'],
      ['Adults and Wellbeing', '26/09/2023', 'Second'],
      ['', '', 'Third'],
    ];
    const { tracker } = rowsToTracker(rows, ['committee', 'meetingDate', 'text'], { committeeName: 'Children and Young People' });
    expect(tracker.committees.map((c) => c.name)).toEqual(['Children and Young People', 'Adults and Wellbeing']);
    expect(tracker.meetings).toHaveLength(2);
    const third = tracker.recommendations[2]!;
    const meeting = tracker.meetings.find((m) => m.id === tracker.items.find((i) => i.id === third.itemId)!.meetingId)!;
    expect(meeting.committeeId).toBe(tracker.committees[1]!.id);
  });

  it('says once when no committee is known, and when no column is the meeting date', () => {
    expect(rowsToTracker([['A'], ['B']], ['text']).problems).toEqual([
      { row: null, message: "2 recommendations name no committee, so they were left out: give the committee's name." },
    ]);
    const { tracker, problems } = rowsToTracker([['A'], ['B']], ['text'], { committeeName: 'X' });
    expect(tracker.meetings.map((m) => m.date)).toEqual(['']);
    expect(problems).toEqual([{ row: null, message: 'No column is the meeting date, so the recommendations are put under a meeting with no date.' }]);
  });

  it('reads Excel serial dates, American dates when asked, addressees and RAG ratings', () => {
    const { tracker, problems } = rowsToTracker(
      [['45195', 'Rec', 'Full Council', 'Amber', '10/31/2023']],
      ['meetingDate', 'text', 'addressee', 'rag', 'targetDate'],
      { committeeName: 'X', dateFormat: 'mdy' },
    );
    expect(problems).toEqual([]);
    expect(tracker.meetings[0]!.date).toBe('2023-09-26');
    expect(tracker.recommendations[0]).toMatchObject({ addressee: 'council', rag: 'amber', targetDate: '2023-10-31' });
  });

  it('joins columns that share a field, naming the notes columns', () => {
    const { tracker } = rowsToTracker([['26/09/2023', 'First part', 'second part', 'n1', 'n2']], ['meetingDate', 'text', 'text', 'notes', 'notes'], {
      committeeName: 'X',
      headers: ['Date', 'Rec', 'Rec 2', 'Comments', 'Officer notes'],
    });
    expect(tracker.recommendations[0]).toMatchObject({ text: 'First part\nsecond part', notes: 'Comments: n1\nOfficer notes: n2' });
  });

  it('takes back the apostrophe the app\'s own export puts before formula-like words', () => {
    const { tracker } = rowsToTracker([["'=SUM(A1:A2) of the budget", "'-5% in year"]], ['text', 'notes'], { committeeName: 'X' });
    expect(tracker.recommendations[0]).toMatchObject({ text: '=SUM(A1:A2) of the budget', notes: '-5% in year' });
  });
});
