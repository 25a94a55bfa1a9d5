import { t, uiLang } from '../../utils/i18n';
import type { Collection } from '../../utils/pileon/collection';
import { shortened } from '../../utils/shortened';
import { logUrl } from '../common/extension-urls';
import { SafeExternalLink } from '../common/SafeExternalLink';
import { authorLabel, localTime } from './format';

/** Every reply of the collection, its address, and its evidence in the log one click away. */
export function EvidenceList({ collection }: { collection: Collection }) {
  if (collection.items.length === 0) return <p>{t('pileonEmpty')}</p>;
  return (
    <section>
      <h2>{t('pileonEvidence')}</h2>
      <ol class="pileon-evidence" data-testid="evidence-list">
        {collection.items.map((item) => (
          <li key={item.reportId}>
            {localTime(item.publishedAt, uiLang())} · {authorLabel(item.authorHandle, item.authorName)} ·{' '}
            {shortened(item.text, 120)}{' '}
            {item.permalink && <SafeExternalLink href={item.permalink}>{item.permalink}</SafeExternalLink>}{' '}
            <a href={logUrl(item.reportId)} target="_blank" rel="noopener">
              {t('pileonOpenEvidence')}
            </a>
            {item.linked && <span class="pileon-badge">{t('pileonLinked')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
