import { useState } from 'preact/hooks';
import { t, uiLang } from '../../utils/i18n';
import { sendRequest } from '../../utils/messages';
import type { NoticeLanguage } from '../../utils/notice/notice';
import type { Collection } from '../../utils/pileon/collection';
import { shortened } from '../../utils/shortened';
import { CollectionNotice } from './CollectionNotice';
import { CollectionOverview } from './CollectionOverview';
import { EvidenceList } from './EvidenceList';
import { authorLabel, colon } from './format';
import { PrintSummary } from './PrintSummary';
import { ReplyPicker } from './ReplyPicker';
import { useCollection } from './use-collection';

interface Props {
  /** The page's address, a parameter so tests can give any. */
  location?: Pick<Location, 'search'>;
}

function Header({ collection, onChanged }: { collection: Collection; onChanged: () => void }) {
  const { target } = collection;
  const toggle = () =>
    void sendRequest({ type: 'pileon-set-open', collectionId: collection.id, open: !collection.open }).then(
      onChanged,
    );
  return (
    <header>
      <h1>{t('pileonTitle')}</h1>
      <p>
        {t('pileonTargetPerson')}
        {colon()} <strong>{authorLabel(target.authorHandle, target.authorName)}</strong> · {t('pileonTarget')}
        {colon()} {shortened(target.text, 160)} <code>{target.permalink ?? target.pageUrl}</code>
      </p>
      <p>
        {collection.open ? t('pileonIsOpen') : t('pileonIsClosed')}{' '}
        <button type="button" onClick={toggle}>
          {collection.open ? t('pileonClose') : t('pileonReopen')}
        </button>{' '}
        <button type="button" onClick={() => window.print()}>
          {t('pileonPrint')}
        </button>
      </p>
    </header>
  );
}

/** pileon.html?id=<collection>&tab=<thread's tab>: list, tick, capture, then the attack's notice and summary. */
export function PileonPage({ location = window.location }: Props) {
  const params = new URLSearchParams(location.search);
  const id = params.get('id') ?? '';
  const tabParam = params.get('tab');
  const tabId = tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
  const [state, reload] = useCollection(id);
  const [lang, setLang] = useState<NoticeLanguage>(uiLang());
  if (state.kind === 'loading') return <p>{t('loading')}</p>;
  if (state.kind === 'failed') {
    return (
      <p class="error">
        {t('pileonNotFound')} {state.message}
      </p>
    );
  }
  const { collection, reports } = state;
  return (
    <main class="pileon-page">
      <Header collection={collection} onChanged={reload} />
      {tabId === null ? (
        <p>{t('pileonNoTab')}</p>
      ) : (
        <ReplyPicker collection={collection} tabId={tabId} onCaptured={reload} />
      )}
      <CollectionOverview collection={collection} />
      <EvidenceList collection={collection} />
      <CollectionNotice collection={collection} reports={reports} lang={lang} onLang={setLang} />
      <PrintSummary collection={collection} reports={reports} lang={lang} />
    </main>
  );
}
