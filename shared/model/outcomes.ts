// Turns the many ways councils write an executive's answer into the tracker's six outcomes.
import type { Outcome } from './types';

// Keys are lower-cased with runs of space and punctuation folded to one space.
const SYNONYMS: Record<string, Outcome> = {
  accepted: 'Accepted',
  agreed: 'Accepted',
  approved: 'Accepted',
  'accepted in full': 'Accepted',
  'partially accepted': 'Partially accepted',
  'partly accepted': 'Partially accepted',
  'part accepted': 'Partially accepted',
  'accepted in part': 'Partially accepted',
  'accepted in principle': 'Partially accepted',
  'partially agreed': 'Partially accepted',
  'partly agreed': 'Partially accepted',
  rejected: 'Rejected',
  'not accepted': 'Rejected',
  declined: 'Rejected',
  'not agreed': 'Rejected',
  noted: 'Noted',
  unclear: 'Unclear',
  'no response received': 'No response received',
  'no response': 'No response received',
  'awaiting response': 'No response received',
};

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** The canonical outcome for `text`, '' for blank text, or null when the words are not recognised. */
export function normaliseOutcome(text: string | null | undefined): Outcome | '' | null {
  if (text == null) return '';
  const key = fold(text);
  if (key === '') return '';
  return SYNONYMS[key] ?? null;
}
