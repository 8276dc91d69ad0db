// The app's undo and redo: each change the officer makes (an edit, a delete, a new record) pushes
// how to reverse and repeat it. The stack holds actions, not copies of the tracker.
import { create } from 'zustand';

export interface UndoEntry {
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Edits of one field in quick succession fold into one entry with the same key. */
  mergeKey?: string;
  at?: number;
}

interface UndoState {
  done: UndoEntry[];
  undone: UndoEntry[];
  push(entry: UndoEntry): void;
  /** Reverses the latest change; returns its label, or null if there was nothing to undo. */
  undo(): Promise<string | null>;
  redo(): Promise<string | null>;
}

const LIMIT = 200;
const MERGE_WINDOW_MS = 5_000;

export const useUndo = create<UndoState>()((set, get) => ({
  done: [],
  undone: [],
  push(entry) {
    const now = Date.now();
    const { done } = get();
    const last = done.at(-1);
    if (last && entry.mergeKey && last.mergeKey === entry.mergeKey && now - (last.at ?? 0) < MERGE_WINDOW_MS) {
      // Keep the oldest "undo" (back to before the run of edits) and the newest "redo".
      const merged: UndoEntry = { ...last, redo: entry.redo, at: now };
      set({ done: [...done.slice(0, -1), merged], undone: [] });
      return;
    }
    set({ done: [...done, { ...entry, at: now }].slice(-LIMIT), undone: [] });
  },
  async undo() {
    const entry = get().done.at(-1);
    if (!entry) return null;
    await entry.undo();
    set((s) => ({ done: s.done.slice(0, -1), undone: [...s.undone, entry] }));
    return entry.label;
  },
  async redo() {
    const entry = get().undone.at(-1);
    if (!entry) return null;
    await entry.redo();
    set((s) => ({ undone: s.undone.slice(0, -1), done: [...s.done, { ...entry, at: 0 }] }));
    return entry.label;
  },
}));
