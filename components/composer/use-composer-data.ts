import { useEffect, useMemo, useState } from 'preact/hooks';
import { getEvidence, getReport, removePicturingEvidence, updateReport } from '../../utils/db/reports';
import { addNoticeStep } from '../../utils/follow-up/notice-changes';
import { t } from '../../utils/i18n';
import { CatalogueError } from '../../utils/i18n/catalogue-error';
import { errorText } from '../../utils/i18n/error-text';
import { newestReports } from '../../utils/log-index/indexed-reads';
import type { EvidenceRecord, Report } from '../../utils/model';
import type { ReportLoadState } from '../report/ReportLoadMessage';
import type { NoticeStore } from '../report/report-update';

export type ComposerState =
  | ReportLoadState
  | { kind: 'no-reports' }
  | { kind: 'ready'; report: Report; evidence: EvidenceRecord[] };

/** What the composer may change in the stored report; each change shows on the page once stored. */
export interface ComposerStore extends NoticeStore {
  /** Deletes the pictures of content never to be kept, recording why. */
  removePictures: (reason: string) => Promise<void>;
  /** Reads the report again (a channel recorded a notice in it). */
  reload: () => Promise<void>;
}

/** The report named by `?id=`, else the newest one (the panel beside the page, when none was asked for). */
async function loadReport(search: string): Promise<ComposerState> {
  const id = new URLSearchParams(search).get('id');
  const report = id ? await getReport(id) : ((await newestReports(1)).reports[0] ?? null);
  if (!report) return { kind: id ? 'not-found' : 'no-reports' };
  return { kind: 'ready', report, evidence: await getEvidence(report.id) };
}

/** The stored report replaces the shown one; evidence it no longer lists (pictures removed) leaves the page. */
function withStored(state: ComposerState, report: Report): ComposerState {
  if (state.kind !== 'ready' || state.report.id !== report.id) return state;
  return {
    ...state,
    report,
    evidence: state.evidence.filter((e) => report.evidence.some((r) => r.id === e.id)),
  };
}

/** composer.html's data, loaded and changed in this one place. */
export function useComposerData(search: string): { state: ComposerState; store: ComposerStore } {
  const [state, setState] = useState<ComposerState>({ kind: 'loading' });
  const reportId = state.kind === 'ready' ? state.report.id : null;

  useEffect(() => {
    let current = true;
    loadReport(search).then(
      (next) => current && setState(next),
      (error: unknown) => current && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [search]);

  const store = useMemo<ComposerStore>(() => {
    const show = (report: Report) => setState((old) => withStored(old, report));
    const id = () => {
      if (reportId === null) throw new CatalogueError(t('composerNoReport'));
      return reportId;
    };
    return {
      update: async (change) => {
        const saved = await updateReport(id(), change);
        show(saved);
        return saved;
      },
      addNoticeStep: async (noticeId, step, files) => {
        const saved = await addNoticeStep(id(), noticeId, step, files);
        show(saved);
        return saved;
      },
      removePictures: async (reason) => show(await removePicturingEvidence(id(), reason)),
      reload: async () => {
        const report = await getReport(id());
        if (report) show(report);
      },
    };
  }, [reportId]);

  return { state, store };
}
