// Full backups at the database: the whole database read into one Tracker, and replaced by one, each in a single transaction.
import Dexie from 'dexie';
import {
  BACKUP_TABLES,
  serializeBackup,
  type AgendaItem,
  type BinRecord,
  type ChaseRecord,
  type FormRequestRecord,
  type HistoryEntry,
  type Meeting,
  type Recommendation,
  type Tracker,
} from '../../shared/index';
import type { TrackerDb } from './database';
import { fromRow, sortKeyOf, storedExtras, toRow } from './derive';
import { TrackerError } from './errors';
import { DB_NAME, EXPORT_DOCUMENTS, SCHEMA_VERSIONS, type AgendaItemRow, type BinEntry, type ExportRecord, type RecommendationRow, type SettingRow } from './schema';

/** Settings about this computer's own backups: a restore keeps the ones already here rather than the file's. */
export const MACHINE_SETTING_PREFIX = 'backup.';

const hasTable = (db: Dexie, name: string) => db.tables.some((t) => t.name === name);

function fromItemRow(row: AgendaItemRow): AgendaItem {
  const { committeeId: _c, ...item } = row;
  return item;
}

/** A bin entry as a backup keeps it: rows without the fields that are worked out again on restore. */
function fromBinEntry(entry: BinEntry): BinRecord {
  const record: BinRecord = {
    id: entry.id,
    deletedAt: entry.deletedAt,
    summary: entry.summary,
    committees: entry.committees,
    meetings: entry.meetings,
    items: entry.items,
    recommendations: entry.recommendations.map((row) => ({ ...fromRow(row), committeeId: row.committeeId, meetingId: row.meetingId })),
    progressUpdates: entry.progressUpdates,
  };
  if (entry.chases) record.chases = entry.chases;
  if (entry.forms) record.forms = entry.forms;
  return record;
}

/**
 * Everything in the database as one Tracker, read in one transaction so an edit made meanwhile
 * cannot leave half of it. Works on the app's TrackerDb and on a database opened at an older
 * version (before an upgrade): tables it does not have are left out.
 */
export async function dumpDatabase(db: Dexie): Promise<Tracker> {
  const present = BACKUP_TABLES.filter((name) => hasTable(db, name));
  return db.transaction('r', present.map((name) => db.table(name)), async () => {
    const read = <T,>(name: string): Promise<T[] | undefined> => (hasTable(db, name) ? db.table(name).toArray() : Promise.resolve(undefined));
    const [committees, meetings, items, recommendations, progressUpdates, chases, forms, history, settings, exports, bin] = await Promise.all([
      read<Tracker['committees'][number]>('committees'),
      read<Meeting>('meetings'),
      read<AgendaItemRow>('items'),
      read<RecommendationRow>('recommendations'),
      read<Tracker['progressUpdates'][number]>('progressUpdates'),
      read<ChaseRecord>('chases'),
      read<FormRequestRecord>('forms'),
      read<HistoryEntry>('history'),
      read<SettingRow>('settings'),
      read<ExportRecord>('exports'),
      read<BinEntry>('bin'),
    ]);
    const tracker: Tracker = {
      committees: committees ?? [],
      meetings: meetings ?? [],
      items: (items ?? []).map(fromItemRow),
      recommendations: (recommendations ?? []).map(fromRow),
      progressUpdates: progressUpdates ?? [],
    };
    if (chases) tracker.chases = chases;
    if (forms) tracker.forms = forms;
    if (history) tracker.history = history;
    if (settings) tracker.settings = settings.map((s) => ({ key: s.key, value: s.value }));
    if (exports) tracker.exports = exports;
    if (bin) tracker.bin = bin.map(fromBinEntry);
    return tracker;
  });
}

/** The whole database as backup text, with the schema version it was read at. */
export async function backupText(db: Dexie): Promise<string> {
  return serializeBackup(await dumpDatabase(db), { schemaVersion: db.verno });
}

interface Rows {
  items: AgendaItemRow[];
  recommendations: RecommendationRow[];
  bin: BinEntry[];
  exports: ExportRecord[];
}

