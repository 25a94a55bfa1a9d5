import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LogPage } from '../../../components/log/LogPage';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { PopupPage } from '../../../components/popup/PopupPage';
import { t } from '../../../utils/i18n';
import { defaultSettings, loadSettings, type Settings, saveSettings } from '../../../utils/settings';
import { buttonNamed, choose, mount, query, typeInto, waitFor } from './dom';

afterEach(() => {
  vi.restoreAllMocks();
});

async function openOptions() {
  const page = mount(<OptionsPage />);
  await waitFor(() => page.querySelector('.user-terms, .settings-error'));
  return page;
}

function addTerm(page: HTMLElement, term: string, categoryId: string, ground = '') {
  typeInto(query<HTMLInputElement>(page, '#user-term'), term);
  choose(query<HTMLSelectElement>(page, '#user-term-category'), categoryId);
  choose(query<HTMLSelectElement>(page, '#user-term-ground'), ground);
}

/** The stored settings once `check` holds (a save that changes nothing on screen is awaited here). */
async function storedWhen(check: (settings: Settings) => boolean, timeoutMs = 3000): Promise<Settings> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const settings = await loadSettings();
    if (check(settings)) return settings;
    if (Date.now() > deadline) throw new Error('The settings never reached the expected state');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Sets a number field and commits it, as leaving the field does. */
