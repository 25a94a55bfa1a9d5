import { browser } from 'wxt/browser';
import { z } from 'zod';
import { type MessageKey, t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';
import { fill } from '../i18n/fill';
import { type LogEvent, logEventSchema } from '../log/event';
import { type EvidenceRecord, evidenceRefSchema, type Report, reportSchema } from '../model';
import { bytesToBase64 } from './base64';
import { type LogSource, readLogSource } from './log-source';
import type { ExportSink } from './sink';

// The file "Export the whole log" downloads. Self-contained: each report carries its evidence
// inline, with the size and SHA-256 recorded at capture time, so the file can be checked (and later
// imported) without the extension's database. Change the shape only with a new formatVersion.

export const LOG_EXPORT_FORMAT = 'constat-log';
/** 1: reports and their evidence; 2: also the log's events and the chain's head (files of 1 still read). */
export const LOG_EXPORT_VERSION = 2;

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
  formatVersion: z.union([z.literal(1), z.literal(LOG_EXPORT_VERSION)]),
  exportedAt: isoDateTime,
  extensionVersion: z.string(),
  /** `log`: every report and the whole chain; `selection`: some reports and their own events. */
  scope: z.enum(['log', 'selection']).default('log'),
  /** The newest event of the log when the file was made; a recipient compares it with the printout. */
  chainHead: z
    .object({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) })
    .nullable()
    .default(null),
  /** The log's events (format 2), oldest first. */
  events: z.array(logEventSchema).default([]),
  /** Newest first, like the log. */
  reports: z.array(exportedReportSchema),
  /** Stored records that failed validation: named so that an export never drops them silently. */
  unreadable: z.array(z.object({ id: z.string(), error: z.string() })),
});
export type LogExport = z.infer<typeof logExportSchema>;

/** What can be wrong with a log export or an import: each a catalogue entry, in both languages. */
export type LogFileProblem = Extract<MessageKey, `logFile${string}`>;
export type ProblemValues = Record<string, string | number>;

/**
 * A file that is not a valid, intact Constat log export. `problem` says what is wrong, `values` where;
 * the message is the catalogue's, in the interface language, after the file's name when one is given.
 */
export class LogExportError extends CatalogueError {
  constructor(
    readonly problem: LogFileProblem,
    readonly values: ProblemValues = {},
    readonly fileName?: string,
  ) {
    const text = fill(t(problem), values);
    super(fileName === undefined ? text : fill(t('logFileNamed'), { file: fileName, problem: text }));
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

/** The file's fields before its reports, in the order they are written. */
export function logExportHeader(
  source: Pick<LogSource, 'scope' | 'head'>,
  options: BuildLogExportOptions = {},
) {
  return {
    format: LOG_EXPORT_FORMAT,
    formatVersion: LOG_EXPORT_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    extensionVersion: options.extensionVersion ?? browser.runtime.getManifest().version,
    scope: source.scope,
    chainHead: source.head,
  };
}

/** The export file around already exported reports. */
export function logExportOf(
  reports: ExportedReport[],
  unreadable: LogExport['unreadable'],
  options: BuildLogExportOptions = {},
  history: Pick<LogSource, 'scope' | 'head'> & { events: LogEvent[] } = {
    scope: 'selection',
    head: null,
    events: [],
  },
): LogExport {
  return logExportSchema.parse({
    ...logExportHeader(history, options),
    reports,
    unreadable,
    events: history.events,
  });
}

/** A report's stored files; none is asked for a report that lists none (most reports of a large log). */
function filesOf(source: Pick<LogSource, 'evidence'>, report: Report): Promise<EvidenceRecord[]> {
  return report.evidence.length === 0 ? Promise.resolve([]) : source.evidence(report.id);
}

/** Reads every report (or those `ids` names), its evidence and events into one export object. */
export async function buildLogExport(
  options: BuildLogExportOptions = {},
  ids?: readonly string[],
): Promise<LogExport> {
  const source = await readLogSource(ids);
  const exported: ExportedReport[] = [];
  for await (const { reports } of source.batches({ events: false })) {
    for (const report of reports) exported.push(exportReport(report, await filesOf(source, report)));
  }
  const events: LogEvent[] = [];
  for await (const batch of source.events()) events.push(...batch);
  return logExportOf(exported, source.unreadable, options, {
    scope: source.scope,
    head: source.head,
    events,
  });
}

/**
 * Writes the export a batch of reports at a time: only one report's files, and one batch of
 * reports or events, are in memory at once (the sink decides where the text goes). The text parses
 * as the same LogExport buildLogExport makes.
 */
export async function writeLogExport(
  sink: ExportSink,
  source: LogSource,
  options: BuildLogExportOptions & { onProgress?: (done: number, total: number) => void } = {},
): Promise<void> {
  const header = JSON.stringify(logExportHeader(source, options));
  await sink.write(`${header.slice(0, -1)},"reports":[`);
  let done = 0;
  for await (const { reports } of source.batches({ events: false })) {
    for (const report of reports) {
      const exported = exportReport(report, await filesOf(source, report));
      await sink.write(`${done === 0 ? '' : ','}\n${JSON.stringify(exported)}`);
      done++;
      options.onProgress?.(done, Math.max(done, source.total));
    }
  }
  await sink.write(`\n],"unreadable":${JSON.stringify(source.unreadable)},"events":[`);
  let written = 0;
  for await (const events of source.events()) {
    for (const event of events) await sink.write(`${written++ === 0 ? '' : ','}\n${JSON.stringify(event)}`);
  }
  await sink.write('\n]}\n');
}

/** `constat-log-2024-05-01.json` (or .csv, .zip), in the user's local date. */
export function logExportFileName(
  now: Date = new Date(),
  extension: 'json' | 'csv' | 'zip' = 'json',
): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `constat-log-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
