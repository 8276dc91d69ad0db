// The officer's working copy of what the parser proposed: items and resolutions they can tick,
// edit, merge, split and move before importing. Pure functions, so every gesture is testable.
import {
  classifyText,
  guessAddressee,
  namesIn,
  recaseTitle,
  type Addressee,
  type ParsedMinutes,
  type ParsedResolution,
  type RecommendationKind,
  type TitleStyle,
} from '../../../shared/index';
import type { MinutesImportRequest } from '../../db/index';
import { inlineParts, joinLines, lineLabel, withoutLabel } from './lineLabels';
import { locateHeading, locateInSource } from './locate';

export interface DraftItem {
  key: string;
  number: string;
  title: string;
  /** The title as the minutes print it, so a change of title style can start again from it. */
  printedTitle: string;
  /** The source line of the item's heading; -1 when not found. */
  line: number;
  /** A count the minutes state for the item ("seven recommendations (a-g)"). */
  statedCount?: { count: number; text: string };
}

/** Why a proposal is there: the parser's reason, or the officer's own. */
export type FoundBy = NonNullable<ParsedResolution['found']> | 'added';

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
  found?: FoundBy;
  /** The parser was less sure of it. */
  uncertain?: boolean;
  /** Where the tracker already holds it with other words: take the minutes' wording in on import. */
  update: boolean;
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

