import { t } from '../../utils/i18n';
import { logViewUrl } from './log-views';

/** Links from the log's list to its other views. */
export function LogViewLinks() {
  return (
    <nav class="log-views" aria-label={t('logViewsLabel')}>
      <ul>
        <li>
          <a href={logViewUrl('targets')}>{t('logViewTargets')}</a>
        </li>
        <li>
          <a href={logViewUrl('stats')}>{t('logViewStats')}</a>
        </li>
      </ul>
    </nav>
  );
}
