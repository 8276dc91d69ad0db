// The one Dexie database of the tracker: tables, versions and opening. Everything else in the app
// reaches IndexedDB through the functions of renderer/db/, never through Dexie directly.
import Dexie, { type EntityTable } from 'dexie';
import type { ChaseRecord, Committee, FormRequestRecord, HistoryEntry, Meeting, ProgressUpdate } from '../../shared/index';
import { DB_NAME, SCHEMA_VERSIONS, type AgendaItemRow, type BinEntry, type ExportRecord, type RecommendationRow, type SettingRow } from './schema';
import { readOpeningScreen } from './openingScreen';
import { recommendationWrites } from './writeFeed';

export class TrackerDb extends Dexie {
  committees!: EntityTable<Committee, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  items!: EntityTable<AgendaItemRow, 'id'>;
  recommendations!: EntityTable<RecommendationRow, 'id'>;
  progressUpdates!: EntityTable<ProgressUpdate, 'id'>;
  bin!: EntityTable<BinEntry, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  exports!: EntityTable<ExportRecord, 'id'>;
  chases!: EntityTable<ChaseRecord, 'id'>;
  history!: EntityTable<HistoryEntry, 'id'>;
  forms!: EntityTable<FormRequestRecord, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    // Hands each committed write's rows to the prepared search index (see writeFeed.ts).
    this.use(recommendationWrites(name));
  }
}

let current: TrackerDb | null = null;

/** The app's database, opened on first use (which also starts reading the table's opening screen). */
export function getDb(): TrackerDb {
  if (!current) {
    current = new TrackerDb();
    readOpeningScreen(current);
  }
  return current;
}
