import { useState } from 'preact/hooks';
import type { Channel } from '../../utils/channels/channel';
import { openChannel } from '../../utils/channels/open-channel';
import { t, uiLang } from '../../utils/i18n';
import type { Report } from '../../utils/model';
import { noticeBlockers } from '../../utils/notice/blockers';
import { composeNotice, type NoticeSource } from '../../utils/notice/compose';
import type { Notice, NoticeLanguage } from '../../utils/notice/notice';
import { noticeText } from '../../utils/notice/text';
import { saveSettings } from '../../utils/settings';
import { categoryById } from '../../utils/taxonomy/categories';
import type { SettingsState } from '../common/use-settings';
import { ChannelList } from './ChannelList';
import {
  type EditableNoticePart,
  type NoticeEditsByLang,
  urlsFromText,
  withNoticeEdits,
} from './notice-edits';

interface Props {
  report: Report;
  source: NoticeSource;
  settings: SettingsState;
  /** Saves the composer's pending changes; false when saving failed (the channel then stays closed). */
  onBeforeChannel: () => Promise<boolean>;
  /** Reads the report again once a channel recorded its notice there. */
  reload: () => Promise<void>;
}

type ChannelState =
  | { kind: 'idle' }
  | { kind: 'opened'; channelId: string }
  | { kind: 'failed'; message: string };

