// Cell values as councils write them in their trackers, read into the tracker's own: outcomes
// ("Yes", "In part"), statuses ("Actioned", "Paused"), RAG words and yes-or-no "Completed" cells.
import { normaliseOutcome } from '../model/outcomes';
import { normaliseStatus } from '../model/statuses';
import type { ImplementationStatus, Outcome, RagRating } from '../model/types';

const fold = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

// An "Agreed (Yes/No/In part)" column answers with these.
const OUTCOME_WORDS: Readonly<Record<string, Outcome>> = {
  yes: 'Accepted',
  y: 'Accepted',
  no: 'Rejected',
  n: 'Rejected',
  'in part': 'Partially accepted',
  partly: 'Partially accepted',
  partially: 'Partially accepted',
  part: 'Partially accepted',
  'yes in part': 'Partially accepted',
  'agreed in part': 'Partially accepted',
  'agreed in principle': 'Partially accepted',
  'not agreed': 'Rejected',
  'accepted in part': 'Partially accepted',
  'not accepted': 'Rejected',
  'response awaited': 'No response received',
  awaited: 'No response received',
};

/** The outcome a cell gives, '' for a blank cell, null when its words are not an outcome. */
export function readOutcome(text: string): Outcome | '' | null {
  return normaliseOutcome(text) ?? OUTCOME_WORDS[fold(text)] ?? null;
}

// Beyond the tracker's own words: what councils' trackers print in a status column.
const STATUS_WORDS: Readonly<Record<string, ImplementationStatus>> = {
  actioned: 'completed',
  achieved: 'completed',
  delivered: 'completed',
  resolved: 'completed',
  finished: 'completed',
  'fully implemented': 'completed',
  pending: 'open',
  'not yet started': 'open',
  'not due': 'open',
  'awaiting response': 'open',
  new: 'open',
  'in hand': 'in-progress',
  'on track': 'in-progress',
  'on going': 'in-progress',
  started: 'in-progress',
  'partially implemented': 'in-progress',
  'partly implemented': 'in-progress',
  // A paused recommendation is still open work; the word itself is kept in the notes by the builder.
  paused: 'in-progress',
  'on hold': 'in-progress',
  withdrawn: 'not-pursued',
  superseded: 'not-pursued',
  'no longer required': 'not-pursued',
  'no further action': 'not-pursued',
};

/** Statuses whose word the tracker's own status cannot say exactly, so the builder keeps the word too. */
export const APPROXIMATE_STATUSES: ReadonlySet<string> = new Set(['paused', 'on hold', 'partially implemented', 'partly implemented']);

/** The status a cell gives ('open' for a blank cell), or null when its words are not a status. */
export function readStatus(text: string): ImplementationStatus | null {
  return normaliseStatus(text) ?? STATUS_WORDS[fold(text)] ?? null;
}

const RAG_WORDS: Readonly<Record<string, RagRating>> = {
  r: 'red',
  red: 'red',
  a: 'amber',
  amber: 'amber',
  g: 'green',
  green: 'green',
  b: 'blue',
  blue: 'blue',
  'blue completed': 'blue',
  'red amber': 'amber',
  'amber red': 'amber',
  'amber green': 'green',
  'green amber': 'green',
};

/** The RAG rating a cell's words give, or null. */
export function readRag(text: string): RagRating | null {
  return RAG_WORDS[fold(text)] ?? null;
}

/** A "Completed (Y/N)" cell: true for yes, false for no, null for anything else. */
export function readCompleted(text: string): boolean | null {
  const key = fold(text);
  if (['y', 'yes', 'true', 'complete', 'completed', 'done', 'implemented', 'closed'].includes(key)) return true;
  if (['n', 'no', 'false', 'not complete', 'not completed', 'incomplete', 'open', 'outstanding'].includes(key)) return false;
  return null;
}

/**
 * A fill colour (ARGB or RGB hex, as .xlsx stores it) as a RAG rating: red, amber (orange or
 * yellow), green or blue by hue, for cells that say their rating by colour alone; null for white,
 * greys and pale tints too faint to mean anything.
 */
export function ragFromColour(hex: string | undefined): RagRating | null {
  if (!hex) return null;
  const m = /^(?:[0-9a-f]{2})?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x!, 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const saturation = max === 0 ? 0 : (max - min) / max;
  if (saturation < 0.35 || max < 0.3) return null;
  let hue: number;
  if (max === r) hue = (60 * ((g - b) / (max - min)) + 360) % 360;
  else if (max === g) hue = 60 * ((b - r) / (max - min)) + 120;
  else hue = 60 * ((r - g) / (max - min)) + 240;
  if (hue < 20 || hue >= 330) return 'red';
  if (hue < 70) return 'amber';
  if (hue < 170) return 'green';
  if (hue < 260) return 'blue';
  return null;
}
