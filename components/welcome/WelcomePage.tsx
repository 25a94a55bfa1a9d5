import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import { type Settings, saveSettings } from '../../utils/settings';
import { logUrl, optionsUrl } from '../common/extension-urls';
import { NotifierSettings } from '../common/NotifierSettings';
import { type SaveStatus, SaveStatusLine } from '../common/SaveStatusLine';
import { useSettings } from '../common/use-settings';
import { ReportSteps } from './ReportSteps';
import { TryPost } from './TryPost';

/** welcome.html: the first minutes after install — how to report, who signs, what stays here, a try. */
export function WelcomePage() {
  const [loaded] = useSettings();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  const saveNotifier = async (settings: Settings, notifier: Settings['notifier']) => {
    try {
      await saveSettings({ ...settings, notifier });
      setStatus({ kind: 'saved' });
      return true;
    } catch (error) {
      setStatus({ kind: 'failed', message: errorText(error) });
      return false;
    }
  };

  return (
    <main class="page welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <ReportSteps />
      <TryPost />
      {loaded.kind === 'ready' && (
        <NotifierSettings
          notifier={loaded.settings.notifier}
          onChange={(notifier) => saveNotifier(loaded.settings, notifier)}
        />
      )}
      {/* Unreadable settings are repaired on the options page, which explains the choice; never here. */}
      {loaded.kind === 'failed' && (
        <p class="error" role="alert">
          {t('welcomeSettingsUnreadable')} <a href={optionsUrl()}>{t('openOptions')}</a>
        </p>
      )}
      <p class="muted">{t('welcomeNotifierSkip')}</p>
      <SaveStatusLine status={status} />
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('welcomePrivacyHeading')}</h2>
        <p>{t('welcomePrivacy')}</p>
      </section>
      <p>
        <a href={logUrl()}>{t('openLog')}</a> · <a href={optionsUrl()}>{t('openOptions')}</a>
      </p>
    </main>
  );
}
