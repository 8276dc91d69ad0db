// The table's columns the officer may choose (the label and text always show), remembered in the
// settings table so the table looks the same tomorrow.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSetting, setSetting } from '../../db/index';

export const COLUMN_IDS = ['addressee', 'outcome', 'responseText', 'status', 'target', 'leadOfficer', 'origin', 'priority'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export const COLUMNS: Record<ColumnId, { label: string; width: string }> = {
  addressee: { label: 'Addressed to', width: '7.5rem' },
  outcome: { label: 'Response', width: '8.5rem' },
  // The executive's own words: as wide as the recommendation, since that is what the officer reads.
  responseText: { label: 'Executive’s response', width: 'minmax(0, 0.9fr)' },
  status: { label: 'Status', width: '7rem' },
  target: { label: 'Target', width: '6.5rem' },
  leadOfficer: { label: 'Lead officer', width: '8rem' },
  // Kept only where a council's tracker gave them, so off until the officer chooses them. The origin
  // shares the room with the words (a task and finish group's name is long) rather than taking it.
  origin: { label: 'Origin', width: 'minmax(0, 0.6fr)' },
  priority: { label: 'Priority', width: '4.5rem' },
};

export const DEFAULT_COLUMNS: ColumnId[] = ['addressee', 'outcome', 'responseText', 'status', 'target'];
export const COLUMNS_SETTING = 'tracker.columns';

export function isColumnList(value: unknown): value is ColumnId[] {
  return Array.isArray(value) && value.every((v) => (COLUMN_IDS as readonly unknown[]).includes(v));
}

/** The grid template for the chosen columns: label, text, then each chosen column in the table's order. */
export function gridTemplate(columns: readonly ColumnId[]): string {
  return ['2.5rem', 'minmax(0, 1.3fr)', ...COLUMN_IDS.filter((c) => columns.includes(c)).map((c) => COLUMNS[c].width)].join(' ');
}

/** The chosen columns (the defaults until the officer changes them). */
export function useColumns(): ColumnId[] {
  return useLiveQuery(() => getSetting(getDb(), COLUMNS_SETTING, DEFAULT_COLUMNS, isColumnList), []) ?? DEFAULT_COLUMNS;
}

/**
 * Shows or hides one column. The stored choice is read in the same transaction, not taken from the
 * screen, so two boxes ticked in quick succession both count.
 */
export async function setColumnShown(column: ColumnId, shown: boolean, db = getDb()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await getSetting(db, COLUMNS_SETTING, DEFAULT_COLUMNS, isColumnList);
    await setSetting(db, COLUMNS_SETTING, COLUMN_IDS.filter((c) => (c === column ? shown : current.includes(c))));
  });
}
