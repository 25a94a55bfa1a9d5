import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupPage } from '../../../components/popup/PopupPage';
import { WelcomePage } from '../../../components/welcome/WelcomePage';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { listReports } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import { loadSettings, saveSettings } from '../../../utils/settings';
import { buttonNamed, mount, query, typeInto, waitFor } from './dom';

async function openWelcome() {
  const page = mount(<WelcomePage />);
  await waitFor(() => page.querySelector('.notifier-settings, [role="alert"]'));
  return page;
}

describe('welcome page', () => {
  it('shows the three steps, what stays on the machine, and a post marked as made up', async () => {
    const page = await openWelcome();
    expect(page.querySelectorAll('.welcome-steps li')).toHaveLength(3);
    expect(page.textContent).toContain(t('welcomePrivacy'));
    expect(query(page, '.try-post__post').textContent).toContain(t('welcomeTryMadeUp'));
  });

  it('saves the notifier’s name and email without touching the other settings', async () => {
    await saveSettings({
      version: 1,
      userTerms: [{ term: 'zorglub', categoryId: 'discriminatory-insult', ground: 'origin' }],
      followUpHours: { threats: 48 },
      notifier: { name: '', email: '' },
      recheckEveryDays: null,
      expandCollapsedPosts: false,
    });
    const page = await openWelcome();
    typeInto(query<HTMLInputElement>(page, '#notifier-name'), 'Camille Martin');
    typeInto(query<HTMLInputElement>(page, '#notifier-email'), 'camille@example.org');
    buttonNamed(page, t('notifierSave')).click();

    await waitFor(() => page.querySelector('.save-status .ok'));
    const saved = await loadSettings();
    expect(saved.notifier).toEqual({ name: 'Camille Martin', email: 'camille@example.org' });
    expect(saved.userTerms).toEqual([
      { term: 'zorglub', categoryId: 'discriminatory-insult', ground: 'origin' },
    ]);
    expect(saved.followUpHours).toEqual({ threats: 48 });
  });

  it('can be skipped: nothing is saved until the person asks', async () => {
    const page = await openWelcome();
    expect(page.textContent).toContain(t('welcomeNotifierSkip'));
    expect(await browser.storage.local.get('settings')).toEqual({});
  });

  it('leaves unreadable settings alone and points to the options page', async () => {
    await browser.storage.local.set({ settings: { version: 99 } });
    const page = await openWelcome();
    expect(query(page, '[role="alert"]').textContent).toContain(t('welcomeSettingsUnreadable'));
    expect(page.querySelector('.notifier-settings')).toBeNull();
    expect(await browser.storage.local.get('settings')).toEqual({ settings: { version: 99 } });
  });

  it('answers a right-click on the made-up post with a look-alike menu item, and saves nothing', async () => {
    const page = await openWelcome();
    const post = query(page, '.try-post__post');
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    post.dispatchEvent(menu);
    expect(menu.defaultPrevented).toBe(true);

    const item = await waitFor(() => page.querySelector<HTMLButtonElement>('.try-post__menu button'));
    await waitFor(() => document.activeElement === item);
    item.click();
    await waitFor(() => page.querySelector('.try-post__result'));
    expect(query(page, '.try-post [role="status"]').textContent).toContain(t('welcomeTryNothingSaved'));
    expect((await listReports(5)).reports).toEqual([]);
  });

  it('opens the same menu item from the keyboard and closes it with Escape', async () => {
    const page = await openWelcome();
    buttonNamed(page, t('welcomeTryKeyboard')).click();
    const item = await waitFor(() => page.querySelector<HTMLButtonElement>('.try-post__menu button'));
    item.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => !page.querySelector('.try-post__menu'));
  });

  it('has every one of its strings in French and English', () => {
    const keys = Object.keys(en).filter((key) => key.startsWith('welcome'));
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect(fr[key as keyof typeof fr]?.message, key).toBeTruthy();
  });

  it('is reachable from the popup', async () => {
    let opened = false;
    const page = mount(<PopupPage onOpened={() => (opened = true)} />);
    buttonNamed(page, t('welcomeOpen')).click();
    await waitFor(() => opened);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/welcome.html'));
  });
});
