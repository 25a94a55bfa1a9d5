import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { t } from '../../../utils/i18n';
import { defaultSettings, loadSettings } from '../../../utils/settings';
import { mount, query, waitFor } from '../ui/dom';

/** The stored option once it is `allowed` (a save is awaited here, not timed). */
async function storedAs(allowed: boolean): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    if ((await loadSettings()).expandCollapsedPosts === allowed) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`The option never became ${allowed}`);
}

describe('the option "Expand collapsed posts before capture"', () => {
  it('is off by default, and settings stored before it existed read as off', async () => {
    expect(defaultSettings.expandCollapsedPosts).toBe(false);
    await browser.storage.local.set({
      settings: { version: 1, userTerms: [], followUpHours: {}, notifier: { name: 'A', email: '' } },
    });
    const settings = await loadSettings();
    expect(settings.expandCollapsedPosts).toBe(false);
    expect(settings.notifier.name).toBe('A');
  });

  it('refuses a stored value that is not a yes or no, rather than guessing', async () => {
    await browser.storage.local.set({ settings: { ...defaultSettings, expandCollapsedPosts: 'yes' } });
    await expect(loadSettings()).rejects.toThrow(/expandCollapsedPosts/);
  });

  it('is turned on and off from the options page, keeping the other settings', async () => {
    await browser.storage.local.set({ settings: { ...defaultSettings, notifier: { name: 'B', email: '' } } });
    const page = mount(<OptionsPage />);
    const box = await waitFor(() => page.querySelector<HTMLInputElement>('input[name="expand-collapsed"]'));
    expect(query(page, '#expand-collapsed-heading').textContent).toBe(t('expandCollapsedHeading'));
    expect(box.checked).toBe(false);
    box.click();
    await storedAs(true);
    expect((await loadSettings()).notifier.name).toBe('B');
    const shown = await waitFor(() =>
      page.querySelector<HTMLInputElement>('input[name="expand-collapsed"]:checked'),
    );
    shown.click();
    await storedAs(false);
  });
});
