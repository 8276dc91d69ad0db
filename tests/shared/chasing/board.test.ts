// The "Awaiting response" board: who owes what, grouped, counted and ordered most overdue first.
import { describe, expect, it } from 'vitest';
import { awaitingBoard, DEFAULT_CHASING_SETTINGS, recommendationRows, responseOwner, type BoardInput, type Recommendation } from '../../../shared/index';
import { herefordshire, rec, TODAY } from './fixtures';

const input = (r: Partial<Recommendation>, meetingDate = '2026-09-01', itemTitle = 'Home care', committeeName = 'Adults Scrutiny Committee'): BoardInput => ({
  recommendation: rec(r),
  meetingDate,
  itemTitle,
  committeeName,
});

describe('responseOwner', () => {
  it('takes the named addressee, then the lead officer, then the directorate, then the addressee', () => {
    const base = { addressee: 'cabinet-member' as const, addresseeName: '', leadOfficer: '', directorate: '' };
    expect(responseOwner({ ...base, addresseeName: ' Cllr  Jane Smith ', leadOfficer: 'Ann Lee' })).toEqual({ name: 'Cllr Jane Smith', key: 'cllr jane smith', source: 'addressee-name' });
    expect(responseOwner({ ...base, leadOfficer: 'Ann Lee', directorate: 'Adults' })).toMatchObject({ name: 'Ann Lee', source: 'lead-officer' });
    expect(responseOwner({ ...base, directorate: 'Adults' })).toMatchObject({ name: 'Adults', source: 'directorate' });
    expect(responseOwner({ ...base, addressee: 'executive' })).toMatchObject({ name: 'Executive (cabinet)', source: 'addressee' });
  });
});

describe('awaitingBoard', () => {
  const smith = { addressee: 'cabinet-member' as const, addresseeName: 'Cllr Jane Smith' };
  const items = [
    input({ ...smith, id: 'smith-awaiting', receivedDate: '2026-10-20' }), // due 20 Dec: 28 days
    input({ ...smith, id: 'smith-overdue-3', receivedDate: '2026-09-19' }), // due 19 Nov: 3 overdue
    input({ ...smith, id: 'smith-due-soon', receivedDate: '2026-09-30' }), // due 30 Nov: 8 days
    input({ addressee: 'cabinet-member', addresseeName: 'cllr jane  SMITH', id: 'smith-overdue-40', receivedDate: '2026-08-13' }), // due 13 Oct: 40 overdue
    input({ ...smith, id: 'smith-answered', receivedDate: '2026-08-13', responseOutcome: 'Accepted', responseDate: '2026-09-01' }),
    input({ addressee: 'partner', addresseeName: 'NHS Herefordshire and Worcestershire', id: 'nhs-no-response', receivedDate: '2026-01-10', responseOutcome: 'No response received' }), // 257 past due
    input({ addressee: 'partner', addresseeName: 'NHS Herefordshire and Worcestershire', id: 'nhs-not-sent' }),
    input({ leadOfficer: 'Director of Adults', id: 'director-due-soon', receivedDate: '2026-09-25' }), // due 25 Nov: 3 days
    input({ leadOfficer: 'Director of Adults', id: 'director-due-soon-earlier', receivedDate: '2026-09-24' }), // due 24 Nov: 2 days
    input({ id: 'exec-closed', receivedDate: '2026-01-10', status: 'not-pursued', responseOutcome: 'No response received' }),
    input({ id: 'committee', addressee: 'committee', receivedDate: '2026-01-10' }),
    input({ id: 'procedural', kind: 'procedural', receivedDate: '2026-01-10' }),
    input({ id: 'discharged', status: 'discharged', receivedDate: '2026-01-10' }),
  ];
  const board = awaitingBoard(items, TODAY, DEFAULT_CHASING_SETTINGS);

  it('groups by who owes the response, most overdue group first', () => {
    expect(board.groups.map((g) => g.owner.name)).toEqual(['NHS Herefordshire and Worcestershire', 'Cllr Jane Smith', 'Director of Adults']);
  });
  it('orders rows most overdue first, then soonest due, then not yet sent', () => {
    expect(board.groups.map((g) => g.rows.map((r) => r.recommendation.id))).toEqual([
      ['nhs-no-response', 'nhs-not-sent'],
      ['smith-overdue-40', 'smith-overdue-3', 'smith-due-soon', 'smith-awaiting'],
      ['director-due-soon-earlier', 'director-due-soon'],
    ]);
    expect(board.groups[1]!.rows.map((r) => r.response.label)).toEqual(['Overdue by 40 days', 'Overdue by 3 days', 'Due in 8 days', 'Due in 28 days']);
  });
  it('counts each state per group and in all', () => {
    expect(board.groups[1]!.counts).toEqual({ overdue: 2, 'no-response': 0, 'due-soon': 1, awaiting: 1, 'not-sent': 0 });
    expect(board.groups[1]!.total).toBe(4);
    expect(board.groups[0]!.counts).toEqual({ overdue: 0, 'no-response': 1, 'due-soon': 0, awaiting: 0, 'not-sent': 1 });
    expect(board.counts).toEqual({ overdue: 2, 'no-response': 1, 'due-soon': 3, awaiting: 1, 'not-sent': 1 });
    expect(board.total).toBe(8);
  });
  it('leaves out answered, closed, procedural, discharged and committee recommendations', () => {
    const shown = board.groups.flatMap((g) => g.rows.map((r) => r.recommendation.id));
    for (const id of ['smith-answered', 'exec-closed', 'committee', 'procedural', 'discharged']) expect(shown).not.toContain(id);
  });
  it('breaks ties by meeting date, then item order', () => {
    const tie = awaitingBoard(
      [
        input({ id: 'later-meeting', receivedDate: '2026-09-19', position: 0 }, '2026-09-10'),
        input({ id: 'second', receivedDate: '2026-09-19', position: 1 }, '2026-09-01'),
        input({ id: 'first', receivedDate: '2026-09-19', position: 0 }, '2026-09-01'),
      ],
      TODAY,
      DEFAULT_CHASING_SETTINGS,
    );
    expect(tie.groups[0]!.rows.map((r) => r.recommendation.id)).toEqual(['first', 'second', 'later-meeting']);
  });
  it('on the Herefordshire example shows the one recommendation never answered, 868 days overdue', () => {
    const rows = recommendationRows(herefordshire());
    const board = awaitingBoard(rows, TODAY, DEFAULT_CHASING_SETTINGS);
    expect(board.total).toBe(1);
    const row = board.groups[0]!.rows[0]!;
    expect(board.groups[0]!.owner.name).toBe('Executive (cabinet)');
    expect(row.meetingDate).toBe('2024-05-07');
    expect(row.recommendation.label).toBe('7');
    // Due 7 July 2024: 365 days to 7 July 2025, 365 to 7 July 2026, then 31+31+30+31+15 to 22 November.
    expect(row.response).toMatchObject({ state: 'overdue', dueDate: '2024-07-07', days: 868 });
  });
});
