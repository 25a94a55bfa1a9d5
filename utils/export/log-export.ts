import { browser } from 'wxt/browser';
import { z } from 'zod';
import { migrateReportRecord } from '../db/record-migrations';
import { getEvidence, listReports } from '../db/reports';
import { sha256Hex } from '../evidence/hash';
import { type EvidenceRecord, evidenceRefSchema, type Report, reportSchema } from '../model';
import { base64ToBytes, bytesToBase64 } from './base64';

// The file "Export the whole log" downloads. Self-contained: each report carries its evidence
// inline, with the size and SHA-256 recorded at capture time, so the file can be checked (and later
// imported) without the extension's database. Change the shape only with a new formatVersion.

export const LOG_EXPORT_FORMAT = 'constat-log';
export const LOG_EXPORT_VERSION = 1;

const isoDateTime = z.iso.datetime({ offset: false });

/** One evidence file; `size` and `sha256` are the values recorded at capture, not recomputed. */
export const exportedEvidenceSchema = evidenceRefSchema.extend({
  createdAt: isoDateTime,
  base64: z.base64(),
});
export type ExportedEvidence = z.infer<typeof exportedEvidenceSchema>;

export const exportedReportSchema = z.object({
  report: reportSchema,
  evidence: z.array(exportedEvidenceSchema),
  /** Evidence the report lists but whose bytes were not in storage when the file was made. */
  missingEvidenceIds: z.array(z.uuid()),
});
export type ExportedReport = z.infer<typeof exportedReportSchema>;

export const logExportSchema = z.object({
  format: z.literal(LOG_EXPORT_FORMAT),
  formatVersion: z.literal(LOG_EXPORT_VERSION),
  exportedAt: isoDateTime,
  extensionVersion: z.string(),
  /** Newest first, like the log. */
  reports: z.array(exportedReportSchema),
  /** Stored records that failed validation: named so that an export never drops them silently. */
  unreadable: z.array(z.object({ id: z.string(), error: z.string() })),
});
export type LogExport = z.infer<typeof logExportSchema>;

/** A file that is not a valid, intact Constat log export; the message names what is wrong and where. */
export class LogExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogExportError';
  }
}

export interface BuildLogExportOptions {
  now?: Date;
  /** Defaults to the running extension's manifest version. */
  extensionVersion?: string;
}

/** One report with the evidence records at hand (stored, or kept in memory after a failed save). */
export function exportReport(report: Report, records: readonly EvidenceRecord[]): ExportedReport {
  const stored = new Map(records.map((record) => [record.id, record]));
  const evidence: ExportedEvidence[] = [];
  const missingEvidenceIds: string[] = [];
  for (const ref of report.evidence) {
    const record = stored.get(ref.id);
    if (!record) {
      missingEvidenceIds.push(ref.id);
      continue;
    }
    // The report's reference is what the capture recorded; the bytes are exported as stored, so a
    // damaged store shows up as a mismatch when the file is checked rather than being hidden.
    evidence.push({ ...ref, createdAt: record.createdAt, base64: bytesToBase64(record.bytes) });
  }
  return { report, evidence, missingEvidenceIds };
}

/** The export file around already exported reports. */
export function logExportOf(
  reports: ExportedReport[],
  unreadable: LogExport['unreadable'],
  options: BuildLogExportOptions = {},
): LogExport {
  return logExportSchema.parse({
    format: LOG_EXPORT_FORMAT,
    formatVersion: LOG_EXPORT_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    extensionVersion: options.extensionVersion ?? browser.runtime.getManifest().version,
    reports,
    unreadable,
  });
}

/** Reads every report and its evidence from the database into one export object. */
export async function buildLogExport(options: BuildLogExportOptions = {}): Promise<LogExport> {
  const { reports, unreadable } = await listReports();
  const exported: ExportedReport[] = [];
  for (const report of reports) exported.push(exportReport(report, await getEvidence(report.id)));
  return logExportOf(exported, unreadable, options);
}

/** `constat-log-2024-05-01.json`, in the user's local date. */
export function logExportFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `constat-log-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

function describeFormatProblem(json: unknown): string | null {
  const header = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (header.format !== LOG_EXPORT_FORMAT) return 'This file is not a Constat log export.';
  if (typeof header.formatVersion === 'number' && header.formatVersion > LOG_EXPORT_VERSION) {
    return `This log export uses format version ${header.formatVersion}, made by a newer Constat; update the extension to read it.`;
  }
  return null;
}

function evidenceName(report: Report, evidence: { id: string; kind: string }): string {
  return `Report ${report.id} (captured ${report.meta.capturedAt}), evidence ${evidence.id} (${evidence.kind})`;
}

async function checkExportedReport({ report, evidence, missingEvidenceIds }: ExportedReport): Promise<void> {
  const listed = new Map(report.evidence.map((ref) => [ref.id, ref]));
  for (const ref of report.evidence) {
    if (!evidence.some((e) => e.id === ref.id) && !missingEvidenceIds.includes(ref.id)) {
      throw new LogExportError(
        `${evidenceName(report, ref)}: listed by the report but absent from the file.`,
      );
    }
  }
  for (const item of evidence) {
    const ref = listed.get(item.id);
    if (!ref) throw new LogExportError(`${evidenceName(report, item)}: not listed by the report.`);
    if (
      ref.kind !== item.kind ||
      ref.mime !== item.mime ||
      ref.size !== item.size ||
      ref.sha256 !== item.sha256
    ) {
      throw new LogExportError(`${evidenceName(report, item)}: differs from the report's record of it.`);
    }
    const bytes = base64ToBytes(item.base64);
    if (bytes.byteLength !== item.size) {
      throw new LogExportError(
        `${evidenceName(report, item)}: holds ${bytes.byteLength} bytes where ${item.size} were recorded; the file was altered or damaged.`,
      );
    }
    if ((await sha256Hex(bytes)) !== item.sha256) {
      throw new LogExportError(
        `${evidenceName(report, item)}: its SHA-256 does not match the recorded one; the file was altered or damaged.`,
      );
    }
  }
}

/** The file's reports brought to the current schema, so that an older export still reads. */
function withMigratedReports(json: unknown): unknown {
  const file = json as { reports?: unknown };
  if (!Array.isArray(file.reports)) return json;
  const reports = file.reports.map((entry: unknown) => {
    const exported = entry as { report?: unknown };
    try {
      return typeof exported === 'object' && exported !== null
        ? { ...exported, report: migrateReportRecord(exported.report) }
        : entry;
    } catch (error) {
      throw new LogExportError((error as Error).message);
    }
  });
  return { ...file, reports };
}

/**
 * Validates a parsed JSON file as a log export and checks every evidence payload's size and SHA-256
 * against the recorded ones. Throws a LogExportError naming the first problem found.
 */
export async function parseLogExport(json: unknown): Promise<LogExport> {
  const formatProblem = describeFormatProblem(json);
  if (formatProblem) throw new LogExportError(formatProblem);
  const parsed = logExportSchema.safeParse(withMigratedReports(json));
  if (!parsed.success) {
    throw new LogExportError(`This log export is malformed:\n${z.prettifyError(parsed.error)}`);
  }
  const seen = new Set<string>();
  for (const entry of parsed.data.reports) {
    if (seen.has(entry.report.id))
      throw new LogExportError(`Report ${entry.report.id} appears twice in the file.`);
    seen.add(entry.report.id);
    await checkExportedReport(entry);
  }
  return parsed.data;
}
