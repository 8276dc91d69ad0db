// The words the UI and the Word exports print for each stored value, in British English.
import type { Addressee, ImplementationStatus, Outcome, RagRating, RecommendationKind } from './types';

export const KIND_LABELS: Record<RecommendationKind, string> = {
  recommendation: 'Recommendation',
  action: 'Action',
  'information-request': 'Information request',
  procedural: 'Procedural',
};

export const ADDRESSEE_LABELS: Record<Addressee, string> = {
  executive: 'Executive (cabinet)',
  'cabinet-member': 'Cabinet member',
  council: 'Full Council',
  partner: 'Partner body',
  committee: 'The committee',
  officers: 'Officers',
};

export const STATUS_LABELS: Record<ImplementationStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  completed: 'Completed',
  'not-pursued': 'Not pursued',
  discharged: 'Discharged at the meeting',
  'work-programme': 'Added to the work programme',
};

export const RAG_LABELS: Record<RagRating, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  blue: 'Blue (completed)',
};

/** Outcomes print as stored; '' is shown as this. */
export const NO_OUTCOME_LABEL = 'Awaiting response';

export function outcomeLabel(outcome: Outcome | ''): string {
  return outcome === '' ? NO_OUTCOME_LABEL : outcome;
}
