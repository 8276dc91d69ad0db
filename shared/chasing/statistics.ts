// The numbers for the annual scrutiny report: recommendations made, responses and their timeliness, outcomes and implementation.
import { formatLongDate, parseIsoDate, toIsoDate } from '../dates/format';
import type { Recommendation } from '../model/types';
import type { ChasingSettings } from './settings';
import { isAnswered, owesResponseUnderRule, responseTiming } from './state';

export interface MunicipalYear {
  from: string;
  to: string;
  /** "2024/25"; a year starting in January is just "2024". */
  label: string;
}

/** The municipal year (May to April by default) that `date` falls in. */
export function municipalYear(date: string, startMonth = 5): MunicipalYear {
  const d = parseIsoDate(date);
  if (!d) throw new Error(`"${date}" is not a date written YYYY-MM-DD.`);
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new Error(`The municipal year's first month should be 1 to 12, not ${String(startMonth)}.`);
  }
  const startYear = d.getMonth() + 1 >= startMonth ? d.getFullYear() : d.getFullYear() - 1;
  const from = toIsoDate(new Date(startYear, startMonth - 1, 1));
  // Day 0 of the next year's first month is the last day of this year.
  const to = toIsoDate(new Date(startYear + 1, startMonth - 1, 0));
  const label = startMonth === 1 ? String(startYear) : `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
  return { from, to, label };
}

export interface StatisticsRow {
  recommendation: Recommendation;
  meetingDate: string;
  committeeId: string;
}

export interface StatisticsScope {
  /** Meeting dates, inclusive; '' or absent leaves that end open. */
  from?: string;
  to?: string;
  committeeId?: string;
}

export interface ScrutinyStatistics {
  /** Every recommendation, action and information request in scope; procedural resolutions are not counted. */
  made: number;
  /** Of those, the ones the deadline applies to (addressed to whom the rule covers, not discharged). */
  owingResponse: number;
  /** Of those made, the ones with an answer recorded (accepted, partially accepted, rejected, noted, unclear). */
  responsesReceived: number;
  /** Answers owed under the rule whose date received and response date are both recorded. */
  responsesTimed: number;
  respondedWithinDeadline: number;
  respondedLate: number;
  /** respondedWithinDeadline as a share of responsesTimed, to one decimal place; null when none is timed. */
  percentWithinDeadline: number | null;
  /** Calendar days from receipt to response over the timed responses; null when none is timed. */
  medianDaysToRespond: number | null;
  /** A split of `made` by outcome: the seven add up to `made`. */
  outcomes: {
    accepted: number;
    partiallyAccepted: number;
    rejected: number;
    noted: number;
    unclear: number;
    noResponse: number;
    awaiting: number;
  };
  /** A split of `made` by implementation status: the six add up to `made`. */
  implementation: {
    completed: number;
    inProgress: number;
    notPursued: number;
    open: number;
    discharged: number;
    workProgramme: number;
  };
}

const OUTCOME_KEYS = {
  Accepted: 'accepted',
  'Partially accepted': 'partiallyAccepted',
  Rejected: 'rejected',
  Noted: 'noted',
  Unclear: 'unclear',
  'No response received': 'noResponse',
  '': 'awaiting',
} as const;

const STATUS_KEYS = {
  completed: 'completed',
  'in-progress': 'inProgress',
  'not-pursued': 'notPursued',
  open: 'open',
  discharged: 'discharged',
  'work-programme': 'workProgramme',
} as const;

function checkScopeDate(name: string, value: string | undefined): string {
  if (value === undefined || value === '') return '';
  if (!parseIsoDate(value)) throw new Error(`The "${name}" date "${value}" is not a real date: write it as YYYY-MM-DD.`);
  return value;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The figures for recommendations made at meetings in the scope. A meeting with no date is counted
 * only when the range is open at both ends. Whether a response came in time uses the council's rule;
 * a response with no date recorded counts as received but not as timed.
 */
export function scrutinyStatistics(
  input: readonly StatisticsRow[],
  scope: StatisticsScope,
  settings: Pick<ChasingSettings, 'rule' | 'ruleAppliesTo'>,
): ScrutinyStatistics {
  const from = checkScopeDate('from', scope.from);
  const to = checkScopeDate('to', scope.to);
  if (from !== '' && to !== '' && from > to) {
    throw new Error(`The date range runs backwards: "from" (${formatLongDate(from)}) is after "to" (${formatLongDate(to)}).`);
  }
  const committee = scope.committeeId ?? '';
  const inRange = (d: string) => (from === '' || (d !== '' && d >= from)) && (to === '' || (d !== '' && d <= to));

  const stats: ScrutinyStatistics = {
    made: 0,
    owingResponse: 0,
    responsesReceived: 0,
    responsesTimed: 0,
    respondedWithinDeadline: 0,
    respondedLate: 0,
    percentWithinDeadline: null,
    medianDaysToRespond: null,
    outcomes: { accepted: 0, partiallyAccepted: 0, rejected: 0, noted: 0, unclear: 0, noResponse: 0, awaiting: 0 },
    implementation: { completed: 0, inProgress: 0, notPursued: 0, open: 0, discharged: 0, workProgramme: 0 },
  };
  const daysToRespond: number[] = [];
  for (const { recommendation: r, meetingDate, committeeId } of input) {
    if (r.kind === 'procedural') continue;
    if (committee !== '' && committeeId !== committee) continue;
    if (!inRange(meetingDate)) continue;
    stats.made += 1;
    stats.outcomes[OUTCOME_KEYS[r.responseOutcome]] += 1;
    stats.implementation[STATUS_KEYS[r.status]] += 1;
    if (isAnswered(r.responseOutcome)) stats.responsesReceived += 1;
    if (!owesResponseUnderRule(r, settings)) continue;
    stats.owingResponse += 1;
    const timing = isAnswered(r.responseOutcome) ? responseTiming(r, settings.rule) : null;
    if (timing) {
      stats.responsesTimed += 1;
      if (timing.daysLate <= 0) stats.respondedWithinDeadline += 1;
      else stats.respondedLate += 1;
      daysToRespond.push(timing.daysToRespond);
    }
  }
  if (stats.responsesTimed > 0) {
    stats.percentWithinDeadline = Math.round((stats.respondedWithinDeadline / stats.responsesTimed) * 1000) / 10;
  }
  stats.medianDaysToRespond = median(daysToRespond);
  return stats;
}
