// The officer's working copy of what the parser proposed: items and resolutions they can tick,
// edit, merge, split and move before importing. Pure functions, so every gesture is testable.
import {
  guessAddressee,
  newId,
  nowIso,
  newRecommendation,
  type Addressee,
  type ParsedMinutes,
  type RecommendationKind,
  type Tracker,
} from '../../../shared/index';
import { locateInSource } from './locate';

export interface DraftItem {
  key: string;
  number: string;
  title: string;
}

export interface Proposal {
  key: string;
  itemKey: string;
  include: boolean;
  label: string;
  text: string;
  kind: RecommendationKind;
  addressee: Addressee;
  /** First and last source line (0-based) the proposal was read from; -1 when not found. */
  from: number;
  to: number;
}

export interface Draft {
  committeeName: string;
  meetingDate: string;
  receivedDate: string;
  items: DraftItem[];
  proposals: Proposal[];
}

let counter = 0;
const key = () => `k${++counter}`;

export function draftFromParsed(parsed: ParsedMinutes, source: string): Draft {
  const lines = source.split('\n');
  const items: DraftItem[] = [];
  const proposals: Proposal[] = [];
  let searchFrom = 0;
  for (const it of parsed.items) {
    const item: DraftItem = { key: key(), number: it.number ?? '', title: it.title ?? '' };
    // Items without resolutions are not worth a row in the tracker (apologies, declarations…).
    if (it.resolutions.length === 0) continue;
    items.push(item);
    for (const r of it.resolutions) {
      const where = locateInSource(lines, r.text, searchFrom);
      if (where.from >= 0) searchFrom = where.from;
      proposals.push({
        key: key(),
        itemKey: item.key,
        // Procedural decisions (minutes approved, deferrals) are found but not imported unless ticked.
        include: r.kind !== 'procedural',
        label: r.label ?? '',
        text: r.text,
        kind: r.kind,
        addressee: r.addressee ?? (r.kind === 'procedural' ? 'committee' : guessAddressee(r.text)),
        from: where.from,
        to: where.to,
      });
    }
  }
  const date = parsed.meetingDate ?? '';
  return { committeeName: parsed.committee ?? '', meetingDate: date, receivedDate: date, items, proposals };
}

export function updateProposal(draft: Draft, k: string, patch: Partial<Proposal>): Draft {
  return { ...draft, proposals: draft.proposals.map((p) => (p.key === k ? { ...p, ...patch } : p)) };
}

export function updateItem(draft: Draft, k: string, patch: Partial<DraftItem>): Draft {
  return { ...draft, items: draft.items.map((i) => (i.key === k ? { ...i, ...patch } : i)) };
}

/** Joins a proposal onto the one before it in the same item (one recommendation split in two). */
export function mergeWithPrevious(draft: Draft, k: string): Draft {
  const index = draft.proposals.findIndex((p) => p.key === k);
  const current = draft.proposals[index];
  const previous = draft.proposals[index - 1];
  if (!current || !previous || previous.itemKey !== current.itemKey) return draft;
  const merged: Proposal = {
    ...previous,
    text: `${previous.text}\n${current.text}`,
    include: previous.include || current.include,
    from: previous.from >= 0 ? previous.from : current.from,
    to: Math.max(previous.to, current.to),
  };
  return { ...draft, proposals: [...draft.proposals.slice(0, index - 1), merged, ...draft.proposals.slice(index + 1)] };
}

/** Splits a proposal at its first line break (two recommendations read as one). */
export function splitProposal(draft: Draft, k: string): Draft {
  const index = draft.proposals.findIndex((p) => p.key === k);
  const current = draft.proposals[index];
  if (!current) return draft;
  const cut = current.text.indexOf('\n');
  if (cut < 0) return draft;
  const first: Proposal = { ...current, text: current.text.slice(0, cut).trim() };
  const second: Proposal = { ...current, key: key(), label: '', text: current.text.slice(cut + 1).trim() };
  return { ...draft, proposals: [...draft.proposals.slice(0, index), first, second, ...draft.proposals.slice(index + 1)] };
}

/** The ticked proposals as a Tracker the database's import can merge. */
export function trackerFromDraft(draft: Draft): Tracker {
  const stamp = nowIso();
  const committee = { id: newId(), createdAt: stamp, updatedAt: stamp, name: draft.committeeName.trim(), council: '' };
  const meeting = { id: newId(), createdAt: stamp, updatedAt: stamp, committeeId: committee.id, date: draft.meetingDate, venue: '' };
  const chosen = draft.proposals.filter((p) => p.include && p.text.trim() !== '');
  const usedItems = draft.items.filter((i) => chosen.some((p) => p.itemKey === i.key));
  const itemIds = new Map(usedItems.map((i) => [i.key, newId()]));
  return {
    committees: [committee],
    meetings: [meeting],
    items: usedItems.map((i, position) => ({
      id: itemIds.get(i.key)!,
      createdAt: stamp,
      updatedAt: stamp,
      meetingId: meeting.id,
      number: i.number.trim(),
      title: i.title.trim() || 'Untitled item',
      position,
    })),
    recommendations: chosen.map((p, position) =>
      newRecommendation(
        { itemId: itemIds.get(p.itemKey)!, position, label: p.label.trim(), text: p.text.trim(), kind: p.kind, addressee: p.addressee },
        draft.receivedDate,
      ),
    ),
    progressUpdates: [],
  };
}

/** What still stops an import, in words; empty when it can go ahead. */
export function draftProblems(draft: Draft): string[] {
  const problems: string[] = [];
  if (draft.committeeName.trim() === '') problems.push('Choose or name the committee.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.meetingDate)) problems.push('Enter the meeting date.');
  if (!draft.proposals.some((p) => p.include)) problems.push('Tick at least one resolution to import.');
  return problems;
}
