import { t } from '../../utils/i18n';
import { logUrl } from '../common/extension-urls';
import { ReportLoadMessage } from '../report/ReportLoadMessage';
import { ReportComposer } from './ReportComposer';
import { useComposerData } from './use-composer-data';

interface Props {
  /** The page's query string; a parameter so tests can open any report. */
  search?: string;
}

/** composer.html: loads one report and hands it to the composer, or says why it cannot. */
export function ComposerPage({ search = globalThis.location?.search ?? '' }: Props) {
  const { state, store } = useComposerData(search);

  if (state.kind === 'ready') {
    return (
      <ReportComposer
        key={state.report.id}
        report={state.report}
        evidence={state.evidence}
        reportStore={store}
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
