// A new recommendation with every field at its starting value, so each way of adding one (the
// dialog, minutes, imports) starts from the same defaults.
import { newId, nowIso } from './ids';
import { owesResponse } from './infer';
import type { Recommendation } from './types';

type Given = Pick<Recommendation, 'itemId' | 'position' | 'text'> & Partial<Omit<Recommendation, 'itemId' | 'position' | 'text'>>;

/**
 * `meetingDate` starts the response clock: an addressee that owes a response is taken to have
 * received the recommendation on the meeting's date unless `receivedDate` is given.
 */
export function newRecommendation(given: Given, meetingDate: string): Recommendation {
  const stamp = nowIso();
  const addressee = given.addressee ?? 'executive';
  return {
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    label: '',
    kind: 'recommendation',
    addresseeName: '',
    leadOfficer: '',
    directorate: '',
    receivedDate: owesResponse(addressee) ? meetingDate : '',
    responseOutcome: '',
    responseText: '',
    responseDate: '',
    respondedBy: '',
    action: '',
    status: 'open',
    rag: '',
    targetDate: '',
    notes: '',
    ...given,
    addressee,
  };
}
