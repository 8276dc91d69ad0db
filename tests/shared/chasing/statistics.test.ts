// The annual report's numbers on a hand-built fixture and on the Herefordshire example (answers counted by hand), the municipal year, and the CSV.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHASING_SETTINGS,
  municipalYear,
  recommendationRows,
  scrutinyStatistics,
  statisticsCsv,
  statisticsSummary,
  type Recommendation,
  type StatisticsRow,
} from '../../../shared/index';
import { herefordshire, rec } from './fixtures';

const S = DEFAULT_CHASING_SETTINGS;
const row = (n: number, committeeId: string, meetingDate: string, r: Partial<Recommendation>): StatisticsRow => ({
  recommendation: rec({ id: `s${n}`, ...r }),
  meetingDate,
  committeeId,
});

// Two calendar months throughout. Days to respond and due dates worked out by hand in the comments.
const FIXTURE: StatisticsRow[] = [
  // received 12 Jun 2024, due 12 Aug: answered 30 Jul (48 days, in time)
  row(1, 'A', '2024-06-10', { receivedDate: '2024-06-12', responseOutcome: 'Accepted', responseDate: '2024-07-30', status: 'completed' }),
  // answered on the due date, 12 Aug (61 days, in time)
  row(2, 'A', '2024-06-10', { receivedDate: '2024-06-12', responseOutcome: 'Partially accepted', responseDate: '2024-08-12', status: 'in-progress' }),
  // answered 20 Aug (69 days, 8 late)
  row(3, 'A', '2024-06-10', { receivedDate: '2024-06-12', responseOutcome: 'Rejected', responseDate: '2024-08-20' }),
  // answered, no date recorded: received but not timed
  row(4, 'A', '2024-09-15', { receivedDate: '2024-09-16', responseOutcome: 'Noted' }),
  // awaiting
  row(5, 'A', '2024-09-15', { receivedDate: '2024-09-16' }),
  // no response, closed
  row(6, 'A', '2024-09-15', { receivedDate: '2024-09-16', responseOutcome: 'No response received', status: 'not-pursued' }),
  // an action for the committee: made, not owing a response
  row(7, 'A', '2024-09-15', { kind: 'action', addressee: 'committee', status: 'work-programme' }),
  // procedural: not counted at all
  row(8, 'A', '2024-09-15', { kind: 'procedural', addressee: 'committee' }),
  // discharged at the meeting: made, not owing
  row(9, 'A', '2024-09-15', { receivedDate: '2024-09-16', status: 'discharged' }),
  // received 31 Mar 2025, due 31 May: answered 31 May (61 days, in time)
  row(10, 'A', '2025-03-31', { receivedDate: '2025-03-31', responseOutcome: 'Unclear', responseDate: '2025-05-31' }),
  // committee B: received 1 Jul 2024, answered 15 Jul (14 days, in time)
  row(11, 'B', '2024-07-01', { receivedDate: '2024-07-01', responseOutcome: 'Accepted', responseDate: '2024-07-15', status: 'completed' }),
  // next municipal year (2025/26)
  row(12, 'A', '2025-05-20', { receivedDate: '2025-05-21', responseOutcome: 'Accepted', responseDate: '2025-06-01', status: 'completed' }),
  // the year before (2023/24): the last day of April
  row(13, 'A', '2024-04-30', { receivedDate: '2024-05-01', responseOutcome: 'Accepted', responseDate: '2024-05-02' }),
];

describe('municipalYear', () => {
  it('runs May to April and is labelled like "2024/25"', () => {
    expect(municipalYear('2025-04-30')).toEqual({ from: '2024-05-01', to: '2025-04-30', label: '2024/25' });
    expect(municipalYear('2025-05-01')).toEqual({ from: '2025-05-01', to: '2026-04-30', label: '2025/26' });
    expect(municipalYear('1999-12-01')).toEqual({ from: '1999-05-01', to: '2000-04-30', label: '1999/00' });
  });
  it('follows another first month, including the calendar year and a leap February', () => {
    expect(municipalYear('2024-02-15', 3)).toEqual({ from: '2023-03-01', to: '2024-02-29', label: '2023/24' });
    expect(municipalYear('2024-06-01', 1)).toEqual({ from: '2024-01-01', to: '2024-12-31', label: '2024' });
    expect(() => municipalYear('2024-06-01', 13)).toThrow("The municipal year's first month should be 1 to 12, not 13.");
  });
});

