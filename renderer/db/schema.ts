// The tracker's IndexedDB schema, one numbered version at a time. Never edit a published version:
// add the next one (with its upgrade function) and a test that upgrades a database from each earlier one.
import type { Transaction } from 'dexie';
import type { AgendaItem, ChaseRecord, Committee, ExportFilter, FormRequestRecord, Meeting, ProgressUpdate, Recommendation } from '../../shared/index';
import { awaitingOutcomeOf, meetingPart } from './derive';

/** The database name is part of the user's data: never change it. */
export const DB_NAME = 'scrutiny-tracker';

/**
 * A recommendation as stored: the domain record plus fields derived from its parents so the
 * table can filter and sort with indexes alone. The database module keeps them in step.
 */
export interface RecommendationRow extends Recommendation {
  committeeId: string;
  meetingId: string;
  /** `date|meeting|item position|position`: meeting order, then the appendix's own order (see derive.ts's sortKeyOf). */
  sortKey: string;
  /**
   * Search words (see shared/search/tokens.ts), separated by single spaces, read by the prepared
   * search index; not an IndexedDB index since version 4, one string rather than a list since
   * version 6 (a list of sixty strings costs IndexedDB far more to store than one string).
   */
  words: string;
  /**
   * 1 while the recommendation has no outcome or "No response received"; absent otherwise. Since
   * version 6 the chasing board reads open recommendations through this field's index, and
   * IndexedDB leaves records without the field out of the index, so answered ones cost nothing.
   */
  awaitingOutcome?: 1;
}

export interface AgendaItemRow extends AgendaItem {
  committeeId: string;
}

