import { useEffect, useState } from 'preact/hooks';
import { getEvidence, getReport, listReports } from '../../utils/db/reports';
import { t } from '../../utils/i18n';
import type { EvidenceRecord, Report } from '../../utils/model';
import { ReportLoadMessage, type ReportLoadState } from '../report/ReportLoadMessage';
import { logUrl } from '../shared/extension-urls';
import { ReportComposer } from './ReportComposer';

type PageState =
  | ReportLoadState
  | { kind: 'no-reports' }
  | { kind: 'ready'; report: Report; evidence: EvidenceRecord[] };

/** The report named by `?id=`, else the newest one (the side panel opens without an id). */
async function loadReport(search: string): Promise<PageState> {
  const id = new URLSearchParams(search).get('id');
  const report = id ? await getReport(id) : ((await listReports(1)).reports[0] ?? null);
  if (!report) return { kind: id ? 'not-found' : 'no-reports' };
  return { kind: 'ready', report, evidence: await getEvidence(report.id) };
}

interface Props {
  /** The page's query string; a parameter so tests can open any report. */
  search?: string;
}

/** composer.html: loads one report and hands it to the composer, or says why it cannot. */
export function ComposerPage({ search = globalThis.location?.search ?? '' }: Props) {
  const [state, setState] = useState<PageState>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    loadReport(search).then(
      (next) => current && setState(next),
      (error: unknown) =>
        current &&
        setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [search]);

  if (state.kind === 'ready') {
    return (
      <ReportComposer
        key={state.report.id}
        report={state.report}
        evidence={state.evidence}
        onSaved={(report) =>
          // Evidence the save removed (pictures of content never to be kept) leaves the page too.
          setState({
            ...state,
            report,
            evidence: state.evidence.filter((e) => report.evidence.some((ref) => ref.id === e.id)),
          })
        }
      />
    );
  }
  return (
    <main class="page composer">
      <h1>{t('composerTitle')}</h1>
      {state.kind === 'no-reports' ? <p>{t('composerNoReports')}</p> : <ReportLoadMessage state={state} />}
      {state.kind !== 'loading' && (
        <p>
          <a href={logUrl()} target="_blank" rel="noopener">
            {t('openLog')}
          </a>
        </p>
      )}
    </main>
  );
}
