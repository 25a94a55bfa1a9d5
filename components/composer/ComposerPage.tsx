import { t } from '../../utils/i18n';
import { rememberPanelView } from '../../utils/panel/last-asked';
import { showInPanel } from '../../utils/panel/show-in-panel';
import { logUrl } from '../common/extension-urls';
import { KeepBesideButton } from '../common/KeepBesideButton';
import { ReportLoadMessage } from '../report/ReportLoadMessage';
import { ReportComposer } from './ReportComposer';
import { useComposerData } from './use-composer-data';

interface Props {
  /** The page's query string; a parameter so tests can open any report. */
  search?: string;
  /** What to do when there is no report yet, where the page says it differently (the panel). */
  emptyHint?: string;
  /** Shown in the panel beside the page already: no button to open it. */
  besidePage?: boolean;
}

/** The panel, opened from this tab, shows this tab's report (stored for when it loads, sent if it is open). */
const handOver = (reportId: string) => (windowId: number) => {
  const view = { kind: 'report', reportId } as const;
  void rememberPanelView(view)
    .then(() => showInPanel(windowId, view))
    .catch(() => undefined);
};

/** composer.html (and the panel beside the page): loads one report and hands it to the composer, or says why it cannot. */
export function ComposerPage({
  search = globalThis.location?.search ?? '',
  emptyHint,
  besidePage = false,
}: Props) {
  const { state, store } = useComposerData(search);

  if (state.kind === 'ready') {
    return (
      <ReportComposer
        key={state.report.id}
        report={state.report}
        evidence={state.evidence}
        reportStore={store}
        aside={besidePage ? null : <KeepBesideButton onOpened={handOver(state.report.id)} />}
      />
    );
  }
  return (
    <main class="page composer">
      <h1>{t('composerTitle')}</h1>
      {state.kind === 'no-reports' ? (
        <p>{emptyHint ?? t('composerNoReports')}</p>
      ) : (
        <ReportLoadMessage state={state} />
      )}
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
