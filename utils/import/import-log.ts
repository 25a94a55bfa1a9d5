import { toStorageError } from '../db/errors';
import { commitChange, type LogTx } from '../db/log-events';
import { openConstatDB } from '../db/open';
import { base64ToBytes } from '../export/base64';
import { type ExportedReport, type LogExport, LogExportError, parseLogExport } from '../export/log-export';
import { canonicalJson } from '../log/canonical-json';
import { type EventDraft, recordSha256 } from '../log/event';
import { type EvidenceRecord, evidenceRecordSchema } from '../model';
import { bundleToExport } from './bundle-to-export';
import { checkFileHistory } from './check-history';
import { MAX_IMPORT_FILE_BYTES } from './limits';
import { parseImportJson } from './read-json';
import { unzipBundle } from './read-zip';

// Import of a JSON export or a ZIP bundle (any earlier format): read within limits, parsed with zod,
// every evidence hash and the history checked, then written in one transaction with an "imported"
// event per report; a bad file changes nothing and the error names what is wrong and where.

export interface ImportSummary {
  /** Reports new to this log. */
  added: number;
  /** Reports already here (same id): kept, or replaced by the file's if it is more recent. */
  merged: number;
  /** Records the file itself lists as unreadable: named there, never imported. */
  refused: number;
}

/** The file's content as a checked export. */
export async function readImportFile(file: Blob, fileName: string): Promise<LogExport> {
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    throw new LogExportError(`${fileName} is ${file.size} bytes, more than an import accepts.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const json = isZip
    ? bundleToExport(unzipBundle(bytes, fileName), fileName)
    : parseImportJson(new TextDecoder().decode(bytes), fileName);
  const parsed = await parseLogExport(json).catch((error: unknown) => {
    throw error instanceof LogExportError ? new LogExportError(`${fileName}: ${error.message}`) : error;
  });
  await checkFileHistory(parsed, fileName);
  return parsed;
}

function evidenceRecords(entry: ExportedReport): EvidenceRecord[] {
  return entry.evidence.map(({ base64, ...ref }) =>
    evidenceRecordSchema.parse({ ...ref, reportId: entry.report.id, bytes: base64ToBytes(base64).buffer }),
  );
}

async function importedDraft(
  entry: ExportedReport,
  file: LogExport,
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
  const parsed = await readImportFile(file, fileName);
  try {
    const db = await openConstatDB();
    return await commitChange(db, async () => {
      const summary: ImportSummary = { added: 0, merged: 0, refused: parsed.unreadable.length };
      const at = now().toISOString();
      const drafts: EventDraft[] = [];
      const writes: { report: ExportedReport['report']; records: EvidenceRecord[] }[] = [];
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
        writes.push({ report: entry.report, records: evidenceRecords(entry) });
      }
      return {
        drafts,
        unchanged: async (tx: LogTx) => {
          for (const [id, expected] of seen) {
            if (canonicalJson((await tx.objectStore('reports').get(id)) ?? null) !== expected) return false;
          }
          return true;
        },
        write: (tx: LogTx) =>
          writes.flatMap(({ report, records }) => [
            tx.objectStore('reports').put(report),
            ...records.map((record) => tx.objectStore('evidence').put(record)),
          ]),
        result: summary,
      };
    });
  } catch (error) {
    throw toStorageError(error, 'storageActionImportFile');
  }
}