describe('scrutinyStatistics on a hand-built fixture', () => {
  it('counts the 2024/25 municipal year for all committees', () => {
    const y = municipalYear('2024-09-01');
    expect(scrutinyStatistics(FIXTURE, { from: y.from, to: y.to }, S)).toEqual({
      made: 10, // 1–11 but not the procedural 8
      owingResponse: 8, // less the committee's action (7) and the discharged one (9)
      responsesReceived: 6, // 1, 2, 3, 4, 10, 11
      responsesTimed: 5, // 4 has no response date
      respondedWithinDeadline: 4, // 1, 2, 10, 11
      respondedLate: 1, // 3
      percentWithinDeadline: 80,
      medianDaysToRespond: 61, // 14, 48, 61, 61, 69
      outcomes: { accepted: 2, partiallyAccepted: 1, rejected: 1, noted: 1, unclear: 1, noResponse: 1, awaiting: 3 },
      implementation: { completed: 2, inProgress: 1, notPursued: 1, open: 4, discharged: 1, workProgramme: 1 },
    });
  });
  it('narrows to one committee', () => {
    const s = scrutinyStatistics(FIXTURE, { from: '2024-05-01', to: '2025-04-30', committeeId: 'A' }, S);
    expect([s.made, s.owingResponse, s.responsesReceived, s.responsesTimed, s.respondedWithinDeadline, s.percentWithinDeadline, s.medianDaysToRespond]).toEqual([
      9, 7, 5, 4, 3, 75, 61,
    ]);
  });
  it('rounds the share to one decimal and takes the mean of the middle two for an even count', () => {
    const june = scrutinyStatistics(FIXTURE, { from: '2024-06-01', to: '2024-06-30' }, S);
    expect([june.responsesTimed, june.respondedWithinDeadline, june.percentWithinDeadline, june.medianDaysToRespond]).toEqual([3, 2, 66.7, 61]);
    const summer = scrutinyStatistics(FIXTURE, { from: '2024-06-01', to: '2024-07-31' }, S);
    expect([summer.responsesTimed, summer.percentWithinDeadline, summer.medianDaysToRespond]).toEqual([4, 75, 54.5]);
  });
  it('gives null, not zero, where nothing is timed, and includes the ends of the range', () => {
    const s = scrutinyStatistics(FIXTURE, { from: '2024-09-15', to: '2024-09-15' }, S);
    expect([s.made, s.responsesReceived, s.percentWithinDeadline, s.medianDaysToRespond]).toEqual([5, 1, null, null]); // 4, 5, 6, 7 and 9
    expect(scrutinyStatistics(FIXTURE, {}, S).made).toBe(12);
  });
  it('refuses a backwards or unreal range', () => {
    expect(() => scrutinyStatistics(FIXTURE, { from: '2025-01-01', to: '2024-01-01' }, S)).toThrow('The date range runs backwards');
    expect(() => scrutinyStatistics(FIXTURE, { from: '2025-02-30' }, S)).toThrow('The "from" date "2025-02-30" is not a real date');
  });
  it('writes the counts of a large tracker with thousands separators', () => {
    const many = Array.from({ length: 1200 }, (_, i) =>
      row(1000 + i, 'A', '2024-06-10', { receivedDate: '2024-06-12', responseOutcome: 'Accepted', responseDate: '2024-07-30', status: 'completed' }),
    );
    const [first, , outcomes, implementation] = statisticsSummary(scrutinyStatistics(many, {}, S), S.rule);
    expect(first).toBe('Of 1,200 recommendations made, 1,200 received a response; 1,200 (100%) within the two-month deadline.');
    expect(outcomes).toBe('Outcomes: 1,200 accepted.');
    expect(implementation).toBe('Implementation: 1,200 completed.');
  });
  it('sums up in a sentence, as the annual report words it', () => {
    const june = scrutinyStatistics(FIXTURE, { from: '2024-06-01', to: '2024-06-30' }, S);
    expect(statisticsSummary(june, S.rule)[0]).toBe('Of 3 recommendations made, 3 received a response; 2 (66.7%) within the two-month deadline.');
    const year = scrutinyStatistics(FIXTURE, { from: '2024-05-01', to: '2025-04-30' }, S);
    expect(statisticsSummary(year, { weeks: 8 })).toEqual([
      'Of 10 recommendations made, 6 received a response; of the 5 whose dates are recorded, 4 (80%) came within the eight-week deadline.',
      'The median time to respond was 61 days.',
      'Outcomes: 2 accepted, 1 partially accepted, 1 rejected, 1 noted and 1 unclear.',
      'Implementation: 2 completed, 1 in progress, 1 not pursued, 4 open, 1 discharged at the meeting and 1 added to the work programme.',
    ]);
    expect(statisticsSummary(scrutinyStatistics([], {}, S), S.rule)).toEqual(['No recommendations were made in this period.']);
  });
});

