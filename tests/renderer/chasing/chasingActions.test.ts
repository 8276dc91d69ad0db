// The chasing gestures against the app's database: recording a response, logging a chase and closing as not pursued, each undone and redone in one step.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHASING_SETTINGS, newChaseRecords } from '../../../shared/index';
import { chasesFor, createCommittee, createItem, createMeeting, createRecommendation, getDb } from '../../../renderer/db/index';
import {
  closeStaleWithUndo,
  logChaseWithUndo,
  recordResponse,
  recordedMessage,
  responseFormProblem,
  type ResponseForm,
} from '../../../renderer/features/chasing/chasingActions';
import { useUi } from '../../../renderer/state/ui';
import { useUndo } from '../../../renderer/state/undo';

const TODAY = '2026-11-22';

async function oneRecommendation() {
  const db = getDb();
  await db.delete();
  await db.open();
  const committee = await createCommittee(db, { name: `Committee ${Math.random()}` });
  const meeting = await createMeeting(db, { committeeId: committee.id, date: '2026-07-22' });
  const item = await createItem(db, { meetingId: meeting.id, title: 'Early Help' });
  return createRecommendation(db, { itemId: item.id, label: '4', text: 'Publish the early help dashboard.', addressee: 'executive' });
}

const answer = (overrides: Partial<ResponseForm> = {}): ResponseForm => ({ outcome: 'Accepted', text: 'Agreed.', date: '2026-10-01', givenBy: 'Cllr Ivan Powell', ...overrides });

beforeEach(() => {
  useUndo.setState({ done: [], undone: [] });
  useUi.setState({ toast: null });
});

describe('the response form', () => {
  it('asks for an outcome and a real date, not in the future nor before the recommendation was received', () => {
    expect(responseFormProblem(answer(), TODAY, '2026-07-22')).toBeNull();
    expect(responseFormProblem(answer({ outcome: '' }), TODAY, '')).toMatch(/^Choose the outcome/);
    expect(responseFormProblem(answer({ date: '' }), TODAY, '')).toBe('Give the date of the response.');
    expect(responseFormProblem(answer({ date: '2026-02-30' }), TODAY, '')).toBe('The response date is not a real date.');
    expect(responseFormProblem(answer({ date: '2026-11-23' }), TODAY, '')).toBe('The response date, 23 November 2026, is in the future.');
    expect(responseFormProblem(answer({ date: '2026-07-01' }), TODAY, '2026-07-22')).toMatch(/is before the executive received the recommendation \(22 July 2026\)/);
  });

  it('says where the recommendation now stands, and flags a vague acceptance', async () => {
    const rec = await oneRecommendation();
    // Received 22 July: due 22 September, so an answer on 1 October is 9 days late.
    expect(recordedMessage(rec, answer(), TODAY, DEFAULT_CHASING_SETTINGS)).toMatch(/^Response recorded for recommendation 4: Responded 9 days late\. Marked vague: the response accepts/);
    expect(recordedMessage(rec, answer({ date: '2026-09-01', text: 'The director of children’s services will publish it by March 2027.' }), TODAY, DEFAULT_CHASING_SETTINGS)).toBe(
      'Response recorded for recommendation 4: Responded on time.',
    );
  });
});

describe('undoable chasing', () => {
  it('records the four fields of a response as one change that one undo takes out', async () => {
    const rec = await oneRecommendation();
    expect(await recordResponse(rec, answer(), TODAY, DEFAULT_CHASING_SETTINGS)).toBe(true);
    expect(await getDb().recommendations.get(rec.id)).toMatchObject({ responseOutcome: 'Accepted', responseText: 'Agreed.', responseDate: '2026-10-01', respondedBy: 'Cllr Ivan Powell' });
    expect(useUi.getState().toast).toMatchObject({ tone: 'info', undoable: true });
    expect(useUndo.getState().done).toHaveLength(1);
    await useUndo.getState().undo();
    expect(await getDb().recommendations.get(rec.id)).toMatchObject({ responseOutcome: '', responseText: '', responseDate: '', respondedBy: '' });
  });

  it('logs a chase, and undo and redo take it out and put it back', async () => {
    const rec = await oneRecommendation();
    expect(await logChaseWithUndo(newChaseRecords([rec.id], { date: TODAY, to: 'Cllr Ivan Powell', level: 'chase', method: 'letter' }))).toBe(true);
    expect(useUi.getState().toast?.message).toBe('Chase logged on 1 recommendation.');
    expect(await chasesFor(getDb(), rec.id)).toHaveLength(1);
    await useUndo.getState().undo();
    expect(await chasesFor(getDb(), rec.id)).toHaveLength(0);
    await useUndo.getState().redo();
    expect(await chasesFor(getDb(), rec.id)).toHaveLength(1);
  });

  it('closes as not pursued in one step and undoes it in one step', async () => {
    const rec = await oneRecommendation();
    expect(await closeStaleWithUndo([rec.id], 'Not pursued after a year.')).toBe(true);
    expect(useUi.getState().toast?.message).toBe('1 recommendation closed as not pursued.');
    expect(await getDb().recommendations.get(rec.id)).toMatchObject({ status: 'not-pursued', responseOutcome: 'No response received', responseText: 'Not pursued after a year.' });
    await useUndo.getState().undo();
    expect(await getDb().recommendations.get(rec.id)).toMatchObject({ status: 'open', responseOutcome: '', responseText: '' });
  });

  it('says why, and records no undo, when the write fails', async () => {
    expect(await closeStaleWithUndo(['gone'], 'Not pursued.')).toBe(false);
    expect(useUi.getState().toast).toMatchObject({ tone: 'error', message: 'A recommendation chosen for closing is no longer in the tracker, so none was closed.' });
    expect(useUndo.getState().done).toHaveLength(0);
  });
});
