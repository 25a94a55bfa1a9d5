import type { DBSchema } from 'idb';
import type { StagedFile } from '../import/staging';
import type { LogEvent } from '../log/event';
import type { LogIndexRow } from '../log-index/row';
import type { EvidenceRecord, Report } from '../model';
import type { Collection } from '../pileon/collection';
import type { StatCounters } from '../stats/counters';

export const DB_NAME = 'constat';
/** IndexedDB layout version (object stores and indexes), distinct from the record schemaVersion. */
export const DB_VERSION = 10;

export interface ConstatDB extends DBSchema {
  reports: {
    key: string;
    value: Report;
    indexes: { byCreatedAt: string; bySchemaVersion: number };
  };
  evidence: {
    key: string;
    value: EvidenceRecord;
    indexes: { byReport: string };
  };
  /** The log's hash-chained history, keyed by position (`seq`). */
  events: {
    key: number;
    value: LogEvent;
    indexes: { byReport: string };
  };
  /** Pile-on collections (utils/pileon/): each names the log reports of one attack's replies. */
  collections: {
    key: string;
    value: Collection;
  };
  /**
   * One small row per report, derived from it (utils/log-index/): what the log's list filters,
   * sorts and searches through indexes. Compound indexes end with the date, the list's order.
   */
  logIndex: {
    key: string;
    value: LogIndexRow;
    indexes: {
      byDate: string;
      byPlatform: [string, string];
      byCategory: [string, string];
      byStatus: [string, string];
      byAuthor: [string, string];
      byGround: string;
      byWord: string;
      byPending: [string, string];
      byUnreadable: string;
      byWaiting: [string, string, string];
      byOutcome: [string, string, string, string];
      bySent: [string, string, string];
      byRemoval: [string, string, number];
      byRemovalTime: [string, number];
    };
  };
  /** The number of `logIndex` rows under the key 'rows' (log-index/total.ts), kept with every write. */
  logTotals: {
    key: string;
    value: number;
  };
  /**
   * The statistics page's figures, counted (stats/counters.ts): one record under 'all', changed in
   * the same transaction as every index row written or removed; absent while not counted.
   */
  statCounters: {
    key: string;
    value: StatCounters;
  };
  /**
   * Files an import has read and not yet added to the log (utils/import/staging.ts), by import and
   * name; emptied by the import's final transaction, or after a failed or abandoned one.
   */
  importStaging: {
    key: [string, string];
    value: StagedFile;
  };
}
