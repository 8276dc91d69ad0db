// What the officer's chasing gestures do: record a response, log a chase, close stale recommendations. Each writes through the database module, pushes its undo and says what happened.
import {
  formatLongDate,
  isIsoDate,
  isVagueResponse,
  responseState,
  type ChaseRecord,
  type ChasingSettings,
  type Outcome,
  type Recommendation,
} from '../../../shared/index';
import { closeNotPursued, describeError, getDb, logChases, removeChases, setFieldsOfMany } from '../../db/index';
import { useUi } from '../../state/ui';
import { useUndo } from '../../state/undo';
import { saveRecommendation } from '../actions';
import { VAGUE_EXPLANATION } from './StatePill';

export interface ResponseForm {
  outcome: Outcome | '';
  text: string;
  date: string;
  givenBy: string;
}

/** What is wrong with the form, in a sentence, or null when it can be saved. */
export function responseFormProblem(form: ResponseForm, today: string, receivedDate: string): string | null {
  if (form.outcome === '') return 'Choose the outcome: accepted, partially accepted, rejected, noted, unclear or no response received.';
  if (form.date === '') return 'Give the date of the response.';
  if (!isIsoDate(form.date)) return 'The response date is not a real date.';
  if (form.date > today) return `The response date, ${formatLongDate(form.date)}, is in the future.`;
  if (receivedDate !== '' && form.date < receivedDate) {
    return `The response date, ${formatLongDate(form.date)}, is before the executive received the recommendation (${formatLongDate(receivedDate)}).`;
  }
  return null;
}

/** The sentence after recording: where the recommendation now stands, and a word if the answer is vague. */
export function recordedMessage(rec: Recommendation, form: ResponseForm, today: string, settings: ChasingSettings): string {
  const after: Recommendation = { ...rec, responseOutcome: form.outcome, responseText: form.text, responseDate: form.date, respondedBy: form.givenBy };
  const state = responseState(after, today, settings);
  const vague = isVagueResponse(after) ? ` Marked vague: ${VAGUE_EXPLANATION.charAt(0).toLowerCase()}${VAGUE_EXPLANATION.slice(1)}` : '';
  const what = rec.label ? `recommendation ${rec.label}` : 'the recommendation';
  return `Response recorded for ${what}: ${state.label}.${vague}`;
}

/** Saves the response's four fields as one change (one undo step). */
export async function recordResponse(rec: Recommendation, form: ResponseForm, today: string, settings: ChasingSettings): Promise<boolean> {
  const saved = await saveRecommendation(rec.id, {
    responseOutcome: form.outcome,
    responseText: form.text.trim(),
    responseDate: form.date,
    respondedBy: form.givenBy.trim(),
  });
  if (saved) useUi.getState().notify(recordedMessage(rec, form, today, settings), 'info', true);
  return saved;
}

const count = (n: number) => `${n} recommendation${n === 1 ? '' : 's'}`;

/** Logs one chase (its records, one per recommendation) with its undo. */
export async function logChaseWithUndo(records: ChaseRecord[]): Promise<boolean> {
  const db = getDb();
  try {
    await logChases(db, records);
    useUndo.getState().push({
      label: 'logging of the chase',
      undo: () => removeChases(db, records.map((r) => r.id)),
      redo: () => logChases(db, records),
    });
    useUi.getState().notify(`Chase logged on ${count(records.length)}.`, 'info', true);
    return true;
  } catch (error) {
    useUi.getState().notify(describeError(error), 'error');
    return false;
  }
}

/** Closes the chosen stale recommendations as not pursued in one step, undone in one step. */
export async function closeStaleWithUndo(ids: string[], wording: string): Promise<boolean> {
  const db = getDb();
  try {
    const { applied, previous } = await closeNotPursued(db, ids, wording);
    useUndo.getState().push({
      label: 'closing as not pursued',
      undo: async () => void (await setFieldsOfMany(db, previous)),
      redo: async () => void (await setFieldsOfMany(db, applied)),
    });
    useUi.getState().notify(`${count(ids.length)} closed as not pursued.`, 'info', true);
    return true;
  } catch (error) {
    useUi.getState().notify(describeError(error), 'error');
    return false;
  }
}
