// A journal of text typed but not yet saved, kept synchronously in localStorage on every keystroke.
// IndexedDB writes are asynchronous: a reload or a closed window within the save pause can cut them
// off. localStorage writes finish before the keystroke's handler returns, so nothing typed is lost;
// the next start replays what the journal still holds (see replay.ts).

export type DraftKind = 'recommendation' | 'committee' | 'meeting' | 'item';

/** The one field a draft belongs to. */
export interface DraftTarget {
  kind: DraftKind;
  id: string;
  field: string;
}

export interface DraftEntry {
  target: DraftTarget;
  /** What was typed. */
  value: string;
  /** What the field held when typing began: the replay applies the draft only if it still holds it. */
  base: string;
  /** When it was typed (ISO date-time). */
  at: string;
}

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const JOURNAL_KEY = 'scrutiny-tracker:unsaved-edits';

const keyOf = (t: DraftTarget) => `${t.kind}:${t.id}:${t.field}`;

function isEntry(value: unknown): value is DraftEntry {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  const t = e.target as Record<string, unknown> | undefined;
  return (
    typeof e.value === 'string' &&
    typeof e.base === 'string' &&
    typeof e.at === 'string' &&
    !!t &&
    ['recommendation', 'committee', 'meeting', 'item'].includes(t.kind as string) &&
    typeof t.id === 'string' &&
    typeof t.field === 'string'
  );
}

export function createJournal(storage: DraftStorage | null, now: () => Date = () => new Date()) {
  function read(): Record<string, DraftEntry> {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(JOURNAL_KEY) ?? '{}');
      if (!parsed || typeof parsed !== 'object') return {};
      // Whatever else is in there (an older shape, a hand edit) is dropped rather than replayed.
      return Object.fromEntries(Object.entries(parsed as Record<string, unknown>).filter((pair): pair is [string, DraftEntry] => isEntry(pair[1])));
    } catch {
      return {};
    }
  }
  function write(all: Record<string, DraftEntry>) {
    try {
      if (Object.keys(all).length === 0) storage?.removeItem(JOURNAL_KEY);
      else storage?.setItem(JOURNAL_KEY, JSON.stringify(all));
    } catch {
      // A full or blocked localStorage only loses the safety net; the ordinary save still runs.
    }
  }
  return {
    /** Notes what is typed in a field (keeping the base of the first keystroke since the last save). */
    record(target: DraftTarget, value: string, base: string): void {
      const all = read();
      const key = keyOf(target);
      all[key] = { target, value, base: all[key]?.base ?? base, at: now().toISOString() };
      write(all);
    },
    /** The field was saved (or its typing undone): nothing to replay for it. */
    clear(target: DraftTarget): void {
      const all = read();
      delete all[keyOf(target)];
      write(all);
    },
    entries(): DraftEntry[] {
      return Object.values(read());
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;

function browserStorage(): DraftStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The app's journal, in this origin's localStorage. */
export const draftJournal = createJournal(browserStorage());
