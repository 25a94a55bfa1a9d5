import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { SCREENSHOT_ORIGINS } from '../../utils/recheck/check-post';

/**
 * The optional access to all sites that lets a recheck photograph the window it opened. Asked only
 * on this button's click (the browser requires a click), and withdrawn here too.
 */
export function RecheckScreenshotAccess() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    // In an async function, so that a browser without the API (or a throwing one) reads as "not granted".
    (async () => browser.permissions.contains({ origins: SCREENSHOT_ORIGINS }))().then(setGranted, () =>
      setGranted(false),
    );
  }, []);
  // Called straight from the click: Firefox grants a request only in the click's own handler.
  const allow = () => {
    void browser.permissions.request({ origins: SCREENSHOT_ORIGINS }).then((ok) => {
      setGranted(ok);
      setDenied(!ok);
    });
  };
  const withdraw = () => {
    void browser.permissions.remove({ origins: SCREENSHOT_ORIGINS }).then(() => setGranted(false));
  };
  return (
    <section class="recheck-screenshots" aria-labelledby="recheck-screenshots-heading">
      <h2 id="recheck-screenshots-heading">{t('recheckScreenshotsHeading')}</h2>
      <p class="field-hint">{t('recheckScreenshotsExplain')}</p>
      {granted ? (
        <p>
          {t('recheckScreenshotsAllowed')}{' '}
          <button type="button" onClick={withdraw}>
            {t('recheckScreenshotsWithdraw')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={allow} disabled={granted === null}>
          {t('recheckScreenshotsAllow')}
        </button>
      )}
      {denied && <p class="muted">{t('recheckScreenshotsDenied')}</p>}
    </section>
  );
}
