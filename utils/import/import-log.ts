import type { IDBPDatabase } from 'idb';
import { toStorageError } from '../db/errors';
import { commitChange, type LogTx } from '../db/log-events';
import { openConstatDB } from '../db/open';
import type { ConstatDB } from '../db/schema';
import { LogExportError } from '../export/log-export';
import { canonicalJson } from '../log/canonical-json';
import { type EventDraft, recordSha256 } from '../log/event';
import type { Report } from '../model';
import { readBundle } from './bundle-to-import';
import { checkFileHistory } from './check-history';
import { EvidenceIdTaken, finishStaging } from './finish-staging';
import { checkUniqueReports, type ImportedFile, type ImportedReport } from './imported-file';
import { MAX_IMPORT_FILE_BYTES } from './limits';
import { readJsonExport } from './read-json-export';
import { type StagedEvidence, type Staging, withStaging } from './staging';

// Import of a JSON export or a ZIP bundle (any earlier format), all or nothing, in two steps:
// 1. the file is read once, as it streams (a ZIP inflated entry by entry, a JSON export a report at
//    a time): size-limited, parsed with zod, every evidence hash and the history checked, each file
//    put in the import's staging area (staging.ts) in a transaction of its own, so memory holds the
//    reports but never the bundle;
// 2. the files of reports new to the log are moved into `evidence` a file at a time (listed by no
//    stored report, they are part of nothing yet), then one transaction adds the reports, the files
//    still staged, an "imported" event per report, and empties the staging area.
// The log's reports and events are unchanged until that transaction commits: a bad file found late,
// a full disk or a page closed mid-way leaves them as they were, and the files staged or moved ahead
// are removed (by the failed import, or at the next opening of the database). The error names what
// is wrong and where.

export interface ImportSummary {
  /** Reports new to this log. */
  added: number;
  /** Reports already here (same id): kept, or replaced by the file's if it is more recent. */
  merged: number;
  /** Records the file itself lists as unreadable: named there, never imported. */
  refused: number;
}

/** Whether the file starts as a ZIP does ("PK"), read from its first two bytes only. */
async function isZip(file: Blob): Promise<boolean> {
  const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return magic[0] === 0x50 && magic[1] === 0x4b;
}

/** The file's content, checked a report at a time, its files staged. */
export async function readImportFile(file: Blob, fileName: string, staging: Staging): Promise<ImportedFile> {
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    throw new LogExportError('logFileTooLarge', { file: fileName, size: file.size });
  }
  const read = (await isZip(file))
    ? await readBundle(file.stream(), fileName, staging)
    : await readJsonExport(file, fileName, staging);
  checkUniqueReports(read.reports, fileName);
  await checkFileHistory(read, fileName);
  return read;
}

async function importedDraft(
  entry: ImportedReport,
  file: ImportedFile,
  at: string,
  replaced: unknown,
): Promise<EventDraft> {
  const history = file.events.filter((e) => e.reportId === entry.report.id);
  return {
    type: 'imported',
    at,
    reportId: entry.report.id,
    reportSha256: await recordSha256(entry.report),
    data: {
      schemaVersion: entry.report.schemaVersion,
      fromExport: {
        exportedAt: file.exportedAt,
        extensionVersion: file.extensionVersion,
        chainHead: file.chainHead,
      },
      replacedReportSha256: replaced === undefined ? null : await recordSha256(replaced),
      history: JSON.parse(JSON.stringify(history)),
    },
  };
}

/** Checks `file` and adds its reports to the log, all of them or none. */
export async function importLogFile(
  file: Blob,
  fileName: string,
  now = () => new Date(),
): Promise<ImportSummary> {
  const db = await openConstatDB();
  return withStaging(db, async (staging) => {
    const parsed = await readImportFile(file, fileName, staging);
    await staging.flush();
    await moveStagedAhead(db, parsed, staging);
    return addToLog(parsed, staging, fileName, now);
  });
}

/**
 * The files still staged of reports new to the log (a bundle whose entries came in an order that
 * kept them staged) moved ahead, so that the final transaction does not carry them all.
 */
async function moveStagedAhead(db: IDBPDatabase<ConstatDB>, parsed: ImportedFile, staging: Staging) {
  for (const entry of parsed.reports) {
    if (!entry.records.some((record) => staging.holds(record.staged))) continue;
    if ((await db.getKey('reports', entry.report.id)) === undefined) await staging.moveAhead(entry.records);
  }
}

/** Step 2: the reports, their staged files and their events, in one transaction. */
async function addToLog(
  parsed: ImportedFile,
  staging: Staging,
  fileName: string,
  now: () => Date,
): Promise<ImportSummary> {
  try {
    const db = await openConstatDB();
    return await commitChange(db, async () => {
      const summary: ImportSummary = { added: 0, merged: 0, refused: parsed.unreadable.length };
      const at = now().toISOString();
      const drafts: EventDraft[] = [];
      const writes: { report: Report; records: StagedEvidence[] }[] = [];
      const seen: [string, string][] = [];
      for (const entry of parsed.reports) {
        const existing = await db.get('reports', entry.report.id);
        seen.push([entry.report.id, canonicalJson(existing ?? null)]);
        if (existing === undefined) summary.added++;
        else summary.merged++;
        const newer = existing === undefined || entry.report.updatedAt > existing.updatedAt;
        if (!newer || (existing !== undefined && canonicalJson(existing) === canonicalJson(entry.report)))
          continue;
        drafts.push(await importedDraft(entry, parsed, at, existing));
        writes.push(entry);
      }
      return {
        drafts,
        unchanged: async (tx: LogTx) => {
          for (const [id, expected] of seen) {
            if (canonicalJson((await tx.objectStore('reports').get(id)) ?? null) !== expected) return false;
          }
          return true;
        },
        write: (tx: LogTx) => [
          ...writes.map(({ report }) => tx.objectStore('reports').put(report)),
          // The files of reports not written (already here, not newer) are dropped with the staging.
          finishStaging(
            tx,
            staging,
            writes.flatMap(({ records }) => records),
            new Set(writes.map(({ report }) => report.id)),
          ),
        ],
        result: summary,
      };
    });
  } catch (error) {
    if (error instanceof EvidenceIdTaken) {
      const { evidenceId, reportId, holder } = error;
      throw new LogExportError(
        'logFileEvidenceIdTaken',
        { evidence: evidenceId, report: reportId, holder },
        fileName,
      );
    }
    throw toStorageError(error, 'storageActionImportFile');
  }
}
