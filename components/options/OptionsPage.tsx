import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import { defaultSettings, type Settings, saveSettings } from '../../utils/settings';
import { ExpandCollapsedSetting } from '../collapsed-text/ExpandCollapsedSetting';
import { logUrl } from '../common/extension-urls';
import { NotifierSettings } from '../common/NotifierSettings';
import { type SaveStatus, SaveStatusLine } from '../common/SaveStatusLine';
import { useSettings } from '../common/use-settings';
import { RecheckSettings } from '../follow-up/RecheckSettings';
import { LanguageChoice } from '../i18n/LanguageChoice';
import { FollowUpSettings } from './FollowUpSettings';
import { UserTermsEditor } from './UserTermsEditor';

/** options.html: who signs the notices, the person's own terms for the assistant, and their follow-up reminders. */
export function OptionsPage() {
  const [loaded, reload] = useSettings();
  // What this page last saved or read: successive changes build on it without waiting for a reload.
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  useEffect(() => {
    if (loaded.kind === 'ready') setSettings(loaded.settings);
  }, [loaded]);

  const save = async (next: Settings): Promise<boolean> => {
    try {
      await saveSettings(next);
      setSettings(next);
      setStatus({ kind: 'saved' });
      return true;
    } catch (error) {
      setStatus({ kind: 'failed', message: errorText(error) });
      return false;
    }
  };
  // Only ever on the person's click: unreadable settings are never replaced behind their back.
  const resetToDefaults = async () => {
    if (await save(defaultSettings)) reload();
  };

  return (
    <main class="page options">
      <h1>{t('optionsTitle')}</h1>
      <p>
        <a href={logUrl()}>{t('openLog')}</a>
      </p>
      <SaveStatusLine status={status} />
      {loaded.kind === 'loading' && <p class="muted">{t('loading')}</p>}
      {loaded.kind === 'failed' && (
        <section class="settings-error" aria-labelledby="settings-error-heading">
          <h2 id="settings-error-heading" class="error">
            {t('settingsUnreadableHeading')}
          </h2>
          <p class="error" role="alert">
            <span class="error-detail">{loaded.message}</span>
          </p>
          <p>{t('settingsResetExplain')}</p>
          <button type="button" onClick={() => void resetToDefaults()}>
            {t('settingsReset')}
          </button>
        </section>
      )}
      {loaded.kind === 'ready' && settings && (
        <>
          <LanguageChoice
            choice={settings.uiLanguage}
            onChange={(uiLanguage) => void save({ ...settings, uiLanguage })}
          />
          <NotifierSettings
            notifier={settings.notifier}
            onChange={(notifier) => save({ ...settings, notifier })}
          />
          <UserTermsEditor
            terms={settings.userTerms}
            onChange={(userTerms) => save({ ...settings, userTerms })}
          />
          <FollowUpSettings
            followUpHours={settings.followUpHours}
            onChange={(followUpHours) => void save({ ...settings, followUpHours })}
          />
          <RecheckSettings
            recheckEveryDays={settings.recheckEveryDays}
            onChange={(recheckEveryDays) => void save({ ...settings, recheckEveryDays })}
          />
          <ExpandCollapsedSetting
            allowed={settings.expandCollapsedPosts}
            onChange={(expandCollapsedPosts) => void save({ ...settings, expandCollapsedPosts })}
          />
        </>
      )}
    </main>
  );
}
