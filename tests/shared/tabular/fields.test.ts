// The fields councils' trackers keep beyond the recommendation itself, read from their columns: the
// cabinet member, dates received, who responded, dated progress updates, origin, priority, Y/N, RAG.
import { describe, expect, it } from 'vitest';
import { guessColumnMapping, rowsToTracker, type ColumnMapping } from '../../../shared/tabular/index';

const HEADERS = ['Meeting date', 'Minute ref', 'Recommendation', 'Responsible officer', 'Cabinet Member', 'Executive response', 'Date of response', 'Progress update', 'RAG', 'Target date', 'Completed (Y/N)', 'Origin', 'Priority', 'Response given by', 'Date received', 'Spend code'];
const ROWS = [
  ['12/03/2024', '45', 'That the damp and mould plan is published.', 'Head of Housing', 'Cllr A Smith', 'Accepted.', '14/05/2024', 'Draft out to consultation.', 'Amber', '30/06/2024', 'N', 'Housing task and finish group', 'High', 'Cllr A Smith', '20/03/2024', 'H-12'],
  ['', '46', 'That members are briefed on repairs.', 'Head of Housing', '', 'Agreed.', '14/05/2024', '', 'Green', '', 'Y', '', '', '', '', ''],
];

function build(mapping: ColumnMapping = guessColumnMapping(HEADERS, ROWS), rows = ROWS) {
  return rowsToTracker(rows, mapping, { headers: HEADERS, committeeName: 'Housing Scrutiny', today: '2026-12-07' });
}

describe('the fields a tracker keeps, from their columns', () => {
  it('guesses every column, the unknown one kept in the notes', () => {
    expect(guessColumnMapping(HEADERS, ROWS)).toEqual([
      'meetingDate', 'itemNumber', 'text', 'leadOfficer', 'cabinetMember', 'responseText', 'responseDate', 'progressUpdate', 'rag', 'targetDate', 'completed', 'origin', 'priority', 'respondedBy', 'receivedDate', 'notes',
    ]);
  });

  it('fills each field, and keeps an unmapped column under its heading', () => {
    const { tracker, problems } = build();
    expect(problems).toEqual([]);
    const [first, second] = tracker.recommendations;
    expect(first).toMatchObject({
      addressee: 'cabinet-member',
      addresseeName: 'Cllr A Smith',
      leadOfficer: 'Head of Housing',
      responseText: 'Accepted.',
      responseDate: '2024-05-14',
      respondedBy: 'Cllr A Smith',
      receivedDate: '2024-03-20',
      rag: 'amber',
      targetDate: '2024-06-30',
      status: 'open',
      origin: 'Housing task and finish group',
      priority: 'High',
      notes: 'Spend code: H-12',
    });
    expect(second).toMatchObject({ status: 'completed', rag: 'green', notes: '' });
    expect(second!.origin).toBeUndefined();
    expect(tracker.items.map((i) => i.number)).toEqual(['45', '46']);
  });

  it('makes a dated progress update of each update cell, dated by its column, its heading or the day of the import', () => {
    const headers = ['Recommendation', 'Update June 2024 (3 June 2024)', 'Latest update', 'Date of update'];
    const rows = [['Do it', 'Work began in May.', 'Nearly done.', '01/09/2024'], ['Do that', '', 'Not started.', '']];
    const mapping = guessColumnMapping(headers, rows);
    expect(mapping).toEqual(['text', 'progressUpdate', 'progressUpdate', 'progressDate']);
    const { tracker } = rowsToTracker(rows, mapping, { headers, committeeName: 'C', today: '2026-12-07' });
    const [a, b] = tracker.recommendations;
    const of = (id: string) => tracker.progressUpdates.filter((u) => u.recommendationId === id).map((u) => [u.date, u.text]);
    expect(of(a!.id)).toEqual([['2024-09-01', 'Work began in May.'], ['2024-09-01', 'Nearly done.']]);
    expect(of(b!.id)).toEqual([['2026-12-07', 'Not started.']]);
    // The update is not the action or the status: those stay as they were.
    expect(a).toMatchObject({ action: '', status: 'open' });
  });

  it('reads Complete/Ongoing/Paused and RAG words, keeping a word the status cannot say', () => {
    const headers = ['Recommendation', 'Status'];
    const rows = [['a', 'Complete'], ['b', 'Ongoing'], ['c', 'Paused'], ['d', 'Red']];
    const { tracker, problems } = rowsToTracker(rows, ['text', 'status'], { headers, committeeName: 'C' });
    expect(tracker.recommendations.map((r) => [r.status, r.rag, r.notes])).toEqual([
      ['completed', '', ''],
      ['in-progress', '', ''],
      ['in-progress', '', 'Status as written: Paused'],
      ['open', 'red', ''],
    ]);
    expect(problems.map((p) => p.message)).toEqual(['No column is the meeting date, so the recommendations are put under a meeting with no date.']);
  });

  it('takes the RAG rating from a cell\'s fill where no words give one', () => {
    const { tracker } = rowsToTracker([['a', ''], ['b', 'Amber']], ['text', 'rag'], { committeeName: 'C', fills: [['', 'green'], ['', 'red']] });
    expect(tracker.recommendations.map((r) => r.rag)).toEqual(['green', 'amber']);
  });

  it('reports a Completed cell that is neither yes nor no, and keeps it', () => {
    const { tracker, problems } = rowsToTracker([['a', 'maybe']], ['text', 'completed'], { committeeName: 'C' });
    expect(tracker.recommendations[0]!.notes).toBe('Completed as written: maybe');
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/does not say whether the recommendation is completed/));
  });

  it('reads an "Agreed (Yes/No/In part)" column as outcomes', () => {
    const { tracker } = rowsToTracker([['a', 'Yes'], ['b', 'No'], ['c', 'In part']], ['text', 'responseOutcome'], { committeeName: 'C' });
    expect(tracker.recommendations.map((r) => r.responseOutcome)).toEqual(['Accepted', 'Rejected', 'Partially accepted']);
  });

  it('leaves out only what the officer says to leave out', () => {
    const mapping = guessColumnMapping(HEADERS, ROWS);
    mapping[15] = 'ignore';
    expect(build(mapping).tracker.recommendations[0]!.notes).toBe('');
  });
});