/** Works out every stored row before the transaction, so a tracker that does not hang together is refused with nothing touched. */
function buildRows(tracker: Tracker): Rows {
  const meetings = new Map(tracker.meetings.map((m) => [m.id, m]));
  const items = tracker.items.map((item): AgendaItemRow => {
    const meeting = meetings.get(item.meetingId);
    if (!meeting) throw new TrackerError(`The agenda item "${item.title}" belongs to no meeting in the backup, so nothing was restored.`);
    return { ...item, committeeId: meeting.committeeId };
  });
  const itemRows = new Map(items.map((i) => [i.id, i]));
  const recommendations = tracker.recommendations.map((r) => {
    const item = itemRows.get(r.itemId);
    if (!item) throw new TrackerError(`Recommendation ${r.label || r.id} belongs to no agenda item in the backup, so nothing was restored.`);
    return toRow(r, item, meetings.get(item.meetingId)!);
  });

  // A binned recommendation may sit under a meeting that is live, in its own entry or in another
  // entry; its sort key is worked out from wherever that meeting and item are now.
  const allMeetings = new Map<string, Pick<Meeting, 'id' | 'date'>>([...meetings]);
  const allItems = new Map<string, Pick<AgendaItem, 'position'>>([...itemRows]);
  for (const entry of tracker.bin ?? []) {
    for (const m of entry.meetings) if (!allMeetings.has(m.id)) allMeetings.set(m.id, m);
    for (const i of entry.items) if (!allItems.has(i.id)) allItems.set(i.id, i);
  }
  const binRow = (r: Recommendation & { committeeId: string; meetingId: string }): RecommendationRow => {
    const meeting = allMeetings.get(r.meetingId) ?? { id: r.meetingId, date: '' };
    return { ...r, sortKey: sortKeyOf(meeting, allItems.get(r.itemId)?.position ?? 0, r.position), ...storedExtras(r) };
  };
  const bin = (tracker.bin ?? []).map((entry): BinEntry => ({ ...entry, recommendations: entry.recommendations.map(binRow) }));

  const exports = (tracker.exports ?? []).map((e): ExportRecord => {
    if (!(EXPORT_DOCUMENTS as readonly string[]).includes(e.document)) {
      throw new TrackerError(`The backup records an export of a document this version of Scrutiny Tracker does not make ("${e.document}"). Update the app to restore it.`);
    }
    return e as ExportRecord;
  });
  return { items, recommendations, bin, exports };
}

/**
 * Replaces everything in the database with `tracker`, in one transaction: every table is cleared
 * and written again, stored fields worked out afresh. On any error (a full disk included) the
 * transaction is rolled back and the database is exactly as it was.
 *
 * Settings are replaced only when the tracker has them (a backup always does), and the settings
 * about this computer's automatic backups stay as they are.
 */
export async function replaceDatabase(db: TrackerDb, tracker: Tracker): Promise<void> {
  const withChases = hasTable(db, 'chases');
  if (!withChases && (tracker.chases?.length ?? 0) > 0) {
    throw new TrackerError('The backup holds chases, which this version of Scrutiny Tracker cannot keep. Update the app to restore it; nothing was restored.');
  }
  const rows = buildRows(tracker);
  // A backup from before history was kept restores with an empty history.
  const tables = [db.committees, db.meetings, db.items, db.recommendations, db.progressUpdates, db.history, db.settings, db.exports, db.bin];
  const chases = withChases ? db.table<ChaseRecord, string>('chases') : null;
  const withForms = hasTable(db, 'forms');
  if (!withForms && (tracker.forms?.length ?? 0) > 0) {
    throw new TrackerError('The backup holds form requests, which this version of Scrutiny Tracker cannot keep. Update the app to restore it; nothing was restored.');
  }
  const forms = withForms ? db.table<FormRequestRecord, string>('forms') : null;
  const extra = [...(chases ? [chases] : []), ...(forms ? [forms] : [])];
  await db.transaction('rw', [...tables, ...extra], async () => {
    const machine = await db.settings.where('key').startsWith(MACHINE_SETTING_PREFIX).toArray();
    await Promise.all([...tables, ...extra].filter((t) => t !== db.settings || tracker.settings).map((t) => t.clear()));
    await db.committees.bulkAdd(tracker.committees);
    await db.meetings.bulkAdd(tracker.meetings);
    await db.items.bulkAdd(rows.items);
    await db.recommendations.bulkAdd(rows.recommendations);
    await db.progressUpdates.bulkAdd(tracker.progressUpdates);
    await db.history.bulkAdd(tracker.history ?? []);
    if (chases) await chases.bulkAdd(tracker.chases ?? []);
    if (forms) await forms.bulkAdd(tracker.forms ?? []);
    await db.exports.bulkAdd(rows.exports);
    await db.bin.bulkAdd(rows.bin);
    if (tracker.settings) {
      const fromFile = tracker.settings.filter((s) => !s.key.startsWith(MACHINE_SETTING_PREFIX));
      await db.settings.bulkAdd([...fromFile, ...machine]);
    }
  });
}

/** The newest schema version this app opens the database at. */
export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

/** The schema version the stored database is at, or null when there is none yet; opens it without changing it. */
export async function storedSchemaVersion(name: string = DB_NAME): Promise<number | null> {
  if (!(await Dexie.exists(name))) return null;
  // Opened without a schema, Dexie takes the database at the version it has and changes nothing.
  const old = new Dexie(name);
  try {
    await old.open();
    return old.verno;
  } finally {
    old.close();
  }
}

/**
 * Before the app opens (and so upgrades) an older database, reads it as it is and hands a backup
 * of it to `write`. Resolves what it found: no database yet, one already current, or a backup written.
 * If `write` fails the error is passed on, so the caller decides whether to open the database anyway.
 */
export async function backupBeforeUpgrade(write: (text: string) => Promise<unknown>, name: string = DB_NAME): Promise<'none' | 'current' | 'written'> {
  if (!(await Dexie.exists(name))) return 'none';
  // Opened without a schema, Dexie takes the database at the version it has and changes nothing.
  const old = new Dexie(name);
  try {
    await old.open();
    if (old.verno >= LATEST_SCHEMA_VERSION) return 'current';
    await write(await backupText(old));
    return 'written';
  } finally {
    old.close();
  }
}