/** Deleted records, kept whole so a delete can be undone in one step. */
export interface BinEntry {
  id: string;
  deletedAt: string;
  /** What the officer deleted, in words ("Recommendation 2 of Early Help"). */
  summary: string;
  committees: Committee[];
  meetings: Meeting[];
  items: AgendaItemRow[];
  recommendations: RecommendationRow[];
  progressUpdates: ProgressUpdate[];
  /** The deleted recommendations' form requests; absent in entries written before version 7. */
  forms?: FormRequestRecord[];
  /** The deleted recommendations' chase logs; absent in entries written before version 3. */
  chases?: ChaseRecord[];
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The Word documents the app exports (see shared/docx). */
export const EXPORT_DOCUMENTS = ['appendix', 'schedule', 'responses'] as const;
export type ExportDocument = (typeof EXPORT_DOCUMENTS)[number];

/** One Word export, kept so the officer can say which version went to which agenda. */
export interface ExportRecord {
  id: string;
  document: ExportDocument;
  /** The committee exported; '' when the export covered every committee. */
  committeeId: string;
  /** ISO date-time (UTC) of the save. */
  exportedAt: string;
  /** The "Version number N" printed in the footer. */
  version: number;
  recommendations: number;
  meetings: number;
  /** The meeting dates chosen, '' where open-ended. */
  from: string;
  to: string;
  which: ExportFilter;
  /** The name the file was offered under (the officer may have changed it in the Save dialog). */
  fileName: string;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  /** Rewrites what is stored for this version, inside Dexie's upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** A version 5 recommendation as stored: words as a list, no awaitingOutcome. */
type StoredBefore6 = Omit<RecommendationRow, 'words'> & { words?: string | string[] };

/** What version 6 changes in one stored recommendation (also those kept whole in the bin), by derive.ts's own rules. */
export function upgradeRowTo6(row: StoredBefore6): void {
  if (Array.isArray(row.words)) row.words = row.words.join(' ');
  // The meeting part of the sort key shrinks to 8 characters (see derive.ts's sortKeyOf).
  const parts = typeof row.sortKey === 'string' ? row.sortKey.split('|') : [];
  if (parts.length === 4) row.sortKey = [parts[0], meetingPart(parts[1]!), parts[2], parts[3]].join('|');
  if (awaitingOutcomeOf(row)) row.awaitingOutcome = 1;
  else delete row.awaitingOutcome;
}

/** Every version ever published, oldest first. Tests open a database at each and upgrade it. */
export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      committees: 'id, name',
      meetings: 'id, committeeId, date',
      items: 'id, meetingId, committeeId',
      recommendations:
        'id, itemId, meetingId, committeeId, sortKey, [committeeId+sortKey], responseOutcome, status, addressee, targetDate, updatedAt, *words',
      progressUpdates: 'id, recommendationId, date',
      bin: 'id, deletedAt',
      settings: 'key',
    },
  },
  {
    // Version 2 adds the log of Word exports; nothing already stored changes, so there is no upgrade function.
    version: 2,
    stores: {
      committees: 'id, name',
      meetings: 'id, committeeId, date',
      items: 'id, meetingId, committeeId',
      recommendations:
        'id, itemId, meetingId, committeeId, sortKey, [committeeId+sortKey], responseOutcome, status, addressee, targetDate, updatedAt, *words',
      progressUpdates: 'id, recommendationId, date',
      bin: 'id, deletedAt',
      settings: 'key',
      exports: 'id, document, exportedAt',
    },
  },
  {
    // Version 3 adds the log of chases (one record per recommendation chased); nothing already
    // stored changes, so there is no upgrade function.
    version: 3,
    stores: {
      committees: 'id, name',
      meetings: 'id, committeeId, date',
      items: 'id, meetingId, committeeId',
      recommendations:
        'id, itemId, meetingId, committeeId, sortKey, [committeeId+sortKey], responseOutcome, status, addressee, targetDate, updatedAt, *words',
      progressUpdates: 'id, recommendationId, date',
      bin: 'id, deletedAt',
      settings: 'key',
      exports: 'id, document, exportedAt',
      chases: 'id, recommendationId, date',
    },
  },
  {
    // Version 4 drops the recommendation indexes the table no longer reads: it filters, sorts and
    // searches a prepared index in memory (renderer/search/searchIndex.ts), and every index entry
    // is paid for on each write (the multi-entry word index alone wrote dozens per recommendation:
    // most of an import's time at 50,000). Gone: *words, status, addressee, targetDate, updatedAt
    // and committeeId (Dexie answers where('committeeId') from [committeeId+sortKey], a compound
    // index that starts with it). Dexie drops them on upgrade and no record changes, so there is
    // no upgrade function. The `words` field stays on each record: the prepared index reads it
    // rather than splitting every text again.
    version: 4,
    stores: {
      committees: 'id, name',
      meetings: 'id, committeeId, date',
      items: 'id, meetingId, committeeId',
      recommendations: 'id, itemId, meetingId, sortKey, [committeeId+sortKey], responseOutcome',
      progressUpdates: 'id, recommendationId, date',
      bin: 'id, deletedAt',
      settings: 'key',
      exports: 'id, document, exportedAt',
      chases: 'id, recommendationId, date',
    },
  },
  {
    // Version 5 keeps every change to a recommendation (field, old and new value, when, why) in a
    // history table of its own; nothing already stored changes.
    version: 5,
    stores: {
      committees: 'id, name',
      meetings: 'id, committeeId, date',
      items: 'id, meetingId, committeeId',
      recommendations: 'id, itemId, meetingId, sortKey, [committeeId+sortKey], responseOutcome',
      progressUpdates: 'id, recommendationId, date',
      bin: 'id, deletedAt',
      settings: 'key',
      exports: 'id, document, exportedAt',
      chases: 'id, recommendationId, date',
      history: 'id, recommendationId, at',
    },
  },
  {
    // Version 6 makes a bulk import of 50,000 about a quarter faster (bench/RESULTS.md): every index
    // entry and every list element is paid for on each write. Dropped: the sortKey index (the first
    // screen of all committees merges each committee's [committeeId+sortKey] range instead), the
    // meetingId index (a meeting's recommendations are read through its items' itemId), and the
    // responseOutcome index, replaced by the sparse awaitingOutcome index the board reads. Search
    // words become one string and sort keys carry 8 characters of the meeting's id, not 36. Every
    // recommendation, and every one kept in the bin, is rewritten.
    version: 6,
    stores: {
      committees: 'id, name',
      meetings: 'id, committeeId, date',
      items: 'id, meetingId, committeeId',
      recommendations: 'id, itemId, [committeeId+sortKey], awaitingOutcome',
      progressUpdates: 'id, recommendationId, date',
      bin: 'id, deletedAt',
      settings: 'key',
      exports: 'id, document, exportedAt',
      chases: 'id, recommendationId, date',
      history: 'id, recommendationId, at',
    },
    upgrade: async (tx) => {
      await tx.table('recommendations').toCollection().modify((row: StoredBefore6) => upgradeRowTo6(row));
      await tx.table('bin').toCollection().modify((entry: { recommendations?: StoredBefore6[] }) => entry.recommendations?.forEach(upgradeRowTo6));
    },
  },
  {
    // Version 7 adds the log of response and update forms sent (one record per recommendation per
    // form, read by recommendation, by the form's reference and by whether it is still awaited).
    // Recommendations gain optional fields (implementedOn/By, signedOffOn/Note) that need no index,
    // so nothing already stored changes and there is no upgrade function.
    version: 7,
    stores: {
      committees: 'id, name',
      meetings: 'id, committeeId, date',
      items: 'id, meetingId, committeeId',
      recommendations: 'id, itemId, [committeeId+sortKey], awaitingOutcome',
      progressUpdates: 'id, recommendationId, date',
      bin: 'id, deletedAt',
      settings: 'key',
      exports: 'id, document, exportedAt',
      chases: 'id, recommendationId, date',
      history: 'id, recommendationId, at',
      forms: 'id, recommendationId, formReference, status',
    },
  },
];
