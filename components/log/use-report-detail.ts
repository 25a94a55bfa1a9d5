import { useEffect, useMemo, useState } from 'preact/hooks';
import { listReportEvents } from '../../utils/db/events';
import { getEvidence, getReport, updateReport } from '../../utils/db/reports';
import type { LogEvent } from '../../utils/log/event';
import type { EvidenceRecord, Report } from '../../utils/model';
import type { ReportLoadState } from '../report/ReportLoadMessage';
import type { ReportUpdate } from '../report/report-update';

export type DetailState =
  | ReportLoadState
  | { kind: 'ready'; report: Report; evidence: EvidenceRecord[]; events: LogEvent[] };

/** What the detail view may do with the stored report. */
export interface DetailStore {
  update: ReportUpdate;
  /** The evidence files as stored now, read again (the hash check is about storage, not this page). */
  readStoredEvidence: () => Promise<EvidenceRecord[]>;
}

/** The report's events; a log whose history cannot be read still shows the report. */
const eventsOf = (reportId: string) => listReportEvents(reportId).catch((): LogEvent[] => []);

async function loadDetail(reportId: string): Promise<DetailState> {
  const report = await getReport(reportId);
  if (!report) return { kind: 'not-found' };
  const [evidence, events] = await Promise.all([getEvidence(reportId), eventsOf(reportId)]);
  return { kind: 'ready', report, evidence, events };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** log.html#<id>: one report's data, loaded and changed in this one place. */
export function useReportDetail(reportId: string): { state: DetailState; store: DetailStore } {
  const [state, setState] = useState<DetailState>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    loadDetail(reportId).then(
      (next) => current && setState(next),
      (error: unknown) => current && setState({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [reportId]);

  const store = useMemo<DetailStore>(
    () => ({
      update: async (change) => {
        const report = await updateReport(reportId, change);
        // A change adds events to the history: they show with it.
        const events = await eventsOf(reportId);
        setState((old) => (old.kind === 'ready' ? { ...old, report, events } : old));
        return report;
      },
      readStoredEvidence: () => getEvidence(reportId),
    }),
    [reportId],
  );

  return { state, store };
}
