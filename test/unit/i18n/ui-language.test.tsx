import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ComposerPage } from '../../../components/composer/ComposerPage';
import { mountPage } from '../../../components/i18n/mount-page';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { setUiLang, t } from '../../../utils/i18n';
import { chosenUiLang, resolveUiLang } from '../../../utils/i18n/choice';
import { defaultSettings, loadSettings, saveSettings } from '../../../utils/settings';
import { storeCapture } from '../factories';
import { choose, query, waitFor } from '../ui/dom';

afterEach(() => {
  const app = document.getElementById('app');
  if (app) {
    render(null, app);
    app.remove();
  }
  setUiLang(undefined);
});

function appRoot(): HTMLElement {
  const app = document.createElement('div');
  app.id = 'app';
  document.body.append(app);
  return app;
}

const browserSpeaks = (locale: string) => vi.mocked(browser.i18n.getUILanguage).mockReturnValue(locale);

describe('the interface language', () => {
  it('follows the browser by default, French for any fr-*', async () => {
    expect(resolveUiLang('browser', 'fr-CA')).toBe('fr');
    expect(resolveUiLang('browser', 'de-DE')).toBe('en');
    expect(resolveUiLang('en', 'fr-FR')).toBe('en');
    expect((await loadSettings()).uiLanguage).toBe('browser');
    browserSpeaks('fr-BE');
    expect(await chosenUiLang()).toBe('fr');
  });

  it('keeps an older settings record readable, and falls back to the browser’s when settings are damaged', async () => {
    const { uiLanguage: _, ...older } = defaultSettings;
    await browser.storage.local.set({ settings: older });
    expect((await loadSettings()).uiLanguage).toBe('browser');
    await browser.storage.local.set({ settings: { ...defaultSettings, uiLanguage: 'de' } });
    browserSpeaks('fr-FR');
    expect(await chosenUiLang()).toBe('fr');
  });

  it('switches the options page when the person picks a language, title and lang included', async () => {
    browserSpeaks('en-GB');
    const app = appRoot();
    await mountPage(() => <OptionsPage />, { titleKey: 'optionsTitle' });
    const french = await waitFor(() =>
      app.querySelector<HTMLInputElement>('input[name="ui-language"][value="fr"]'),
    );
    expect(app.textContent).toContain(t('uiLanguageBrowser', 'en').replace('{language}', 'English'));
    french.click();
    await waitFor(() => app.querySelector('h1')?.textContent === t('optionsTitle', 'fr'));
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe(`Constat · ${t('optionsTitle', 'fr')}`);
    expect((await loadSettings()).uiLanguage).toBe('fr');
    query<HTMLInputElement>(app, 'input[name="ui-language"][value="browser"]').click();
    await waitFor(() => app.querySelector('h1')?.textContent === t('optionsTitle', 'en'));
  });

  it('keeps the notice’s own language when the interface switches', async () => {
    browserSpeaks('en-US');
    const { report } = await storeCapture();
    const app = appRoot();
    await mountPage(() => <ComposerPage search={`?id=${report.id}`} />);
    choose(await waitFor(() => app.querySelector<HTMLSelectElement>('#category')), 'threats');
    await waitFor(() => app.querySelector('#notice-explanation'));
    query<HTMLInputElement>(app, 'input[name="notice-language"][value="fr"]').click();
    await waitFor(() => app.querySelector('.notice-text')?.textContent?.includes('Base légale'));

    await saveSettings({ ...(await loadSettings()), uiLanguage: 'fr' });
    await waitFor(() => app.querySelector('#notice-heading')?.textContent === t('noticeHeading', 'fr'));
    expect(query<HTMLInputElement>(app, 'input[name="notice-language"][value="fr"]').checked).toBe(true);
    await saveSettings({ ...(await loadSettings()), uiLanguage: 'en' });
    await waitFor(() => app.querySelector('#notice-heading')?.textContent === t('noticeHeading', 'en'));
    expect(app.querySelector('.notice-text')?.textContent).toContain('Base légale');
  });

  it('keeps a printout in the language it was asked for', async () => {
    browserSpeaks('en-US');
    await saveSettings({ ...defaultSettings, uiLanguage: 'en' });
    appRoot();
    await mountPage(() => <p>{t('printTitle')}</p>, { titleKey: 'printTitle', lang: 'fr' });
    await saveSettings({ ...defaultSettings, uiLanguage: 'en' });
    expect(document.documentElement.lang).toBe('fr');
    expect(document.getElementById('app')?.textContent).toBe(t('printTitle', 'fr'));
  });
});
