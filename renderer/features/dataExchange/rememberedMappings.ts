// The column mappings the officer confirmed, remembered in the settings table against the tables'
// headings, so that next month's import of the same tracker goes straight to its preview.
import { COLUMN_FIELDS, type ColumnField, type ColumnMapping, type DateOrder, type TableLayout } from '../../../shared/index';
import { getSettings, setSettings, type TrackerDb } from '../../db/index';

export const MAPPING_SETTING_PREFIX = 'import.columns.';

/** What is remembered for one layout of headings. */
export interface RememberedMapping {
  mapping: ColumnMapping;
  dateFormat: DateOrder;
  committeeName: string;
  tableNameIsCommittee: boolean;
  /** When it was confirmed (ISO date-time), to say so. */
  confirmedAt: string;
}

const FIELDS = new Set<string>(COLUMN_FIELDS);

function isRemembered(value: unknown, width: number): value is RememberedMapping {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<RememberedMapping>;
  return (
    Array.isArray(v.mapping) &&
    v.mapping.length === width &&
    v.mapping.every((f) => typeof f === 'string' && FIELDS.has(f)) &&
    (v.dateFormat === 'dmy' || v.dateFormat === 'mdy') &&
    typeof v.committeeName === 'string' &&
    typeof v.tableNameIsCommittee === 'boolean' &&
    typeof v.confirmedAt === 'string'
  );
}

const keyOf = (layout: TableLayout) => `${MAPPING_SETTING_PREFIX}${layout.key}`;

/** The remembered mapping of each layout that has one (a stored value of the wrong shape is passed over). */
export async function recallMappings(db: TrackerDb, layouts: ReadonlyArray<TableLayout>): Promise<Map<string, RememberedMapping>> {
  const stored = await getSettings(db, layouts.map(keyOf));
  const found = new Map<string, RememberedMapping>();
  for (const layout of layouts) {
    const value = stored[keyOf(layout)];
    if (isRemembered(value, layout.headers.length)) found.set(layout.key, { ...value, mapping: value.mapping as ColumnField[] });
  }
  return found;
}

/** Remembers each layout's confirmed mapping and choices, in one write. */
export async function rememberMappings(
  db: TrackerDb,
  layouts: ReadonlyArray<TableLayout>,
  choices: { mappings: Record<string, ColumnMapping>; dateFormat: DateOrder; committeeName: string; tableNameIsCommittee: boolean },
  now = new Date(),
): Promise<void> {
  const entries: Record<string, RememberedMapping> = {};
  for (const layout of layouts) {
    const mapping = choices.mappings[layout.key];
    if (!mapping) continue;
    entries[keyOf(layout)] = {
      mapping: [...mapping],
      dateFormat: choices.dateFormat,
      committeeName: choices.committeeName.trim(),
      tableNameIsCommittee: choices.tableNameIsCommittee,
      confirmedAt: now.toISOString(),
    };
  }
  await setSettings(db, entries);
}
