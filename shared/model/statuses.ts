// Turns a status as printed in a council's tracker ("Completed", "Ongoing") into the tracker's own.
import type { ImplementationStatus } from './types';

const SYNONYMS: Record<string, ImplementationStatus> = {
  open: 'open',
  outstanding: 'open',
  'not started': 'open',
  'in progress': 'in-progress',
  ongoing: 'in-progress',
  underway: 'in-progress',
  completed: 'completed',
  complete: 'completed',
  done: 'completed',
  implemented: 'completed',
  closed: 'completed',
  'not pursued': 'not-pursued',
  'will not be pursued': 'not-pursued',
  discharged: 'discharged',
  'discharged at the meeting': 'discharged',
  'added to work programme': 'work-programme',
  'added to the work programme': 'work-programme',
  'work programme': 'work-programme',
};

/** The tracker's status for `text`, 'open' for blank text, or null when the words are not recognised. */
export function normaliseStatus(text: string | null | undefined): ImplementationStatus | null {
  if (text == null) return 'open';
  const key = text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  if (key === '') return 'open';
  return SYNONYMS[key] ?? null;
}
