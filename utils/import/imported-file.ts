import { z } from 'zod';
import { migrateReportRecord } from '../db/record-migrations';
import { checkEvidenceBytes, checkFormat } from '../export/check-log-export';
import { LogExportError, logExportSchema } from '../export/log-export';
import { errorText } from '../i18n/error-text';
import { zodIssuesText } from '../i18n/zod-issues';
import {
  type EvidenceRecord,
  evidenceRecordSchema,
  evidenceRefSchema,
  type Report,
  reportSchema,
} from '../model';
import type { StagedEvidence, Staging } from './staging';

// What an import reads, a report at a time: the file's header, its events and unreadable list, and
// each report with its files, checked as soon as they are read; the files' bytes are then written on
// their way into the log (staging.ts), so what stays in memory is the reports, never their files.

/** Everything of an export but its reports: a JSON export's first and last lines, a bundle's manifest. */
export const importHeaderSchema = logExportSchema.omit({ reports: true });
export type ImportHeader = z.infer<typeof importHeaderSchema>;

/** A report of the file and its files as bytes, their sizes and SHA-256 checked. */
export interface CheckedReport {
  report: Report;
  records: EvidenceRecord[];
}

export interface ImportedReport {
  report: Report;
  /** Its files, checked against the report's record of them, their bytes staged. */
  records: StagedEvidence[];
}

export interface ImportedFile extends ImportHeader {
  reports: ImportedReport[];
}

const isoDateTime = z.iso.datetime({ offset: false });

/** One report of a file, its files as bytes (a JSON export's base64 already decoded). */
const entrySchema = z.object({
  report: reportSchema,
  evidence: z.array(evidenceRefSchema.extend({ createdAt: isoDateTime, bytes: z.instanceof(Uint8Array) })),
  missingEvidenceIds: z.array(z.uuid()),
});

function migrated(entry: unknown, where: string): unknown {
  if (typeof entry !== 'object' || entry === null) return entry;
  try {
    return { ...entry, report: migrateReportRecord((entry as { report?: unknown }).report) };
  } catch (error) {
    throw new LogExportError('logFileReportUnreadable', { detail: errorText(error) }, where);
  }
}

/** One report of the file, brought to the current schema, parsed, and its files checked. */
export async function checkedReport(entry: unknown, where: string): Promise<CheckedReport> {
  const parsed = entrySchema.safeParse(migrated(entry, where));
  if (!parsed.success) {
    throw new LogExportError('logFileMalformed', { detail: zodIssuesText(parsed.error) }, where);
  }
  const { report, evidence, missingEvidenceIds } = parsed.data;
  await checkEvidenceBytes(report, evidence, missingEvidenceIds);
  const records = evidence.map(({ bytes, ...ref }) =>
    evidenceRecordSchema.parse({
      ...ref,
      reportId: report.id,
      // The bytes' own buffer when they fill it (as unzipped or decoded), else a copy of them.
      bytes:
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
          ? bytes.buffer
          : bytes.slice().buffer,
    }),
  );
  return { report, records };
}

/**
 * Writes a checked report's files on their way into the log (staging.ts), each named by its
 * report's id and its own (a hostile file may give two reports' files one id); the report keeps
 * their records.
 */
export async function stagedFiles(
  { report, records }: CheckedReport,
  staging: Staging,
): Promise<ImportedReport> {
  const files = records.map((record) => ({ name: `${report.id}/${record.id}`, record }));
  return { report, records: await staging.add(report.id, files) };
}

/** The file's header fields and history, checked; an unknown format or a newer one is named. */
export function checkedHeader(header: unknown, fileName: string): ImportHeader {
  checkFormat(header, fileName);
  const parsed = importHeaderSchema.safeParse(header);
  if (!parsed.success) {
    throw new LogExportError('logFileMalformed', { detail: zodIssuesText(parsed.error) }, fileName);
  }
  return parsed.data;
}

/** The file's reports, each id once. */
export function checkUniqueReports(reports: readonly ImportedReport[], fileName: string): void {
  const seen = new Set<string>();
  for (const { report } of reports) {
    if (seen.has(report.id)) throw new LogExportError('logFileReportTwice', { report: report.id }, fileName);
    seen.add(report.id);
  }
}
