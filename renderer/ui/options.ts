// Choices for the selects, in the order an officer expects them, with the shared labels.
import {
  ADDRESSEES,
  ADDRESSEE_LABELS,
  KIND_LABELS,
  OUTCOMES,
  RAG_LABELS,
  RAG_RATINGS,
  RECOMMENDATION_KINDS,
  STATUSES,
  STATUS_LABELS,
} from '../../shared/index';
import type { Option } from './fields';

export const KIND_OPTIONS: Option[] = RECOMMENDATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));
export const ADDRESSEE_OPTIONS: Option[] = ADDRESSEES.map((a) => ({ value: a, label: ADDRESSEE_LABELS[a] }));
export const OUTCOME_OPTIONS: Option[] = [{ value: '', label: 'Awaiting response' }, ...OUTCOMES.map((o) => ({ value: o, label: o }))];
export const STATUS_OPTIONS: Option[] = STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
export const RAG_OPTIONS: Option[] = [{ value: '', label: 'None' }, ...RAG_RATINGS.map((r) => ({ value: r, label: RAG_LABELS[r] }))];

/** For filters: an "Any" first. */
export function withAny(options: Option[], anyLabel = 'Any'): Option[] {
  return [{ value: '*', label: anyLabel }, ...options];
}
