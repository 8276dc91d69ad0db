// planMinutesImport: what importing a set of minutes would do to the tracker, decided before anything is
// written, so the review can show it and the import can apply it. Pure: the same tracker and minutes
// always give the same plan.
import type { AgendaItem, Recommendation, Tracker } from '../model/types';
import type { ParsedMinutes, ParsedResolution } from '../minutes/types';
import { foldLabel, foldName, foldNumber, foldTitle, foldWords, likeness } from './fold';

/** One field in which the tracker's recommendation and the minutes' wording differ. */
export interface MinutesDifference {
  field: 'label' | 'text';
  tracker: string;
  minutes: string;
}

export interface MinutesImportEntry {
  item: { number: string | null; title: string | null };
  resolution: ParsedResolution;
  status: 'new' | 'same' | 'differs';
  /** The tracker's recommendation, for 'same' and 'differs'. */
  existingId?: string;
  /** The tracker's meeting of that committee on that date, where it already holds one. */
  meetingId?: string;
  /** The tracker's agenda item the minutes' item matched, where one did: new resolutions go under it. */
  itemId?: string;
  /** For 'differs': what differs, field by field. */
  differences?: MinutesDifference[];
}

export interface MinutesImportTarget {
  /** The committee's id or name; the name printed in the minutes when left out. */
  committee?: string;
  /** YYYY-MM-DD; the date printed in the minutes when left out. */
  meetingDate?: string;
}

// A recommendation with nearly the same words anywhere in the meeting is the same one, also when the
// officer has moved it to another item; inside the matched item a looser likeness will do.
const ALIKE_IN_MEETING = 0.72;
const ALIKE_IN_ITEM = 0.5;

function committeeIds(tracker: Tracker, wanted: string | null): Set<string> {
  if (wanted === null || wanted.trim() === '') return new Set(tracker.committees.map((c) => c.id));
  const byId = tracker.committees.find((c) => c.id === wanted);
  if (byId) return new Set([byId.id]);
  const name = foldName(wanted);
  return new Set(tracker.committees.filter((c) => foldName(c.name) === name).map((c) => c.id));
}

function itemScore(parsed: { number: string | null; title: string | null }, existing: AgendaItem): number {
  const pn = foldNumber(parsed.number);
  const en = foldNumber(existing.number);
  const pt = foldTitle(parsed.title ?? '');
  const et = foldTitle(existing.title);
  let score = 0;
  if (pn !== '' && pn === en) score += 2;
  if (pt !== '' && et !== '') {
    if (pt === et) score += 3;
    // One title holding the other whole: "Early Help" and "Early Help Task and Finish Group – update".
    else if ((pt.includes(et) || et.includes(pt)) && Math.min(pt.length, et.length) >= 10) score += 2;
    else if (likeness(pt, et) >= 0.8) score += 2;
  }
  return score;
}

/** Pairs greedily by score, best first; ties go to the earlier of each side. */
function pairUp<T>(candidates: Array<{ a: number; b: number; score: number; extra?: T }>): Map<number, { b: number; extra?: T }> {
  const sorted = [...candidates].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const usedB = new Set<number>();
  const pairs = new Map<number, { b: number; extra?: T }>();
  for (const c of sorted) {
    if (pairs.has(c.a) || usedB.has(c.b)) continue;
    pairs.set(c.a, { b: c.b, extra: c.extra });
    usedB.add(c.b);
  }
  return pairs;
}

function differences(r: ParsedResolution, e: Recommendation): MinutesDifference[] {
  const found: MinutesDifference[] = [];
  const pl = foldLabel(r.label);
  const el = foldLabel(e.label);
  if (pl !== '' && el !== '' && pl !== el) found.push({ field: 'label', tracker: e.label, minutes: r.label ?? '' });
  if (foldWords(r.text) !== foldWords(e.text)) found.push({ field: 'text', tracker: e.text, minutes: r.text });
  return found;
}

