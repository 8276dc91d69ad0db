// What a returned form would change, recommendation by recommendation, before anything is written: the review
// the officer ticks through. Pure, so the same plan is tested here and applied by the database in one transaction.
import { formatLongDate } from '../dates/format';
import { RAG_LABELS } from '../model/labels';
import type { Recommendation, Tracker } from '../model/types';
import type { FormKind, ResponseFormReading } from './types';

export type FormChangeField = 'responseOutcome' | 'responseText' | 'responseDate' | 'respondedBy' | 'action' | 'leadOfficer' | 'targetDate' | 'rag' | 'implementedOn' | 'implementedBy';

export interface FormChange {
  field: FormChangeField;
  /** The field's name as the screen shows it. */
  label: string;
  from: string;
  to: string;
}

export interface FormPlanEntry {
  /** null for a row that matched no recommendation (shown, never applied). */
  recommendationId: string | null;
  reference: string;
  /** The recommendation's label and words, to name it on the review. */
  label: string;
  text: string;
  changes: FormChange[];
  /** A dated progress update to add (update forms). */
  progress?: { date: string; text: string };
  /** Why the target date moved, kept in the history with the change. */
  targetReason?: string;
  /** What could not be read, in plain English. */
  problems: string[];
}

export interface FormPlan {
  formReference: string | null;
  kind: FormKind;
  /** The date the answers count from: the form's own "date completed", else the day it came back. */
  respondedOn: string;
  givenBy: string;
  /** Kept in the history with every change: "response form RF-… returned by … on …". */
  source: string;
  entries: FormPlanEntry[];
}

const LABELS: Record<FormChangeField, string> = {
  responseOutcome: 'Outcome',
  responseText: 'Response',
  responseDate: 'Response date',
  respondedBy: 'Given by',
  action: 'Action',
  leadOfficer: 'Lead officer',
  targetDate: 'Target date',
  rag: 'RAG',
  implementedOn: 'Reported implemented',
  implementedBy: 'Reported implemented by',
};

const DATE_FIELDS = new Set<FormChangeField>(['responseDate', 'targetDate', 'implementedOn']);

/** A field's value as the review shows it: dates as councils write them, RAG in words. */
export function showValue(field: FormChangeField, value: string): string {
  if (value === '') return '—';
  if (DATE_FIELDS.has(field)) return formatLongDate(value);
  if (field === 'rag') return RAG_LABELS[value as keyof typeof RAG_LABELS] ?? value;
  return value;
}

export interface PlanOptions {
  /** The day the form came back, YYYY-MM-DD. */
  returnedOn: string;
  /** Whom the form was sent to, used as "given by" when the form does not say who completed it. */
  sentTo?: string;
}

export function planReturnedForm(reading: ResponseFormReading, tracker: Tracker, options: PlanOptions): FormPlan {
  const recs = new Map(tracker.recommendations.map((r) => [r.id, r]));
  const respondedOn = reading.completedOn ?? options.returnedOn;
  const givenBy = (reading.completedBy ?? options.sentTo ?? '').trim();
  const kindWords = reading.kind === 'update' ? 'update form' : 'response form';
  const source = `${kindWords}${reading.formReference ? ` ${reading.formReference}` : ''} returned${givenBy ? ` by ${givenBy}` : ''} on ${formatLongDate(options.returnedOn)}`;
  const progressTexts = new Set(tracker.progressUpdates.map((u) => `${u.recommendationId}|${u.text.trim()}`));

  const entries = reading.rows.map((row): FormPlanEntry => {
    const rec: Recommendation | undefined = row.recommendationId ? recs.get(row.recommendationId) : undefined;
    const entry: FormPlanEntry = {
      recommendationId: rec?.id ?? null,
      reference: row.reference,
      label: rec?.label ?? '',
      text: rec?.text ?? row.text,
      changes: [],
      problems: [...row.problems],
    };
    if (!rec) return entry;
    const change = (field: FormChangeField, to: string | undefined) => {
      if (to === undefined) return;
      const from = String((rec as unknown as Record<string, unknown>)[field] ?? '');
      if (from.trim() !== to.trim()) entry.changes.push({ field, label: LABELS[field], from, to });
    };
    if (reading.kind === 'response') {
      const answered = row.outcome !== undefined || row.response !== undefined;
      change('responseOutcome', row.outcome);
      change('responseText', row.response);
      if (answered) {
        change('responseDate', respondedOn);
        if (givenBy) change('respondedBy', givenBy);
      }
      change('action', row.action);
      change('leadOfficer', row.leadOfficer);
      change('targetDate', row.targetDate);
    } else {
      if (row.progress !== undefined && !progressTexts.has(`${rec.id}|${row.progress.trim()}`)) entry.progress = { date: respondedOn, text: row.progress };
      change('rag', row.rag);
      change('targetDate', row.revisedTargetDate);
      if (row.revisedTargetDate !== undefined && entry.changes.some((c) => c.field === 'targetDate')) {
        entry.targetReason = row.revisedTargetReason ?? '';
        if (entry.targetReason === '') entry.problems.push('The target date moved but the form gives no reason; add one in the history if you know it.');
      }
      if (row.implemented === true && !rec.implementedOn) {
        change('implementedOn', respondedOn);
        if (givenBy) change('implementedBy', givenBy);
      }
    }
    return entry;
  });
  return { formReference: reading.formReference, kind: reading.kind, respondedOn, givenBy, source, entries };
}