function commitNumber(input: HTMLInputElement, value: string) {
  typeInto(input, value);
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('options page: the person’s own terms', () => {
  it('adds a term with its category and ground, then removes it', async () => {
    const page = await openOptions();
    expect(page.textContent).toContain(t('userTermsEmpty'));

    addTerm(page, '  zorglub ', 'discriminatory-insult', 'origin');
    await waitFor(() => query<HTMLSelectElement>(page, '#user-term-ground').value === 'origin');
    buttonNamed(page, t('userTermAdd')).click();
    await waitFor(() => page.querySelector('[data-term="zorglub"]'));
    expect((await loadSettings()).userTerms).toEqual([
      { term: 'zorglub', categoryId: 'discriminatory-insult', ground: 'origin' },
    ]);
    expect(query(page, '[data-term="zorglub"]').textContent).toContain('Discriminatory public insult');
    expect(query<HTMLInputElement>(page, '#user-term').value).toBe('');

    const remove = query<HTMLButtonElement>(page, '[data-term="zorglub"] button');
    expect(remove.getAttribute('aria-label')).toBe(`${t('userTermRemove')} zorglub`);
    remove.click();
    await waitFor(() => !page.querySelector('[data-term="zorglub"]'));
    expect((await loadSettings()).userTerms).toEqual([]);
  });

  it('refuses an empty term, a term without category and a duplicate, saying why', async () => {
    await saveSettings({
      ...defaultSettings,
      userTerms: [{ term: 'Zorglub', categoryId: 'threats', ground: null }],
      followUpHours: {},
    });
    const page = await openOptions();

    buttonNamed(page, t('userTermAdd')).click();
    await waitFor(() => page.querySelector('#user-term-error'));
    expect(query(page, '#user-term-error').textContent).toBe(t('termEmpty'));

    typeInto(query<HTMLInputElement>(page, '#user-term'), 'other');
    await waitFor(() => query<HTMLInputElement>(page, '#user-term').value === 'other');
    buttonNamed(page, t('userTermAdd')).click();
    await waitFor(() => query(page, '#user-term-error').textContent === t('termNoCategory'));

    addTerm(page, 'zorglub', 'threats');
    await waitFor(() => query<HTMLSelectElement>(page, '#user-term-category').value === 'threats');
    buttonNamed(page, t('userTermAdd')).click();
    await waitFor(() => query(page, '#user-term-error').textContent === t('termDuplicate'));
    expect((await loadSettings()).userTerms).toHaveLength(1);
  });
});

describe('options page: follow-up reminders', () => {
  it('shows each default, sets hours or none, and resets to the default', async () => {
    const page = await openOptions();
    const row = () => query<HTMLElement>(page, '.follow-up-row[data-category="hate-provocation"]');
    expect(row().textContent).toContain(`${t('followUpDefaultIs')} 24 hours`);
    expect(row().dataset.mode).toBe('default');
    expect(query(row(), '.follow-up-why').textContent).toContain('A reminder, not a legal obligation');
    expect(page.querySelectorAll('.follow-up-row')).toHaveLength(12);

    choose(query<HTMLSelectElement>(row(), 'select'), 'hours');
    await waitFor(() => row().dataset.mode === 'hours');
    expect((await loadSettings()).followUpHours).toEqual({ 'hate-provocation': 24 });

    commitNumber(query<HTMLInputElement>(row(), 'input[type="number"]'), '48');
    expect((await storedWhen((s) => s.followUpHours['hate-provocation'] === 48)).followUpHours).toEqual({
      'hate-provocation': 48,
    });

    commitNumber(query<HTMLInputElement>(row(), 'input[type="number"]'), '0');
    await waitFor(() => row().querySelector('[role="alert"]'));
    expect(query(row(), '[role="alert"]').textContent).toBe(t('followUpHoursInvalid'));
    expect((await loadSettings()).followUpHours['hate-provocation']).toBe(48);

    choose(query<HTMLSelectElement>(row(), 'select'), 'none');
    await waitFor(() => row().dataset.mode === 'none');
    expect((await loadSettings()).followUpHours).toEqual({ 'hate-provocation': null });

    buttonNamed(row(), t('followUpReset')).click();
    await waitFor(() => row().dataset.mode === 'default');
    expect((await loadSettings()).followUpHours).toEqual({});
    expect(row().querySelector('button')).toBeNull();
  });
});

describe('options page: settings that cannot be read', () => {
  it('shows the error and resets only when the person asks', async () => {
    const damaged = { version: 1, userTerms: 'not a list', followUpHours: {} };
    await browser.storage.local.set({ settings: damaged });
    const page = await openOptions();

    expect(query(page, '.settings-error [role="alert"]').textContent).toContain('unreadable');
    expect(page.querySelector('.user-terms')).toBeNull();
    // Never replaced behind the person's back.
    expect((await browser.storage.local.get('settings')).settings).toEqual(damaged);

    buttonNamed(page, t('settingsReset')).click();
    await waitFor(() => page.querySelector('.user-terms'));
    expect(await loadSettings()).toEqual(defaultSettings);
    expect(page.querySelector('.settings-error')).toBeNull();
  });
});

describe('links to the options page', () => {
  it('from the popup, in a tab', async () => {
    const onOpened = vi.fn();
    const page = mount(<PopupPage onOpened={onOpened} />);
    buttonNamed(page, t('openOptions')).click();
    await waitFor(() => onOpened.mock.calls.length > 0);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/options.html'));
  });

  it('from the log', async () => {
    const page = mount(<LogPage win={window} />);
    await waitFor(() => page.textContent?.includes(t('logEmpty')));
    const link = [...page.querySelectorAll('a')].find((a) => a.textContent === t('openOptions'));
    expect(link?.getAttribute('href')).toBe(fakeBrowser.runtime.getURL('/options.html'));
  });
});

describe('options: who signs the notices', () => {
  it('saves the name and email a notice carries, and refuses a malformed email', async () => {
    const page = await openOptions();
    typeInto(query<HTMLInputElement>(page, '#notifier-name'), '  Camille Martin ');
    typeInto(query<HTMLInputElement>(page, '#notifier-email'), 'camille@');
    buttonNamed(page, t('notifierSave')).click();
    await waitFor(() => page.querySelector('#notifier-email-error'));
    expect(query(page, '#notifier-email-error').textContent).toBe(t('notifierEmailInvalid'));
    expect((await loadSettings()).notifier).toEqual({ name: '', email: '' });

    typeInto(query<HTMLInputElement>(page, '#notifier-email'), 'camille@example.org');
    buttonNamed(page, t('notifierSave')).click();
    const saved = await storedWhen((s) => s.notifier.email !== '');
    expect(saved.notifier).toEqual({ name: 'Camille Martin', email: 'camille@example.org' });
    expect(page.querySelector('#notifier-email-error')).toBeNull();
  });
});
