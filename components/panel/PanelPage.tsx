import { t } from '../../utils/i18n';
import { ComposerPage } from '../composer/ComposerPage';
import { usePanelReport } from './use-panel-report';

/** sidepanel.html, beside the page: the composer of the report last asked for, or how to make one. */
export function PanelPage() {
  const search = usePanelReport();
  if (search === null) return null;
  return <ComposerPage search={search} emptyHint={t('panelNoReport')} besidePage />;
}
