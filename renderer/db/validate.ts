// Checks on what the officer typed before it reaches the database, with messages they can act on.
import { isIsoDate } from '../../shared/index';
import { TrackerError } from './errors';

export function requireText(value: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new TrackerError(`${what} cannot be empty.`);
  if (trimmed.length > 100_000) throw new TrackerError(`${what} is too long (over 100,000 characters).`);
  return trimmed;
}

export function requireDate(value: string, what: string): string {
  if (!isIsoDate(value)) throw new TrackerError(`${what} is not a real date.`);
  return value;
}

/** A date field that may be left empty. */
export function optionalDate(value: string, what: string): string {
  if (value === '') return '';
  return requireDate(value, what);
}
