// UI state only (what is selected, which dialog is open, the filters typed): never tracker data,
// which lives in IndexedDB and is read with live queries.
import { create } from 'zustand';
import type { DeleteTarget, RecommendationFilter, SortOrder } from '../db/index';

export type Selection = { kind: 'recommendation' | 'item' | 'meeting' | 'committee'; id: string } | null;

export type DialogName =
  | 'new-committee'
  | 'new-meeting'
  | 'new-item'
  | 'new-recommendation'
  | 'import'
  | 'export'
  | 'export-data'
  | 'import-minutes'
  | 'shortcuts'
  | 'about'
  | 'restore-backup'
  | 'backup-settings'
  | 'chasing-settings'
  | 'bin'
  | 'import-forms'
  | 'confirm-delete'
  | null;

/** What the middle of the window shows: the table, the board of responses awaited, or the figures. */
export type View = 'tracker' | 'awaiting' | 'numbers';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** Shows an Undo button that runs the undo stack's top entry. */
  undoable?: boolean;
}

interface UiState {
  view: View;
  selection: Selection;
  filter: RecommendationFilter;
  sort: SortOrder;
  showFilters: boolean;
  dialog: DialogName;
  toast: Toast | null;
  /** Bumped to ask the search box to take focus (Ctrl+F). */
  focusSearchTick: number;
  /** Bumped to ask the table to take the focus (on its selected row), e.g. after adding a recommendation. */
  focusTableTick: number;
  focusTable(): void;
  /** A committee, meeting or agenda item waiting for the officer to confirm its deletion. */
  pendingDelete: DeleteTarget | null;
  askToDelete(target: DeleteTarget): void;
  /** A file dropped on the window, waiting for the dialog that reads it. */
  droppedFile: File | null;
  takeDroppedFile(): File | null;
  /** Opens the dialog that reads the file: `dialog` when the caller knows it (a returned form), else by its name. */
  dropFile(file: File, dialog?: DialogName): void;
  select(selection: Selection): void;
  setView(view: View): void;
  setFilter(patch: Partial<RecommendationFilter>): void;
  clearFilters(): void;
  setSort(sort: SortOrder): void;
  toggleFilters(): void;
  openDialog(dialog: DialogName): void;
  closeDialog(): void;
  notify(message: string, tone?: Toast['tone'], undoable?: boolean): void;
  dismissToast(): void;
  focusSearch(): void;
}

let toastCounter = 0;

export const useUi = create<UiState>()((set, get) => ({
  view: 'tracker',
  selection: null,
  filter: {},
  sort: 'meeting',
  // Folded away at first: the table is the room's main thing; active filters show as chips.
  showFilters: false,
  dialog: null,
  toast: null,
  focusSearchTick: 0,
  focusTableTick: 0,
  focusTable: () => set((s) => ({ focusTableTick: s.focusTableTick + 1 })),
  droppedFile: null,
  pendingDelete: null,
  askToDelete: (target) => set({ pendingDelete: target, dialog: 'confirm-delete' }),
  takeDroppedFile: () => {
    const file = get().droppedFile;
    set({ droppedFile: null });
    return file;
  },
  // Tracker files (.json) and spreadsheets go to the tracker import; anything else is taken for minutes.
  dropFile: (file, dialog) => set({ droppedFile: file, dialog: dialog ?? (/\.(?:json|csv|tsv|xlsx|xlsm)$/i.test(file.name) ? 'import' : 'import-minutes') }),
  select: (selection) => set({ selection }),
  setView: (view) => set({ view }),
  setFilter: (patch) => set((s) => ({ filter: withoutEmpty({ ...s.filter, ...patch }) })),
  // Clearing keeps the committee: it is where the officer is, not a filter they typed.
  clearFilters: () => set((s) => ({ filter: withoutEmpty({ committeeId: s.filter.committeeId }) })),
  setSort: (sort) => set({ sort }),
  toggleFilters: () => set((s) => ({ showFilters: !s.showFilters })),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null, pendingDelete: null }),
  notify: (message, tone = 'info', undoable = false) => set({ toast: { id: ++toastCounter, message, tone, undoable } }),
  dismissToast: () => set({ toast: null }),
  focusSearch: () => set((s) => ({ focusSearchTick: s.focusSearchTick + 1 })),
}));

/** Drops filter fields that are unset, so "no filter" has one shape. */
function withoutEmpty(filter: RecommendationFilter): RecommendationFilter {
  const out: RecommendationFilter = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
