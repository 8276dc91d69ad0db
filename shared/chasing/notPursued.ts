// Old recommendations that never got a response: finding them, and closing them as not pursued with the council's wording.
import { differenceInCalendarDays } from 'date-fns';
import { responseDueDate } from '../clock/responseDueDate';
import { parseIsoDate } from '../dates/format';
import type { Recommendation } from '../model/types';
import type { ChasingSettings } from './settings';
import { owesResponseUnderRule } from './state';

type StaleFields = Pick<Recommendation, 'kind' | 'addressee' | 'status' | 'receivedDate' | 'responseOutcome'>;

/**
 * Recommendations still owed a response with none recorded ('' or "No response received"), not yet
 * closed (completed or not pursued), received more than `notPursuedAfterMonths` months before `today`
 * — "more than a year old" means the anniversary has passed, so on the day itself it is not yet stale.
 * Oldest first.
 */
export function staleWithoutResponse<R extends StaleFields>(
  recs: readonly R[],
  today: string,
  settings: Pick<ChasingSettings, 'ruleAppliesTo' | 'notPursuedAfterMonths'>,
): R[] {
  const now = parseIsoDate(today);
  if (!now) throw new Error(`"${today}" is not a date written YYYY-MM-DD.`);
  const stale = recs.filter((r) => {
    if (!owesResponseUnderRule(r, settings)) return false;
    if (r.responseOutcome !== '' && r.responseOutcome !== 'No response received') return false;
    if (r.status === 'completed' || r.status === 'not-pursued') return false;
    if (parseIsoDate(r.receivedDate) === null) return false;
    const limit = parseIsoDate(responseDueDate(r.receivedDate, { months: settings.notPursuedAfterMonths }))!;
    return differenceInCalendarDays(now, limit) > 0;
  });
  return stale.map((r, i) => ({ r, i })).sort((a, b) => (a.r.receivedDate < b.r.receivedDate ? -1 : a.r.receivedDate > b.r.receivedDate ? 1 : a.i - b.i)).map((x) => x.r);
}

export type NotPursuedChanges = Partial<Pick<Recommendation, 'status' | 'responseOutcome' | 'responseText'>>;

/**
 * The field changes that close `rec` as not pursued, for one `update`; only fields that change are
 * returned, so closing twice changes nothing. Decisions:
 * - status becomes not-pursued;
 * - an empty outcome becomes "No response received"; an outcome already recorded is kept (an
 *   accepted recommendation that was never carried out is still accepted);
 * - the wording goes in the response text: on its own if that is empty, else on a new line after
 *   what is there (nothing the officer wrote is lost), and not again if the text already ends with it.
 */
export function closeAsNotPursued(rec: Pick<Recommendation, 'status' | 'responseOutcome' | 'responseText'>, wording: string): NotPursuedChanges {
  const words = wording.trim();
  if (words === '') throw new Error('The wording for closing a recommendation as not pursued is empty.');
  const changes: NotPursuedChanges = {};
  if (rec.status !== 'not-pursued') changes.status = 'not-pursued';
  if (rec.responseOutcome === '') changes.responseOutcome = 'No response received';
  const existing = rec.responseText.trimEnd();
  if (existing === '') changes.responseText = words;
  else if (!existing.endsWith(words)) changes.responseText = `${existing}\n${words}`;
  return changes;
}

/** The changes for closing several at once (one Dexie transaction in the caller), by recommendation id; unchanged ones left out. */
export function closeAllAsNotPursued(
  recs: ReadonlyArray<Pick<Recommendation, 'id' | 'status' | 'responseOutcome' | 'responseText'>>,
  wording: string,
): Array<{ id: string; changes: NotPursuedChanges }> {
  return recs.map((r) => ({ id: r.id, changes: closeAsNotPursued(r, wording) })).filter((c) => Object.keys(c.changes).length > 0);
}