/** Composes the notice from the report, lets the person edit it, and hands it to a reporting channel. */
export function NoticeComposer({ report, source, settings, onBeforeChannel, reload }: Props) {
  const [lang, setLang] = useState<NoticeLanguage>(uiLang());
  const [edits, setEdits] = useState<NoticeEditsByLang>({ fr: {}, en: {} });
  const [channelState, setChannelState] = useState<ChannelState>({ kind: 'idle' });
  const [notifierSaved, setNotifierSaved] = useState(false);
  const [stayAnonymous, setStayAnonymous] = useState(true);
  const [pageAddressConfirmed, setPageAddressConfirmed] = useState(false);
  const notifier = settings.kind === 'ready' ? settings.settings.notifier : { name: '', email: '' };
  const mayStayAnonymous = categoryById(source.categoryId)?.protectsNotifierIdentity ?? false;
  // An address the person typed in place of the page's is theirs: the post's, as far as Constat knows.
  const typedUrl = edits[lang].urls?.[0];
  const addressKind = typedUrl !== undefined && typedUrl !== source.url ? 'post' : source.addressKind;
  const composed = composeNotice({ ...source, addressKind }, notifier, lang, {
    anonymous: stayAnonymous,
    legalBasis: edits[lang].legalBasis,
  });
  const notice = withNoticeEdits(composed, edits[lang]);
  const text = noticeText(notice);
  const blockers = noticeBlockers(notice, pageAddressConfirmed);

  if (!source.categoryId) {
    return (
      <section class="notice" aria-labelledby="notice-heading">
        <h2 id="notice-heading">{t('noticeHeading')}</h2>
        <p class="muted">{t('noticeNeedsCategory')}</p>
      </section>
    );
  }

  const edit = (part: EditableNoticePart, value: string) => {
    setEdits((all) => ({
      ...all,
      [lang]: { ...all[lang], [part]: part === 'urls' ? urlsFromText(value, composed.urls) : value },
    }));
    setChannelState({ kind: 'idle' });
  };

  const use = async (channel: Channel, used: Notice): Promise<boolean> => {
    if (!(await onBeforeChannel())) return false;
    const outcome = await openChannel({ reportId: report.id, channelId: channel.id, notice: used, text });
    if (!outcome.ok) {
      setChannelState({ kind: 'failed', message: outcome.error });
      return false;
    }
    await reload();
    setChannelState({ kind: 'opened', channelId: channel.id });
    return true;
  };

  const rememberNotifier = async () => {
    if (settings.kind !== 'ready') return;
    await saveSettings({
      ...settings.settings,
      notifier: { name: notice.name.trim(), email: notice.email.trim() },
    });
    setNotifierSaved(true);
  };

  const textField = (part: EditableNoticePart, label: string, rows: number) => {
    const value = part === 'urls' ? notice.urls.join('\n') : notice[part];
    return (
      <div class="field">
        <label for={`notice-${part}`}>
          {label} {edits[lang][part] !== undefined && <span class="muted">({t('noticeEdited')})</span>}
        </label>
        {rows > 1 ? (
          <textarea
            id={`notice-${part}`}
            rows={rows}
            value={value}
            onInput={(e) => edit(part, (e.currentTarget as HTMLTextAreaElement).value)}
          />
        ) : (
          <input
            id={`notice-${part}`}
            type="text"
            inputMode={part === 'email' ? 'email' : 'text'}
            autoComplete={part === 'email' ? 'email' : part === 'name' ? 'name' : 'off'}
            value={value}
            onInput={(e) => edit(part, (e.currentTarget as HTMLInputElement).value)}
          />
        )}
      </div>
    );
  };

  return (
    <section class="notice" aria-labelledby="notice-heading">
      <h2 id="notice-heading">{t('noticeHeading')}</h2>
      <fieldset class="notice-language">
        <legend>{t('noticeLanguage')}</legend>
        {(['fr', 'en'] as const).map((l) => (
          <label key={l}>
            <input
              type="radio"
              name="notice-language"
              value={l}
              checked={lang === l}
              onChange={() => setLang(l)}
            />{' '}
            {t(l === 'fr' ? 'noticeLangFr' : 'noticeLangEn')}
          </label>
        ))}
      </fieldset>
      {textField('urls', t('noticeUrls'), 2)}
      {notice.addressKind === 'page' && (
        <div class="warning" data-page-address>
          <p>{t('noticePageAddressWarning')}</p>
          <label>
            <input
              type="checkbox"
              checked={pageAddressConfirmed}
              onChange={(e) => setPageAddressConfirmed((e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {t('noticeConfirmPageAddress')}
          </label>
        </div>
      )}
      {notice.illegal && textField('legalBasis', t('noticeLegalBasis'), 1)}
      {textField('explanation', t('noticeExplanation'), 5)}
      {textField('quote', t('noticeQuote'), 3)}
      {mayStayAnonymous && (
        <div class="notice-anonymity">
          <label>
            <input
              type="checkbox"
              name="notice-anonymous"
              checked={stayAnonymous}
              onChange={(e) => setStayAnonymous((e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {t('noticeAnonymityChoice')}
          </label>
          <p class="muted">{t('noticeAnonymityHelp')}</p>
        </div>
      )}
      {notice.anonymous ? (
        <p class="notice-anonymous">{t('noticeAnonymous')}</p>
      ) : (
        <div class="notice-notifier">
          {textField('name', t('noticeName'), 1)}
          {textField('email', t('noticeEmail'), 1)}
          {(!notice.name.trim() || !notice.email.trim()) && (
            <p class="warning" data-missing-notifier>
              {t('noticeMissingNotifier')}
            </p>
          )}
          <button type="button" onClick={() => void rememberNotifier()} disabled={settings.kind !== 'ready'}>
            {t('noticeRememberNotifier')}
          </button>
          {notifierSaved && <span class="ok"> {t('noticeNotifierSaved')}</span>}
        </div>
      )}
      {Object.keys(edits[lang]).length > 0 && (
        <button type="button" onClick={() => setEdits((all) => ({ ...all, [lang]: {} }))}>
          {t('noticeResetEdits')}
        </button>
      )}
      <details class="notice-preview">
        <summary>{t('noticePreview')}</summary>
        <pre class="notice-text">{text}</pre>
      </details>
      <ChannelList platform={report.platform} notice={notice} blockers={blockers} onUse={use} />
      <p role="status" class="channel-status">
        {channelState.kind === 'opened' && <span class="ok">{t('channelOpened')}</span>}
      </p>
      {channelState.kind === 'failed' && (
        <p class="error" role="alert">
          {t('channelOpenFailed')} {channelState.message}
        </p>
      )}
    </section>
  );
}
