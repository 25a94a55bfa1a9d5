import { useState } from 'preact/hooks';
import { copyText } from '../../utils/clipboard';
import { t } from '../../utils/i18n';
import type { Report } from '../../utils/model';
import type { NoticeLanguage } from '../../utils/notice/notice';
import { noticeText } from '../../utils/notice/text';
import type { Collection } from '../../utils/pileon/collection';
import { composeCollectionNotice } from '../../utils/pileon/notice';
import { defaultSettings } from '../../utils/settings';
import { useSettings } from '../common/use-settings';
import { AddressPanel } from './AddressPanel';
import { offencesOf } from './offences';

interface Props {
  collection: Collection;
  reports: ReadonlyMap<string, Report>;
  lang: NoticeLanguage;
  onLang: (lang: NoticeLanguage) => void;
}

/** The one notice for the whole attack, every address in it, and the addresses one by one. */
export function CollectionNotice({ collection, reports, lang, onLang }: Props) {
  const [settings] = useSettings();
  const [copied, setCopied] = useState(false);
  const notifier = settings.kind === 'ready' ? settings.settings.notifier : defaultSettings.notifier;
  const notice = composeCollectionNotice(collection, offencesOf(collection, reports), notifier, lang);
  const text = noticeText(notice);
  return (
    <section class="pileon-notice" aria-labelledby="pileon-notice-heading">
      <h2 id="pileon-notice-heading">{t('pileonNoticeHeading')}</h2>
      <label>
        {t('pileonLanguage')}{' '}
        <select value={lang} onChange={(e) => onLang(e.currentTarget.value as NoticeLanguage)}>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </label>
      <textarea
        readOnly
        rows={16}
        value={text}
        aria-labelledby="pileon-notice-heading"
        data-testid="notice-text"
      />
      <p>
        <button type="button" class="primary" onClick={() => void copyText(text).then(setCopied)}>
          {t('copyText')}
        </button>
        {copied && <span> {t('copyDone')}</span>}
      </p>
      <AddressPanel urls={notice.urls} />
    </section>
  );
}