export function planMinutesImport(tracker: Tracker, minutes: ParsedMinutes, target: MinutesImportTarget = {}): MinutesImportEntry[] {
  const flat = minutes.items.flatMap((item, itemIndex) =>
    item.resolutions.map((resolution) => ({ itemIndex, item: { number: item.number, title: item.title }, resolution })),
  );
  const date = target.meetingDate ?? minutes.meetingDate ?? '';
  const ids = committeeIds(tracker, target.committee ?? minutes.committee);
  const meetings = date === '' ? [] : tracker.meetings.filter((m) => ids.has(m.committeeId) && m.date === date);
  if (meetings.length === 0) return flat.map(({ item, resolution }) => ({ item, resolution, status: 'new' }));

  const meetingIds = new Set(meetings.map((m) => m.id));
  const items = tracker.items.filter((i) => meetingIds.has(i.meetingId)).sort((a, b) => a.position - b.position);
  const itemIds = new Set(items.map((i) => i.id));
  const recs = tracker.recommendations.filter((r) => itemIds.has(r.itemId));

  // Items first: each of the minutes' items to at most one of the tracker's, and the other way round.
  const itemCandidates = minutes.items.flatMap((parsed, a) =>
    items.map((existing, b) => ({ a, b, score: itemScore(parsed, existing) })).filter((c) => c.score > 0),
  );
  const itemPairs = pairUp(itemCandidates);
  const matchedItem = (itemIndex: number) => {
    const pair = itemPairs.get(itemIndex);
    return pair ? items[pair.b] : undefined;
  };

  // Then resolutions against every recommendation of the meeting, so a recommendation the officer
  // moved to another item, or an item whose title was rewritten, still finds its copy.
  const recCandidates = flat.flatMap(({ itemIndex, resolution }, a) => {
    const home = matchedItem(itemIndex)?.id;
    const words = foldWords(resolution.text);
    const label = foldLabel(resolution.label);
    return recs.flatMap((e, b) => {
      const inItem = e.itemId === home;
      const sameLabel = label !== '' && label === foldLabel(e.label);
      if (foldWords(e.text) === words) return [{ a, b, score: 1000 + (inItem ? 100 : 0) + (sameLabel ? 10 : 0) }];
      const alike = likeness(resolution.text, e.text);
      if (inItem && sameLabel) return [{ a, b, score: 500 + alike * 100 }];
      if (alike >= (inItem ? ALIKE_IN_ITEM : ALIKE_IN_MEETING)) return [{ a, b, score: 200 + alike * 100 + (inItem ? 100 : 0) }];
      return [];
    });
  });
  const recPairs = pairUp(recCandidates);
  // An item whose number and title both changed is still the item its resolutions are already in.
  const inferred = new Map<number, AgendaItem>();
  flat.forEach(({ itemIndex }, a) => {
    const pair = recPairs.get(a);
    if (!pair || itemPairs.has(itemIndex) || inferred.has(itemIndex)) return;
    const item = items.find((i) => i.id === recs[pair.b]!.itemId);
    if (item) inferred.set(itemIndex, item);
  });

  return flat.map(({ itemIndex, item, resolution }, a) => {
    const home = matchedItem(itemIndex) ?? inferred.get(itemIndex);
    const base = { item, resolution, meetingId: home?.meetingId ?? meetings[0]!.id, ...(home ? { itemId: home.id } : {}) };
    let existing = recPairs.has(a) ? recs[recPairs.get(a)!.b] : undefined;
    // The minutes printing one decision twice: the second copy is the same record, not a new one.
    existing ??= recs.find((e) => foldWords(e.text) === foldWords(resolution.text));
    if (!existing) return { ...base, status: 'new' };
    const diff = differences(resolution, existing);
    return diff.length === 0
      ? { ...base, status: 'same', existingId: existing.id }
      : { ...base, status: 'differs', existingId: existing.id, differences: diff };
  });
}