export function draftFromParsed(parsed: ParsedMinutes, source: string, style: TitleStyle = 'as-printed'): Draft {
  const lines = source.split('\n');
  const names = style === 'sentence' ? namesIn(source) : undefined;
  const items: DraftItem[] = [];
  const proposals: Proposal[] = [];
  let searchFrom = 0;
  let headingFrom = 0;
  for (const it of parsed.items) {
    const printed = it.title ?? '';
    const line = locateHeading(lines, it.number ?? '', printed, headingFrom);
    if (line >= 0) headingFrom = line + 1;
    // Every item is kept, so text found in no resolution can be filed under its item; items left
    // without resolutions are not imported (apologies, declarations…).
    const item: DraftItem = { key: key(), number: it.number ?? '', title: recaseTitle(printed, style, names), printedTitle: printed, line };
    if (it.statedCount) item.statedCount = it.statedCount;
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
        ...(r.found ? { found: r.found } : {}),
        ...(r.uncertain ? { uncertain: true } : {}),
        update: false,
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

/** The lines of a proposal's words that open with a label of their own ("(b) …", "- c. …"), after the first. */
export function labelledBreaks(text: string, label = ''): number {
  const lines = text.split('\n').slice(1).filter((l) => lineLabel(l) !== null).length;
  return lines > 0 ? lines : (inlineParts(text, label)?.length ?? 1) - 1;
}

/** Splits a proposal at each line that opens with a label: one proposal per labelled point. */
export function splitAtLabels(draft: Draft, k: string): Draft {
  const index = draft.proposals.findIndex((p) => p.key === k);
  const current = draft.proposals[index];
  if (!current || labelledBreaks(current.text, current.label) === 0) return draft;
  let parts: Array<{ label: string; lines: string[] }> = [{ label: current.label, lines: [] }];
  for (const line of current.text.split('\n')) {
    const labelled = parts[0]!.lines.length > 0 ? lineLabel(line) : null;
    if (labelled) parts.push({ label: labelled.label, lines: [labelled.rest] });
    else parts[parts.length - 1]!.lines.push(line);
  }
  // No point on a line of its own: the labels may run on inside the words, each in turn.
  if (parts.length === 1) parts = (inlineParts(current.text, current.label) ?? []).map((part) => ({ label: part.label, lines: [part.text] }));
  const pieces: Proposal[] = parts.map((part, i) => ({
    ...current,
    key: i === 0 ? current.key : key(),
    label: part.label,
    text: part.lines.join('\n').trim(),
    ...(i === 0 ? {} : { addressee: guessAddressee(part.lines.join(' ')) }),
  }));
  return { ...draft, proposals: [...draft.proposals.slice(0, index), ...pieces, ...draft.proposals.slice(index + 1)] };
}

/** The item a source line falls under: the last item whose heading is at or above it. */
export function itemAtLine(draft: Draft, line: number): string | null {
  let found: DraftItem | null = null;
  for (const item of draft.items) if (item.line >= 0 && item.line <= line && (!found || item.line >= found.line)) found = item;
  if (found) return found.key;
  // No heading found above it: the item of the nearest proposal above it, else the first item.
  const above = draft.proposals.filter((p) => p.from >= 0 && p.from <= line).sort((a, b) => b.from - a.from)[0];
  return above?.itemKey ?? draft.items[0]?.key ?? null;
}

/**
 * A new proposal made of source lines `from`..`to` (the officer's selection, or text found in none);
 * `words`, when given, are the part of those lines that is the resolution (a sentence of a paragraph).
 */
export function addFromLines(draft: Draft, lines: readonly string[], from: number, to: number, words?: string): Draft {
  const chosen = lines.slice(from, to + 1);
  const first = chosen.find((l) => l.trim() !== '') ?? '';
  const text = words ?? joinLines(chosen);
  if (text.trim() === '') return draft;
  let itemKey = itemAtLine(draft, from);
  let items = draft.items;
  if (itemKey === null) {
    // Minutes in which nothing was found at all still need an item to file the text under.
    const item: DraftItem = { key: key(), number: '', title: '', printedTitle: '', line: -1 };
    items = [item];
    itemKey = item.key;
  }
  // Kind and addressee as the parser would give a decision told in narrative under this item ("… an update be
  // brought forward to the next meeting of this Scrutiny Committee" is the committee's action, not a recommendation).
  // A labelled point of a list the item already holds takes the list's kind and addressee instead: its lead-in
  // ("That it be recommended to the executive:") speaks for every point.
  const label = lineLabel(first)?.label ?? '';
  const title = items.find((i) => i.key === itemKey)?.title ?? '';
  const read = classifyText(text, title === '' ? null : title, draft.committeeName.trim() === '' ? null : draft.committeeName);
  const listed = label === '' ? undefined : draft.proposals.find((p) => p.itemKey === itemKey && p.label !== '' && p.from < from);
  const proposal: Proposal = {
    key: key(),
    itemKey,
    include: true,
    label,
    text,
    kind: listed?.kind ?? read.kind,
    addressee: listed?.addressee ?? read.addressee ?? (read.kind === 'procedural' ? 'committee' : guessAddressee(text)),
    from,
    to,
    found: 'added',
    update: false,
  };
  // In source order, so it sits among its neighbours on the review screen and in the tracker.
  const at = draft.proposals.findIndex((p) => p.from > from);
  const proposals = at < 0 ? [...draft.proposals, proposal] : [...draft.proposals.slice(0, at), proposal, ...draft.proposals.slice(at)];
  return { ...draft, items, proposals };
}

/** Adds source lines to the end of a proposal's words (the rest of a recommendation cut off at a page break). */
export function appendLines(draft: Draft, k: string, lines: readonly string[], from: number, to: number): Draft {
  const extra = lines.slice(from, to + 1).map(withoutLabel).filter((l) => l !== '' && l !== '\f').join(' ');
  return {
    ...draft,
    proposals: draft.proposals.map((p) =>
      p.key === k ? { ...p, text: `${p.text.trim()} ${extra}`.trim(), from: p.from >= 0 ? Math.min(p.from, from) : from, to: Math.max(p.to, to) } : p,
    ),
  };
}

/** Every item title in the chosen style, from the title as printed; titles the officer has typed over stay. */
export function restyleTitles(draft: Draft, from: TitleStyle, to: TitleStyle, source: string): Draft {
  const names = namesIn(source);
  return {
    ...draft,
    items: draft.items.map((i) => (i.title === recaseTitle(i.printedTitle, from, names) ? { ...i, title: recaseTitle(i.printedTitle, to, names) } : i)),
  };
}

/** The draft as parsed minutes for planMinutesImport, with the key of each resolution in the plan's order. */
export function draftToMinutes(draft: Draft): { minutes: ParsedMinutes; keys: string[] } {
  const keys: string[] = [];
  const items = draft.items.map((item) => {
    const mine = draft.proposals.filter((p) => p.itemKey === item.key && p.text.trim() !== '');
    keys.push(...mine.map((p) => p.key));
    return {
      number: item.number.trim() || null,
      title: item.title.trim() || null,
      resolutions: mine.map((p) => ({
        label: p.label.trim() || null,
        text: p.text.trim(),
        kind: p.kind === 'information-request' ? ('action' as const) : p.kind,
        addressee: null,
      })),
    };
  });
  return { minutes: { committee: draft.committeeName.trim() || null, meetingDate: draft.meetingDate || null, items }, keys };
}

/** What still stops an import, in words; empty when it can go ahead. */
export function draftProblems(draft: Draft): string[] {
  const problems: string[] = [];
  if (draft.committeeName.trim() === '') problems.push('Choose or name the committee.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.meetingDate)) problems.push('Enter the meeting date.');
  if (!draft.proposals.some((p) => p.include)) problems.push('Tick at least one resolution to import.');
  return problems;
}

/** What the database's minutes import needs: the draft as minutes, and the officer's choice for each resolution. */
export function importRequest(draft: Draft): MinutesImportRequest {
  const { minutes, keys } = draftToMinutes(draft);
  const byKey = new Map(draft.proposals.map((p) => [p.key, p]));
  return {
    committeeName: draft.committeeName,
    meetingDate: draft.meetingDate,
    receivedDate: draft.receivedDate,
    minutes,
    reviewed: keys.map((k) => {
      const p = byKey.get(k)!;
      return { kind: p.kind, addressee: p.addressee, add: p.include, update: p.update };
    }),
  };
}
