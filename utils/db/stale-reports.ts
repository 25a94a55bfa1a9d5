import type { IDBPDatabase } from 'idb';
import { canonicalJson } from '../log/canonical-json';
import { type EventDraft, recordSha256 } from '../log/event';
import { type Report, reportSchema, SCHEMA_VERSION } from '../model';
import { commitChange } from './log-events';
import { migrateReportRecord } from './record-migrations';
import type { ConstatDB } from './schema';

type DB = IDBPDatabase<ConstatDB>;

/** Stale reports migrated per transaction: bounded memory, and short transactions, at any log size. */
const BATCH = 200;

/**
 * The "migrated" event of a stored record rewritten at the current schema: from and to which
 * version, the hash of the record it replaces and (as the report's state) of the new one, so that
 * "Verify the log" tells Constat's own upgrades from a record changed behind its back.
 */
export async function migratedDraft(stored: unknown, migrated: Report, at: string): Promise<EventDraft> {
  const from = Number((stored as { schemaVersion?: unknown }).schemaVersion);
  return {
    type: 'migrated',
    at,
    reportId: migrated.id,
    reportSha256: await recordSha256(migrated),
    data: {
      from,
      to: migrated.schemaVersion,
      schemaVersion: migrated.schemaVersion,
      replacedReportSha256: await recordSha256(stored),
    },
  };
}

/** The report at the current schema, or null when it cannot be migrated (it is then left as it is). */
function migrated(value: unknown): Report | null {
  try {
    const parsed = reportSchema.safeParse(migrateReportRecord(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Migrates the reports `ids` names that are still stale, each with its event, in one transaction. */
async function migrateBatch(db: DB, ids: readonly string[], now: () => Date): Promise<number> {
  return commitChange(db, async () => {
    const tx = db.transaction('reports');
    const found: { stored: unknown; next: Report }[] = [];
    for (const id of ids) {
      const stored: unknown = await tx.store.get(id);
      const next = stored === undefined ? null : migrated(stored);
      if (next && next.schemaVersion !== (stored as { schemaVersion?: unknown }).schemaVersion)
        found.push({ stored, next });
    }
    const at = now().toISOString();
    const drafts = await Promise.all(found.map(({ stored, next }) => migratedDraft(stored, next, at)));
    const expected = found.map(({ stored }) => canonicalJson(stored));
    return {
      drafts,
      unchanged: async (writeTx) => {
        for (const [i, { next }] of found.entries()) {
          const current = (await writeTx.objectStore('reports').get(next.id)) ?? null;
          if (canonicalJson(current) !== expected[i]) return false;
        }
        return true;
      },
      write: (writeTx) => found.map(({ next }) => writeTx.objectStore('reports').put(next)),
      result: found.length,
    };
  });
}

const olderSchemas = () => IDBKeyRange.upperBound(SCHEMA_VERSION, true);

/** Whether any report is stored at an older schema version: one key of the index, read at once. */
export async function hasStaleReports(db: DB): Promise<boolean> {
  return (await db.getKeyFromIndex('reports', 'bySchemaVersion', olderSchemas())) !== undefined;
}

/**
 * Rewrites every report stored at an older schema version in the current one, each with a
 * "migrated" event in the same transaction. Runs each time the database is opened, independent of
 * the layout version: the layout (stores, indexes) and the record schema change at their own pace,
 * and an IndexedDB upgrade callback runs only when the layout does (and cannot hash: Web Crypto is
 * asynchronous). The index makes this cost nothing once every record is current. A record that
 * cannot be migrated is left exactly as it was: the log lists it as unreadable, with the reason, and
 * never drops it. Reports written by a newer Constat (a higher version) are left alone too.
 */
export async function migrateStaleReports(db: DB, now = () => new Date()): Promise<number> {
  const ids = (await db.getAllKeysFromIndex('reports', 'bySchemaVersion', olderSchemas())).map(String);
  let count = 0;
  for (let start = 0; start < ids.length; start += BATCH) {
    count += await migrateBatch(db, ids.slice(start, start + BATCH), now);
  }
  return count;
}
