// First guesses at who a recommendation is addressed to, from its wording. The officer can change
// them; they only spare typing for the common cases.
import type { Addressee } from './types';

export function guessAddressee(text: string): Addressee {
  if (/\bfull council\b/i.test(text) || /\brecommends? to (the )?council\b/i.test(text)) return 'council';
  if (/\bcabinet member\b/i.test(text)) return 'cabinet-member';
  if (/\b(committee|task and finish group) (to|will|should)\b/i.test(text)) return 'committee';
  return 'executive';
}

/** Addressees that owe a formal response (s9FE for the executive; council rules for the others). */
export function owesResponse(addressee: Addressee): boolean {
  return addressee === 'executive' || addressee === 'cabinet-member' || addressee === 'council' || addressee === 'partner';
}
