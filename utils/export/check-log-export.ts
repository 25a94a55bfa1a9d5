import { migrateReportRecord } from '../db/record-migrations';
import { sha256Hex } from '../evidence/hash';
import { t } from '../i18n';
import { errorText } from '../i18n/error-text';
import { fill } from '../i18n/fill';
import { zodIssuesText } from '../i18n/zod-issues';
import type { Report } from '../model';
import { base64ToBytes } from './base64';
import {
  type ExportedReport,
  LOG_EXPORT_FORMAT,
  LOG_EXPORT_VERSION,
  type LogExport,
  LogExportError,
  type LogFileProblem,
  logExportSchema,
  type ProblemValues,
} from './log-export';

// What an import checks of a log export before trusting it: its format and version, its shape,
// each report once, and every file's presence, size and SHA-256 against the report's record.

/** Refuses a file that is not a log export, or one made by a newer Constat. */
export function checkFormat(json: unknown, fileName?: string): void {
  const header = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (header.format !== LOG_EXPORT_FORMAT) throw new LogExportError('logFileNotConstat', {}, fileName);
  if (typeof header.formatVersion === 'number' && header.formatVersion > LOG_EXPORT_VERSION) {
    throw new LogExportError('logFileNewerFormat', { version: header.formatVersion }, fileName);
  }
}

function evidenceFailure(
  problem: LogFileProblem,
  report: Report,
  evidence: { id: string; kind: string },
  values: ProblemValues = {},
): LogExportError {
  const name = fill(t('logFileEvidenceName'), {
    report: report.id,
    at: report.meta.capturedAt,
    evidence: evidence.id,
    kind: evidence.kind,
  });
  return new LogExportError(problem, { ...values, evidence: name });
}

/** An evidence file of an export with its bytes decoded, as an import checks it. */
export interface EvidenceBytes {
  id: string;
  kind: string;
  mime: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
}

/**
 * Checks a report's files against the report's record of them: each listed file present (or named
 * missing), none unlisted, and each one's size and SHA-256 those recorded at capture.
 */
export async function checkEvidenceBytes(
  report: Report,
  evidence: readonly EvidenceBytes[],
  missingEvidenceIds: readonly string[],
): Promise<void> {
  const listed = new Map(report.evidence.map((ref) => [ref.id, ref]));
  for (const ref of report.evidence) {
    if (!evidence.some((e) => e.id === ref.id) && !missingEvidenceIds.includes(ref.id)) {
      throw evidenceFailure('logFileEvidenceAbsent', report, ref);
    }
  }
  for (const item of evidence) {
    const ref = listed.get(item.id);
    if (!ref) throw evidenceFailure('logFileEvidenceUnlisted', report, item);
    if (
      ref.kind !== item.kind ||
      ref.mime !== item.mime ||
      ref.size !== item.size ||
      ref.sha256 !== item.sha256
    ) {
      throw evidenceFailure('logFileEvidenceDiffers', report, item);
    }
    if (item.bytes.byteLength !== item.size) {
      throw evidenceFailure('logFileEvidenceSize', report, item, {
        held: item.bytes.byteLength,
        size: item.size,
      });
    }
    if ((await sha256Hex(item.bytes)) !== item.sha256) {
      throw evidenceFailure('logFileEvidenceHash', report, item);
    }
  }
}

function checkExportedReport({ report, evidence, missingEvidenceIds }: ExportedReport): Promise<void> {
  const decoded = evidence.map(({ base64, ...item }) => ({ ...item, bytes: base64ToBytes(base64) }));
  return checkEvidenceBytes(report, decoded, missingEvidenceIds);
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
      throw new LogExportError('logFileReportUnreadable', { detail: errorText(error) });
    }
  });
  return { ...file, reports };
}

/**
 * Validates a parsed JSON file as a log export and checks every evidence payload's size and SHA-256
 * against the recorded ones. Throws a LogExportError naming the first problem found.
 */
export async function parseLogExport(json: unknown): Promise<LogExport> {
  checkFormat(json);
  const parsed = logExportSchema.safeParse(withMigratedReports(json));
  if (!parsed.success) {
    throw new LogExportError('logFileExportMalformed', { detail: zodIssuesText(parsed.error) });
  }
  const seen = new Set<string>();
  for (const entry of parsed.data.reports) {
    if (seen.has(entry.report.id))
      throw new LogExportError('logFileReportTwice', { report: entry.report.id });
    seen.add(entry.report.id);
    await checkExportedReport(entry);
  }
  return parsed.data;
}
