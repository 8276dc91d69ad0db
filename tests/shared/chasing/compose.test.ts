// Putting a chase together: one person at a time, the template filled, the rows for the letter, the level offered, and the chase log.
import { describe, expect, it } from 'vitest';
import {
  chaseHistoryLine,
  DEFAULT_CHASING_SETTINGS,
  draftChase,
  newChaseRecords,
  suggestChaseLevel,
  type BoardInput,
  type Recommendation,
} from '../../../shared/index';
import { rec, TODAY } from './fixtures';

const settings = { ...DEFAULT_CHASING_SETTINGS, councilName: 'Herefordshire Council', officerName: 'Danial Webb' };
const item = (r: Partial<Recommendation>, meetingDate = '2026-09-01', committeeName = 'Children and Young People Scrutiny Committee'): BoardInput => ({
  recommendation: rec({ addressee: 'cabinet-member', addresseeName: 'Councillor Ivan Powell', ...r }),
  meetingDate,
  itemTitle: 'Workforce',
  committeeName,
});

describe('draftChase', () => {
  const items = [
    item({ id: 'b', label: '2', position: 1, receivedDate: '2026-09-19' }, '2026-09-15'), // due 19 Nov: 3 overdue
    item({ id: 'a', label: '1', position: 0, receivedDate: '2026-09-19' }, '2026-09-15'),
    item({ id: 'c', label: '1', receivedDate: '2026-09-30' }, '2026-09-29'), // due 30 Nov: not yet due
  ];
  it('fills the level’s template and lists the recommendations in meeting order', () => {
    const d = draftChase({ level: 'reminder', items, to: { name: 'Councillor Ivan Powell' }, today: TODAY, settings });
    expect(d.owner.name).toBe('Councillor Ivan Powell');
    expect(d.subject).toBe('Reminder: response to Children and Young People Scrutiny Committee recommendations due by 19 November 2026');
    expect(d.body.split('\n\n')[0]).toBe(
      'I am writing as a reminder that the response to 3 recommendations made by the Children and Young People Scrutiny Committee, listed below, is due by 19 November 2026.',
    );
    expect(d.body).toContain('within two months of receiving them');
    expect(d.body).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(d.rows.map((r) => [r.label, r.dueDate, r.daysOverdue])).toEqual([
      ['1', '2026-11-19', 3],
      ['2', '2026-11-19', 3],
      ['1', '2026-11-30', 0],
    ]);
  });
  it('names the owner in an escalation to someone else', () => {
    const d = draftChase({ level: 'escalation', items, to: { name: 'Paul Walker, Chief Executive' }, today: TODAY, settings });
    expect(d.body).toContain('reminders to Councillor Ivan Powell have not yet brought a reply');
    expect(d.values.addressee).toBe('Paul Walker, Chief Executive');
  });
  it('refuses recommendations owed by different people, or with nothing to chase', () => {
    expect(() => draftChase({ level: 'chase', items: [...items, item({ addresseeName: 'Cllr Smith', receivedDate: '2026-09-01' })], to: { name: 'x' }, today: TODAY, settings })).toThrow(
      'A chase goes to one person at a time, but these recommendations are owed by Councillor Ivan Powell and Cllr Smith.',
    );
    expect(() => draftChase({ level: 'chase', items: [item({ label: '4', responseOutcome: 'Accepted' })], to: { name: 'x' }, today: TODAY, settings })).toThrow(
      'Recommendation 4 under “Workforce” already has a response recorded, so there is nothing to chase.',
    );
    expect(() => draftChase({ level: 'chase', items: [], to: { name: 'x' }, today: TODAY, settings })).toThrow('Pick at least one recommendation to chase.');
  });
});

describe('suggestChaseLevel', () => {
  const overdue = [item({ id: 'o', receivedDate: '2026-09-01' })];
  const notDue = [item({ id: 'n', receivedDate: '2026-10-30' })];
  it('offers a reminder before the due date, a chase once overdue, and an escalation after a chase', () => {
    expect(suggestChaseLevel(notDue, [], TODAY, settings)).toBe('reminder');
    expect(suggestChaseLevel(overdue, [{ recommendationId: 'o', level: 'reminder' }], TODAY, settings)).toBe('chase');
    expect(suggestChaseLevel(overdue, [{ recommendationId: 'o', level: 'chase' }], TODAY, settings)).toBe('escalation');
    expect(suggestChaseLevel(overdue, [{ recommendationId: 'other', level: 'chase' }], TODAY, settings)).toBe('chase');
  });
});

describe('the chase log', () => {
  it('makes one record per recommendation, with ids and time stamps, and a line for the history', () => {
    const records = newChaseRecords(['r1', 'r2', 'r1'], { date: TODAY, to: ' Councillor Ivan Powell ', level: 'chase', method: 'email' });
    expect(records.map((r) => r.recommendationId)).toEqual(['r1', 'r2']);
    expect(new Set(records.map((r) => r.id)).size).toBe(2);
    expect(records[0]).toMatchObject({ date: TODAY, to: 'Councillor Ivan Powell', level: 'chase', method: 'email', note: '' });
    expect(records[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(chaseHistoryLine(records[0]!)).toBe('22 November 2026 — Chase by email to Councillor Ivan Powell');
    expect(chaseHistoryLine({ ...records[0]!, method: 'phone', level: 'escalation', note: 'left a message' })).toBe(
      '22 November 2026 — Escalation by phone to Councillor Ivan Powell (left a message)',
    );
    expect(() => newChaseRecords(['r1'], { date: '2026-02-30', to: 'x', level: 'chase', method: 'email' })).toThrow('is not a date written YYYY-MM-DD');
  });
});
