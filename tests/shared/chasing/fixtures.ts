// Test helpers for chasing: a recommendation with every field filled, overridable, and the Herefordshire example read in.
import appendixJson from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import { readInterchange, type Recommendation, type Tracker } from '../../../shared/index';

let next = 0;

export function rec(overrides: Partial<Recommendation> = {}): Recommendation {
  next += 1;
  return {
    id: `rec-${next}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    itemId: 'item-1',
    position: 0,
    label: '1',
    text: 'That the executive reviews home care rates.',
    kind: 'recommendation',
    addressee: 'executive',
    addresseeName: '',
    leadOfficer: '',
    directorate: '',
    receivedDate: '',
    responseOutcome: '',
    responseText: '',
    responseDate: '',
    respondedBy: '',
    action: '',
    status: 'open',
    rag: '',
    targetDate: '',
    notes: '',
    ...overrides,
  };
}

export function herefordshire(): Tracker {
  return readInterchange(appendixJson);
}

export const TODAY = '2026-11-22';
