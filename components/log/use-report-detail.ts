import { useEffect, useMemo, useState } from 'preact/hooks';
import { listReportEvents } from '../../utils/db/events';
import { getEvidence, getReport, updateReport } from '../../utils/db/reports';
import { addNoticeStep } from '../../utils/follow-up/notice-changes';
import { errorText } from '../../utils/i18n/error-text';
import type { LogEvent } from '../../utils/log/event';
import type { EvidenceRecord, Report } from '../../utils/model';
import type { ReportLoadState } from '../report/ReportLoadMessage';
import type { NoticeStore } from '../report/report-update';
import { type DeletionStore, deletionOf } from './deletion-store';

export type DetailState =
  | ReportLoadState
  | { kind: 'ready'; report: Report; evidence: EvidenceRecord[]; events: LogEvent[] };

/** What the detail view may do with the stored report. */
export interface DetailStore extends NoticeStore {
  /** Reads the report, its files and events again (a recheck added some). */
  reload: () => Promise<void>;
  /** The evidence files as stored now, read again (the hash check is about storage, not this page). */
  readStoredEvidence: () => Promise<EvidenceRecord[]>;
  /** The deletion of this report. */
  deletion: DeletionStore;
}

/** The report's events; a log whose history cannot be read still shows the report. */
const eventsOf = (reportId: string) => listReportEvents(reportId).catch((): LogEvent[] => []);

async function loadDetail(reportId: string): Promise<DetailState> {
  const report = await getReport(reportId);
  if (!report) return { kind: 'not-found' };
  const [evidence, events] = await Promise.all([getEvidence(reportId), eventsOf(reportId)]);
  return { kind: 'ready', report, evidence, events };
}

/** log.html#<id>: one report's data, loaded and changed in this one place. */
export function useReportDetail(reportId: string): { state: DetailState; store: DetailStore } {
  const [state, setState] = useState<DetailState>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    loadDetail(reportId).then(
      (next) => current && setState(next),
      (error: unknown) => current && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [reportId]);

  const store = useMemo<DetailStore>(() => {
    // A change adds events to the history (and may add files): they show with it.
    const show = async (report: Report) => {
      const [evidence, events] = await Promise.all([getEvidence(reportId), eventsOf(reportId)]);
      setState((old) => (old.kind === 'ready' ? { ...old, report, evidence, events } : old));
      return report;
    };
    return {
      update: async (change) => show(await updateReport(reportId, change)),
      addNoticeStep: async (noticeId, step, files) =>
        show(await addNoticeStep(reportId, noticeId, step, files)),
      reload: async () => setState(await loadDetail(reportId)),
      readStoredEvidence: () => getEvidence(reportId),
      deletion: deletionOf([reportId]),
    };
  }, [reportId]);

  return { state, store };
}
