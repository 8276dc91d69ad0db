// What the board's forms panel reads: forms sent and not yet returned, and the accepted recommendations due a progress update.
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_FORMS_DUE, formsDue, responseOwner, type FormRequestRecord, type FormsDueSettings, type Recommendation } from '../../../shared/index';
import { getDb, getSetting, openFormRequests } from '../../db/index';

/** The settings key of the update-due rule: { nearDays, staleMonths }. */
export const FORMS_DUE_KEY = 'forms.due';

export interface OpenForm {
  reference: string;
  kind: FormRequestRecord['kind'];
  to: string;
  sentOn: string;
  recommendationIds: string[];
}

export interface DueGroup {
  owner: string;
  items: Array<{ recommendation: Recommendation; why: string }>;
}

/** Forms sent and not yet returned, one entry per form, oldest first. */
export function useOpenForms(): OpenForm[] | undefined {
  return useLiveQuery(async () => {
    const byRef = new Map<string, OpenForm>();
    for (const r of await openFormRequests(getDb())) {
      const form = byRef.get(r.formReference) ?? { reference: r.formReference, kind: r.kind, to: r.to, sentOn: r.sentOn, recommendationIds: [] };
      form.recommendationIds.push(r.recommendationId);
      byRef.set(r.formReference, form);
    }
    return [...byRef.values()].sort((a, b) => a.sentOn.localeCompare(b.sentOn));
  }, []);
}

const checkDue = (v: unknown): v is FormsDueSettings =>
  typeof v === 'object' && v !== null && Number.isInteger((v as FormsDueSettings).nearDays) && Number.isInteger((v as FormsDueSettings).staleMonths);

/** Accepted recommendations not yet completed whose target date is near or whose last update is old, by who owns them. */
export function useUpdatesDue(today: string): DueGroup[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    // Only the two tables the rule reads: committees, meetings and items would add reads, and make every
    // edit to them re-run this query while the board is open.
    const [recommendations, progressUpdates, rule, open] = await Promise.all([
      db.recommendations.toArray(),
      db.progressUpdates.toArray(),
      getSetting(db, FORMS_DUE_KEY, DEFAULT_FORMS_DUE, checkDue),
      openFormRequests(db),
    ]);
    // One already asked for an update and not yet answered is not asked again.
    const asked = new Set(open.filter((f) => f.kind === 'update').map((f) => f.recommendationId));
    const due = formsDue(recommendations, progressUpdates, today, rule).filter((d) => !asked.has(d.recommendation.id));
    const groups = new Map<string, DueGroup>();
    for (const d of due) {
      const owner = responseOwner(d.recommendation);
      const group = groups.get(owner.key) ?? { owner: owner.name, items: [] };
      group.items.push(d);
      groups.set(owner.key, group);
    }
    return [...groups.values()];
  }, [today]);
}
