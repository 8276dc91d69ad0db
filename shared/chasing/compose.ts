// Puts a chase together from the board: checks it goes to one person, fills the level's template and lists the recommendations for the letter and email.
import { formatLongDate } from '../dates/format';
import { joinNames } from '../docx/common';
import { responseOwner, type BoardInput, type ResponseOwner } from './board';
import type { ChaseLetterRow } from './letter';
import { deadlineInWords, fillTemplate, type ChasingSettings } from './settings';
import { responseState } from './state';
import type { ChaseLevel, ChaseRecord } from './types';

export interface ChaseDraftInput {
  level: ChaseLevel;
  /** The recommendations picked on the board; all owed by one person. */
  items: readonly BoardInput[];
  /** Whom the chase goes to: the owner for a reminder or chase, someone senior for an escalation. */
  to: { name: string };
  today: string;
  settings: ChasingSettings;
}

export interface ChaseDraft {
  owner: ResponseOwner;
  subject: string;
  body: string;
  rows: ChaseLetterRow[];
  /** The values the placeholders were filled with, for the preview. */
  values: Record<string, string>;
}

function describe(item: BoardInput): string {
  const r = item.recommendation;
  return `Recommendation ${r.label === '' ? `“${r.text.slice(0, 40)}…”` : r.label} under “${item.itemTitle}”`;
}

/**
 * The subject, body and table rows of a chase. Refuses (with the reason) recommendations owed by
 * different people — one person is chased at a time — and ones with nothing to chase (answered, or
 * outside the deadline rule). {dueDate} is the earliest due date among those chased.
 */
export function draftChase(input: ChaseDraftInput): ChaseDraft {
  const { items, settings, today } = input;
  if (items.length === 0) throw new Error('Pick at least one recommendation to chase.');
  const owners = new Map<string, ResponseOwner>();
  for (const item of items) {
    const owner = responseOwner(item.recommendation);
    if (!owners.has(owner.key)) owners.set(owner.key, owner);
  }
  if (owners.size > 1) {
    const names = joinNames([...owners.values()].map((o) => o.name));
    throw new Error(`A chase goes to one person at a time, but these recommendations are owed by ${names}. Pick one person’s recommendations.`);
  }
  const owner = [...owners.values()][0]!;
  const rows = items.map((item) => {
    const state = responseState(item.recommendation, today, settings);
    if (state.state === 'not-applicable') throw new Error(`${describe(item)} is not one the response deadline applies to, so there is nothing to chase.`);
    if (state.state === 'responded-on-time' || state.state === 'responded-late') {
      throw new Error(`${describe(item)} already has a response recorded, so there is nothing to chase.`);
    }
    const overdue = state.state === 'overdue' || state.state === 'no-response' ? state.days : 0;
    return {
      sortKey: `${item.meetingDate}\u0000${String(item.recommendation.position).padStart(6, '0')}`,
      row: {
        meetingDate: item.meetingDate,
        itemTitle: item.itemTitle,
        label: item.recommendation.label,
        text: item.recommendation.text,
        receivedDate: item.recommendation.receivedDate,
        dueDate: state.dueDate,
        daysOverdue: overdue,
        committeeName: item.committeeName,
      } satisfies ChaseLetterRow,
    };
  });
  // The letter lists them as the committee made them: by meeting, then in order.
  rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const dueDates = rows.map((r) => r.row.dueDate).filter((d) => d !== '').sort();
  const committees = [...new Set(items.map((i) => i.committeeName.trim()).filter((c) => c !== ''))];
  const values: Record<string, string> = {
    addressee: input.to.name.trim(),
    owner: owner.name,
    committee: committees.length > 0 ? joinNames(committees) : 'scrutiny committee',
    count: String(items.length),
    recommendations: `${items.length} recommendation${items.length === 1 ? '' : 's'}`,
    recommendationWord: items.length === 1 ? 'recommendation' : 'recommendations',
    dueDate: dueDates.length > 0 ? formatLongDate(dueDates[0]!) : 'the due date',
    deadline: deadlineInWords(settings.rule),
    officer: settings.officerName,
    officerTitle: settings.officerTitle,
    council: settings.councilName,
    date: formatLongDate(today),
  };
  const template = settings.templates[input.level];
  return {
    owner,
    subject: fillTemplate(template.subject, values).replace(/\s+/g, ' ').trim(),
    body: fillTemplate(template.body, values),
    rows: rows.map((r) => r.row),
    values,
  };
}

/**
 * The level to offer: a reminder while nothing is overdue; a chase once something is; an escalation
 * when something is overdue and these recommendations have already been chased (or escalated).
 */
export function suggestChaseLevel(
  items: readonly BoardInput[],
  history: ReadonlyArray<Pick<ChaseRecord, 'recommendationId' | 'level'>>,
  today: string,
  settings: Pick<ChasingSettings, 'rule' | 'dueSoonDays' | 'ruleAppliesTo'>,
): ChaseLevel {
  const overdue = items.some((i) => {
    const s = responseState(i.recommendation, today, settings).state;
    return s === 'overdue' || s === 'no-response';
  });
  if (!overdue) return 'reminder';
  const ids = new Set(items.map((i) => i.recommendation.id));
  const chasedBefore = history.some((h) => ids.has(h.recommendationId) && (h.level === 'chase' || h.level === 'escalation'));
  return chasedBefore ? 'escalation' : 'chase';
}