describe('scrutinyStatistics on the Herefordshire appendix (counted by hand from the JSON)', () => {
  const rows = recommendationRows(herefordshire());
  it('counts all 49 recommendations from September 2023 to January 2025', () => {
    expect(scrutinyStatistics(rows, {}, S)).toEqual({
      made: 49,
      // Two are the committee's own work ("Children and Young People Scrutiny Committee to examine…", "…to scrutinise…").
      owingResponse: 47,
      // Every row but recommendation 7 of 7 May 2024, whose Accepted/Rejected cell is blank.
      responsesReceived: 48,
      // The appendix records no dates of receipt or response beyond the meeting, so nothing can be timed.
      responsesTimed: 0,
      respondedWithinDeadline: 0,
      respondedLate: 0,
      percentWithinDeadline: null,
      medianDaysToRespond: null,
      // 37 Accepted; 4 partial (1 "Partially accepted", 3 "Partly Accepted"); 5 Rejected; 1 Noted; 1 Unclear; 1 blank.
      outcomes: { accepted: 37, partiallyAccepted: 4, rejected: 5, noted: 1, unclear: 1, noResponse: 0, awaiting: 1 },
      implementation: { completed: 0, inProgress: 0, notPursued: 0, open: 49, discharged: 0, workProgramme: 0 },
    });
  });
  it('splits them by municipal year: 19 in 2023/24 and 30 in 2024/25', () => {
    const y1 = scrutinyStatistics(rows, municipalYear('2023-09-26'), S);
    // 26 Sep 2023 (2), 14 Nov 2023 (4), 23 Jan 2024 (8), 12 Mar 2024 (5).
    expect(y1.made).toBe(19);
    expect(y1.outcomes).toEqual({ accepted: 17, partiallyAccepted: 0, rejected: 0, noted: 1, unclear: 1, noResponse: 0, awaiting: 0 });
    // 7 May (7), 13 Jun (8), 30 Jul (10), 26 Nov 2024 (2), 21 Jan 2025 (3).
    const y2 = scrutinyStatistics(rows, municipalYear('2025-01-21'), S);
    expect(y2.made).toBe(30);
    expect(y2.outcomes).toEqual({ accepted: 20, partiallyAccepted: 4, rejected: 5, noted: 0, unclear: 0, noResponse: 0, awaiting: 1 });
    expect(statisticsSummary(y2, S.rule)[0]).toBe(
      'Of 30 recommendations made, 29 received a response; the dates needed to tell how many came within the two-month deadline are not recorded.',
    );
  });
});

describe('statisticsCsv', () => {
  const stats = scrutinyStatistics(FIXTURE, { from: '2024-05-01', to: '2025-04-30' }, S);
  it('writes RFC 4180 CSV: every cell quoted, quotes doubled, CRLF line ends', () => {
    const csv = statisticsCsv(stats, 'Adults and Wellbeing "A", 2024/25');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = csv.split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(22);
    expect(lines[0]).toBe('"Scope","Section","Measure","Value"');
    expect(lines[1]).toBe('"Adults and Wellbeing ""A"", 2024/25","Recommendations","Recommendations made","10"');
    expect(lines).toContain('"Adults and Wellbeing ""A"", 2024/25","Responses","Responded within the deadline (%)","80"');
    expect(lines).toContain('"Adults and Wellbeing ""A"", 2024/25","Implementation","Discharged at the meeting","1"');
  });
  it('writes an empty cell where a figure cannot be given', () => {
    const none = scrutinyStatistics(FIXTURE, { from: '2024-09-15', to: '2024-09-15' }, S);
    expect(statisticsCsv(none, 'x')).toContain('"x","Responses","Median days to respond",""\r\n');
  });
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const [label, cell] of [
      ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
      ['+44 1432', `"'+44 1432"`],
      ['-1+2', `"'-1+2"`],
      ['@SUM(A1)', `"'@SUM(A1)"`],
      ['\tTab', `"'\tTab"`],
      ['Safe = fine', '"Safe = fine"'],
    ]) {
      expect(statisticsCsv(stats, label!).split('\r\n')[1]!.startsWith(`${cell},`), label).toBe(true);
    }
  });
});
