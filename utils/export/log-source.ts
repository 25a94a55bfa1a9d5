import { getChainHead, listEvents } from '../db/events';
import { getEvidence, getEvidenceFile, listReports, type ReportList } from '../db/reports';
import type { ChainHead, LogEvent } from '../log/event';
import type { EvidenceRecord, Report } from '../model';

/** What an export reads: the reports chosen (newest first), their events, and the chain's head. */
export interface LogSource {
  /** `log`: every report and the whole chain; `selection`: some reports and their own events. */
  scope: 'log' | 'selection';
  reports: Report[];
  unreadable: ReportList['unreadable'];
  events: LogEvent[];
  head: ChainHead | null;
  /** A report's files with their bytes, read only when the export reaches it. */
  evidence(reportId: string): Promise<EvidenceRecord[]>;
  /** One file with its bytes (null when not stored), for writers that hold one file at a time. */
  file(fileId: string): Promise<EvidenceRecord | null>;
}

/** The whole log, or the reports `ids` names. */
export async function readLogSource(ids?: readonly string[]): Promise<LogSource> {
  const list = await listReports();
  const chosen = ids ? new Set(ids) : null;
  const events = await listEvents();
  return {
    scope: chosen ? 'selection' : 'log',
    reports: chosen ? list.reports.filter((r) => chosen.has(r.id)) : list.reports,
    unreadable: chosen ? list.unreadable.filter((u) => chosen.has(u.id)) : list.unreadable,
    events: chosen ? events.filter((e) => e.reportId !== null && chosen.has(e.reportId)) : events,
    head: await getChainHead(),
    evidence: getEvidence,
    file: getEvidenceFile,
  };
}

/** Each report's events, oldest first. */
export function eventsByReport(events: readonly LogEvent[]): Map<string, LogEvent[]> {
  const byReport = new Map<string, LogEvent[]>();
  for (const event of events) {
    if (event.reportId === null) continue;
    const list = byReport.get(event.reportId) ?? [];
    list.push(event);
    byReport.set(event.reportId, list);
  }
  return byReport;
}
