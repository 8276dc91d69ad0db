// The Numbers view's arithmetic: the municipal years the tracker spans, the period chosen, the split of responses by timeliness, and the words for the scope.
import {
  formatLongDate,
  isAnswered,
  municipalYear,
  owesResponseUnderRule,
  responseTiming,
  type ChasingSettings,
  type MunicipalYear,
  type ScrutinyStatistics,
  type StatisticsRow,
  type StatisticsScope,
} from '../../../shared/index';

export type Period = { kind: 'all' } | { kind: 'year'; from: string } | { kind: 'custom'; from: string; to: string };

/** The municipal years with at least one meeting, newest first. */
export function yearsOf(meetingDates: readonly string[], startMonth: number): MunicipalYear[] {
  const years = new Map<string, MunicipalYear>();
  for (const date of meetingDates) {
    if (date === '') continue;
    try {
      const year = municipalYear(date, startMonth);
      years.set(year.from, year);
    } catch {
      // A meeting without a real date belongs to no year.
    }
  }
  return [...years.values()].sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
}

/** The meeting dates the period covers ('' leaves an end open). */
export function periodRange(period: Period, startMonth: number): { from: string; to: string } {
  if (period.kind === 'all') return { from: '', to: '' };
  if (period.kind === 'custom') return { from: period.from, to: period.to };
  const year = municipalYear(period.from, startMonth);
  return { from: year.from, to: year.to };
}

/** "2024/25 (1 May 2024 to 30 April 2025)", "meetings from 1 January 2024", "all dates". */
export function periodWords(period: Period, startMonth: number): string {
  if (period.kind === 'all') return 'all dates';
  const { from, to } = periodRange(period, startMonth);
  if (period.kind === 'year') return `${municipalYear(period.from, startMonth).label} (${formatLongDate(from)} to ${formatLongDate(to)})`;
  if (from && to) return `${formatLongDate(from)} to ${formatLongDate(to)}`;
  if (from) return `meetings from ${formatLongDate(from)}`;
  if (to) return `meetings up to ${formatLongDate(to)}`;
  return 'all dates';
}

/** What the figures cover, for the Word section and the CSV: "Children and Young People Scrutiny Committee, 2024/25". */
export function scopeLabel(committeeName: string, period: Period, startMonth: number): string {
  const who = committeeName === '' ? 'All committees' : committeeName;
  if (period.kind === 'year') return `${who}, ${municipalYear(period.from, startMonth).label}`;
  return `${who}, ${periodWords(period, startMonth)}`;
}

/** A file name from the scope: "Scrutiny figures - All committees, 2024-25.csv" once made safe. */
export function figuresFileName(scope: string, extension: 'docx' | 'csv'): string {
  return `Scrutiny figures - ${scope}.${extension}`;
}

export interface Timeliness {
  within: number;
  late: number;
  /** Answered, but without both dates recorded, so whether in time is not known. */
  undated: number;
  /** Owed a response with none recorded yet (awaiting, or "No response received"). */
  none: number;
}

/**
 * The recommendations owed a response under the rule, split by how the response came: within the
 * deadline, late, answered with dates missing, or not at all. The scope is read as
 * scrutinyStatistics reads it, so within and late match its figures.
 */
export function timeliness(rows: readonly StatisticsRow[], scope: StatisticsScope, settings: Pick<ChasingSettings, 'rule' | 'ruleAppliesTo'>): Timeliness {
  const from = scope.from ?? '';
  const to = scope.to ?? '';
  const committee = scope.committeeId ?? '';
  const inRange = (d: string) => (from === '' || (d !== '' && d >= from)) && (to === '' || (d !== '' && d <= to));
  const split: Timeliness = { within: 0, late: 0, undated: 0, none: 0 };
  for (const { recommendation: r, meetingDate, committeeId } of rows) {
    if (r.kind === 'procedural' || (committee !== '' && committeeId !== committee) || !inRange(meetingDate)) continue;
    if (!owesResponseUnderRule(r, settings)) continue;
    if (!isAnswered(r.responseOutcome)) split.none += 1;
    else {
      const timing = responseTiming(r, settings.rule);
      if (!timing) split.undated += 1;
      else if (timing.daysLate <= 0) split.within += 1;
      else split.late += 1;
    }
  }
  return split;
}

export interface Bar {
  label: string;
  value: number;
  /** A CSS colour for the bar; the number beside it carries the meaning. */
  colour: string;
}

/** The three charts, each a list of bars. */
export function charts(stats: ScrutinyStatistics, split: Timeliness): { outcomes: Bar[]; timeliness: Bar[]; implementation: Bar[] } {
  const o = stats.outcomes;
  const i = stats.implementation;
  return {
    outcomes: [
      { label: 'Accepted', value: o.accepted, colour: '#00703c' },
      { label: 'Partially accepted', value: o.partiallyAccepted, colour: '#8a6d00' },
      { label: 'Rejected', value: o.rejected, colour: '#b10e1e' },
      { label: 'Noted', value: o.noted, colour: '#1d70b8' },
      { label: 'Unclear', value: o.unclear, colour: '#6f777b' },
      { label: 'No response received', value: o.noResponse, colour: '#4c2c92' },
      { label: 'Awaiting response', value: o.awaiting, colour: '#505a5f' },
    ],
    timeliness: [
      { label: 'Within the deadline', value: split.within, colour: '#00703c' },
      { label: 'After the deadline', value: split.late, colour: '#b35900' },
      { label: 'Dates not recorded', value: split.undated, colour: '#6f777b' },
      { label: 'No response yet', value: split.none, colour: '#b10e1e' },
    ],
    implementation: [
      { label: 'Completed', value: i.completed, colour: '#00703c' },
      { label: 'In progress', value: i.inProgress, colour: '#1d70b8' },
      { label: 'Open', value: i.open, colour: '#505a5f' },
      { label: 'Not pursued', value: i.notPursued, colour: '#b10e1e' },
      { label: 'Discharged at the meeting', value: i.discharged, colour: '#6f777b' },
      { label: 'Added to the work programme', value: i.workProgramme, colour: '#4c2c92' },
    ],
  };
}

/** A share as people say it: "76%", "less than 1%", "0%". */
export function percentWords(value: number, total: number): string {
  if (total === 0 || value === 0) return '0%';
  const share = (value / total) * 100;
  if (share < 1) return 'less than 1%';
  return `${Math.round(share)}%`;
}

/**
 * What the timeliness tiles are drawn from, said on the tiles themselves: "from 1 of 48 with dates
 * recorded" when only some responses owed have both dates, so 0% from one response never reads as
 * the council's record. Null when every response owed is timed (the figure is the whole record).
 */
export function timedBasis(stats: Pick<ScrutinyStatistics, 'responsesTimed' | 'owingResponse'>): string | null {
  if (stats.owingResponse === 0) return null;
  if (stats.responsesTimed === 0) return `none of ${stats.owingResponse.toLocaleString('en-GB')} has both dates recorded`;
  if (stats.responsesTimed >= stats.owingResponse) return null;
  return `from ${stats.responsesTimed.toLocaleString('en-GB')} of ${stats.owingResponse.toLocaleString('en-GB')} with dates recorded`;
}
