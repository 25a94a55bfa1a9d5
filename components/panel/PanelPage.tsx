import { t } from '../../utils/i18n';
import { pagePathOf } from '../../utils/panel/panel-messages';
import { ComposerPage } from '../composer/ComposerPage';
import { PileonPage } from '../pileon/PileonPage';
import { usePanelView } from './use-panel-view';

/** The query string of a view's own page (`?id=…`), which its page component reads. */
const searchOf = (path: string) => path.slice(path.indexOf('?'));

/**
 * sidepanel.html, beside the page: the composer of the report last asked for, the pile-on collection
 * just opened, or how to make a report.
 */
export function PanelPage() {
  const content = usePanelView();
  if (content === null) return null;
  if (content.kind === 'collection') {
    return <PileonPage key={content.collectionId} location={{ search: searchOf(pagePathOf(content)) }} />;
  }
  const search = content.kind === 'report' ? searchOf(pagePathOf(content)) : '';
  return <ComposerPage search={search} emptyHint={t('panelNoReport')} besidePage />;
}
