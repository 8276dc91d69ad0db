// The annual report's figures as lines, as CSV (safe to open in a spreadsheet) and as a summary sentence.
import { countOf, formatCount } from '../model/counts';
import { STATUS_LABELS } from '../model/labels';
import type { DeadlineRule } from '../clock/responseDueDate';
import { deadlineAdjective } from './settings';
import type { ScrutinyStatistics } from './statistics';

export interface StatisticsLine {
  section: 'Recommendations' | 'Responses' | 'Outcomes' | 'Implementation';
  measure: string;
  /** null where the figure cannot be given (no timed responses). */
  value: number | null;
}

/** Every figure in print order, with the words the report uses. */
export function statisticsLines(s: ScrutinyStatistics): StatisticsLine[] {
  const line = (section: StatisticsLine['section'], measure: string, value: number | null): StatisticsLine => ({ section, measure, value });
  return [
    line('Recommendations', 'Recommendations made', s.made),
    line('Recommendations', 'Owing a response', s.owingResponse),
    line('Responses', 'Responses received', s.responsesReceived),
    line('Responses', 'Responses with both dates recorded', s.responsesTimed),
    line('Responses', 'Responded within the deadline', s.respondedWithinDeadline),
    line('Responses', 'Responded after the deadline', s.respondedLate),
    line('Responses', 'Responded within the deadline (%)', s.percentWithinDeadline),
    line('Responses', 'Median days to respond', s.medianDaysToRespond),
    line('Outcomes', 'Accepted', s.outcomes.accepted),
    line('Outcomes', 'Partially accepted', s.outcomes.partiallyAccepted),
    line('Outcomes', 'Rejected', s.outcomes.rejected),
    line('Outcomes', 'Noted', s.outcomes.noted),
    line('Outcomes', 'Unclear', s.outcomes.unclear),
    line('Outcomes', 'No response received', s.outcomes.noResponse),
    line('Outcomes', 'Awaiting response', s.outcomes.awaiting),
    line('Implementation', STATUS_LABELS.completed, s.implementation.completed),
    line('Implementation', STATUS_LABELS['in-progress'], s.implementation.inProgress),
    line('Implementation', STATUS_LABELS['not-pursued'], s.implementation.notPursued),
    line('Implementation', STATUS_LABELS.open, s.implementation.open),
    line('Implementation', STATUS_LABELS.discharged, s.implementation.discharged),
    line('Implementation', STATUS_LABELS['work-programme'], s.implementation.workProgramme),
  ];
}

/**
 * One CSV cell, RFC 4180 quoted. A cell a spreadsheet would read as a formula (starting =, +, -, @,
 * or a tab or carriage return) gets a leading apostrophe, so opening the file never runs anything.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The figures as CSV: a heading row then Scope, Section, Measure, Value per figure; CRLF line ends. */
export function statisticsCsv(stats: ScrutinyStatistics, label: string): string {
  const rows = [['Scope', 'Section', 'Measure', 'Value'].map(csvCell).join(',')];
  for (const l of statisticsLines(stats)) rows.push([label, l.section, l.measure, l.value].map(csvCell).join(','));
  return `${rows.join('\r\n')}\r\n`;
}


function listWords(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * The figures in sentences for the annual report, e.g. "Of 49 recommendations made, 44 received a
 * response; 39 (88.6%) within the two-month deadline."
 */
export function statisticsSummary(s: ScrutinyStatistics, rule: DeadlineRule): string[] {
  if (s.made === 0) return ['No recommendations were made in this period.'];
  const deadline = `the ${deadlineAdjective(rule)} deadline`;
  const opening = `Of ${countOf(s.made, 'recommendation')} made`;
  let first: string;
  if (s.responsesReceived === 0) first = `${opening}, none has yet received a response.`;
  else if (s.responsesTimed === 0) {
    first = `${opening}, ${formatCount(s.responsesReceived)} received a response; the dates needed to tell how many came within ${deadline} are not recorded.`;
  } else if (s.responsesTimed === s.responsesReceived) {
    first = `${opening}, ${formatCount(s.responsesReceived)} received a response; ${formatCount(s.respondedWithinDeadline)} (${s.percentWithinDeadline}%) within ${deadline}.`;
  } else {
    first = `${opening}, ${formatCount(s.responsesReceived)} received a response; of the ${formatCount(s.responsesTimed)} whose dates are recorded, ${formatCount(s.respondedWithinDeadline)} (${s.percentWithinDeadline}%) came within ${deadline}.`;
  }
  const sentences = [first];
  if (s.medianDaysToRespond !== null) sentences.push(`The median time to respond was ${countOf(s.medianDaysToRespond, 'day')}.`);
  const o = s.outcomes;
  const outcomes = [
    [o.accepted, 'accepted'],
    [o.partiallyAccepted, 'partially accepted'],
    [o.rejected, 'rejected'],
    [o.noted, 'noted'],
    [o.unclear, 'unclear'],
  ] as const;
  const given = outcomes.filter(([n]) => n > 0).map(([n, w]) => `${formatCount(n)} ${w}`);
  if (given.length > 0) sentences.push(`Outcomes: ${listWords(given)}.`);
  const i = s.implementation;
  const statuses = [
    [i.completed, 'completed'],
    [i.inProgress, 'in progress'],
    [i.notPursued, 'not pursued'],
    [i.open, 'open'],
    [i.discharged, 'discharged at the meeting'],
    [i.workProgramme, 'added to the work programme'],
  ] as const;
  const done = statuses.filter(([n]) => n > 0).map(([n, w]) => `${formatCount(n)} ${w}`);
  if (done.length > 0) sentences.push(`Implementation: ${listWords(done)}.`);
  return sentences;
}
