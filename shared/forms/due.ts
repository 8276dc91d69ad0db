// Which accepted recommendations are due a progress update: the target date is near (or past), or the last update is old.
import { addDays, subMonths } from 'date-fns';
import { formatLongDate, parseIsoDate, toIsoDate } from '../dates/format';
import type { ProgressUpdate, Recommendation } from '../model/types';

export interface FormsDueSettings {
  /** A target date within this many days makes an update due. */
  nearDays: number;
  /** A last update older than this many months makes one due (councils report twice a year). */
  staleMonths: number;
}

export const DEFAULT_FORMS_DUE: FormsDueSettings = { nearDays: 30, staleMonths: 6 };

const CLOSED = new Set(['completed', 'not-pursued', 'discharged']);

/** The recommendations due an update on `today`, each with why, in the order given. */
export function formsDue(
  recommendations: readonly Recommendation[],
  updates: readonly ProgressUpdate[],
  today: string,
  settings: FormsDueSettings = DEFAULT_FORMS_DUE,
): Array<{ recommendation: Recommendation; why: string }> {
  const now = parseIsoDate(today);
  if (!now) throw new Error(`"${today}" is not a date written YYYY-MM-DD.`);
  const near = toIsoDate(addDays(now, settings.nearDays));
  const stale = toIsoDate(subMonths(now, settings.staleMonths));
  const last = new Map<string, string>();
  for (const u of updates) if ((last.get(u.recommendationId) ?? '') < u.date) last.set(u.recommendationId, u.date);
  const out: Array<{ recommendation: Recommendation; why: string }> = [];
  for (const r of recommendations) {
    if (r.responseOutcome !== 'Accepted' && r.responseOutcome !== 'Partially accepted') continue;
    if (CLOSED.has(r.status) || r.implementedOn) continue;
    if (r.targetDate !== '' && r.targetDate <= near) {
      out.push({ recommendation: r, why: r.targetDate < today ? `Target date passed (${formatLongDate(r.targetDate)})` : `Target date ${formatLongDate(r.targetDate)}` });
      continue;
    }
    const since = last.get(r.id) ?? r.responseDate;
    if (since === '' || since <= stale) out.push({ recommendation: r, why: since === '' ? 'No update yet' : `Last update ${formatLongDate(since)}` });
  }
  return out;
}
