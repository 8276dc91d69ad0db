// Test helpers for chasing: a recommendation with every field filled, overridable, and the Herefordshire example read in.
import appendixJson from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import { newRecommendation, readInterchange, type Recommendation, type Tracker } from '../../../shared/index';

let next = 0;

/** A recommendation to the executive from the app's own factory, with a fixed id and stamps so tests can compare. */
export function rec(overrides: Partial<Recommendation> = {}): Recommendation {
  next += 1;
  return {
    ...newRecommendation({ itemId: 'item-1', position: 0, text: 'That the executive reviews home care rates.', label: '1', receivedDate: '' }, ''),
    id: `rec-${next}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function herefordshire(): Tracker {
  return readInterchange(appendixJson);
}

export const TODAY = '2026-11-22';
