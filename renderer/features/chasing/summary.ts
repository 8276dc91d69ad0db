// The start-up summary's words: which responses became overdue since the summary was last shown (or all that are overdue, the first time).
import { countOf, formatCount, formatLongDate, type AwaitingBoard } from '../../../shared/index';

export interface OverdueSummary {
  count: number;
  /** For the desktop notification. */
  title: string;
  /** One or two sentences, at most 500 characters (the notification's limit). */
  body: string;
}

const MAX_OWNERS = 3;

function listWords(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * A response became overdue the day after its due date, so one whose due date is on or after the
 * day of the last summary was not yet overdue when that summary was shown. `lastShown` '' means
 * never: then every overdue response is counted. Null when there is nothing to say.
 */
export function overdueSummary(board: AwaitingBoard, lastShown: string): OverdueSummary | null {
  const owners = new Map<string, number>();
  let count = 0;
  for (const group of board.groups) {
    const fresh = group.rows.filter((r) => r.response.state === 'overdue' && (lastShown === '' || r.response.dueDate >= lastShown)).length;
    if (fresh === 0) continue;
    owners.set(group.owner.name, fresh);
    count += fresh;
  }
  if (count === 0) return null;
  const responses = countOf(count, 'response');
  const opening =
    lastShown === ''
      ? `${responses} ${count === 1 ? 'is' : 'are'} overdue`
      : `${responses} ${count === 1 ? 'has' : 'have'} become overdue since ${formatLongDate(lastShown)}`;
  const named = [...owners.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en-GB'));
  const shown = named.slice(0, MAX_OWNERS).map(([name, n], i) => (i === 0 ? `${formatCount(n)} owed by ${name}` : `${formatCount(n)} by ${name}`));
  const rest = named.slice(MAX_OWNERS).reduce((n, [, k]) => n + k, 0);
  if (rest > 0) shown.push(`${formatCount(rest)} by others`);
  const who = named.length === 1 ? `owed by ${named[0]![0]}` : listWords(shown);
  let body = `${opening}: ${who}.`;
  if (body.length > 500) body = `${opening}.`;
  return { count, title: count === 1 ? 'A response is overdue' : `${formatCount(count)} responses are overdue`, body };
}
