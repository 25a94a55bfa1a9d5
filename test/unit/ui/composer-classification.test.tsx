import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { getReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import { defaultSettings, saveSettings } from '../../../utils/settings';
import { makePostData, storeCapture } from '../factories';
import { buttonNamed, choose, query, waitFor } from './dom';
import { citedProvisions, openComposer, setChecked } from './pages';

afterEach(() => {
  vi.restoreAllMocks();
});

const groundBox = (page: HTMLElement, id: string) => query<HTMLInputElement>(page, `#ground-${id}`);

describe('composer: category, grounds and legal basis', () => {
  it('lists every category of the taxonomy and a checkbox per ground, in a fieldset', async () => {
    const { report } = await storeCapture();
    const page = await openComposer(report.id);
    const options = [...query<HTMLSelectElement>(page, '#category').options].map((o) => o.value);
    expect(options).toContain('child-sexual-content');
    expect(options).toContain('sexual-harassment');
    expect(options).toHaveLength(13); // "choose…" and the twelve categories
    const fieldset = query(page, 'fieldset.grounds');
    expect(query(fieldset, 'legend').textContent).toBe(t('groundsLegend'));
    expect(fieldset.querySelectorAll('input[type="checkbox"]')).toHaveLength(6);
    expect(query(fieldset, 'label[for="ground-gender-identity"]').textContent).toBe('Gender identity');
  });

  it('cites the paragraph that matches the grounds ticked', async () => {
    const { report } = await storeCapture({ report: { extracted: makePostData({ text: 'Nothing here.' }) } });
    const page = await openComposer(report.id);

    choose(query<HTMLSelectElement>(page, '#category'), 'hate-provocation');
    await waitFor(() => page.querySelector('[data-category="hate-provocation"]'));
    expect(citedProvisions(page)).toEqual(['loi1881-24-al7', 'loi1881-24-al8', 'loi1881-65-3']);
    expect(query(page, '.legal-basis').textContent).toContain(t('legalBasisChooseGrounds'));

    setChecked(groundBox(page, 'religion'), true);
    await waitFor(() => citedProvisions(page).length === 2);
    expect(citedProvisions(page)).toEqual(['loi1881-24-al7', 'loi1881-65-3']);
    expect(query(page, '[data-provision="loi1881-24-al7"]').textContent).toContain(
      'Loi du 29 juillet 1881, art. 24 al. 7',
    );

    setChecked(groundBox(page, 'religion'), false);
    setChecked(groundBox(page, 'disability'), true);
    await waitFor(() => citedProvisions(page)[0] === 'loi1881-24-al8');
    expect(citedProvisions(page)).toEqual(['loi1881-24-al8', 'loi1881-65-3']);

    // For threats a ground is an aggravation: cited only once a ground is ticked.
    choose(query<HTMLSelectElement>(page, '#category'), 'threats');
    await waitFor(() => page.querySelector('[data-category="threats"]'));
    setChecked(groundBox(page, 'disability'), false);
    await waitFor(() => citedProvisions(page).length === 2);
    expect(citedProvisions(page)).toEqual(['cp-222-17', 'cp-222-18']);
    setChecked(groundBox(page, 'sex'), true);
    await waitFor(() => citedProvisions(page).length === 3);
    expect(citedProvisions(page)).toEqual(['cp-222-17', 'cp-222-18', 'cp-132-77']);
  });

  it('shows the definition with what it does not cover, and the DSA category', async () => {
    const { report } = await storeCapture();
    const page = await openComposer(report.id);
    choose(query<HTMLSelectElement>(page, '#category'), 'discriminatory-insult');
    const details = await waitFor(() => page.querySelector('[data-category="discriminatory-insult"]'));
    expect(query(details, '.not-covered strong').textContent).toBe('Not covered');
    expect(query(details, '.not-covered').textContent).toContain('counter-speech');
    expect(query(details, '.definition').textContent).not.toContain('Not covered');
    expect(query(details, '.dsa').textContent).toContain('STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH');
    expect(query(details, '.dsa').textContent).toContain('KEYWORD_HATE_SPEECH');
    expect(query(details, '.dsa').textContent).toContain(t('dsaClosestFit'));
  });

  it('shows the reminder from the settings over the default, and the rule that it is not law', async () => {
    await saveSettings({
      ...defaultSettings,
      userTerms: [],
      followUpHours: { 'hate-provocation': 48, threats: null },
    });
    const { report } = await storeCapture();
    const page = await openComposer(report.id);
    const select = query<HTMLSelectElement>(page, '#category');

    choose(select, 'hate-provocation');
    const mine = await waitFor(() => page.querySelector<HTMLElement>('.follow-up[data-source="setting"]'));
    expect(mine.dataset.hours).toBe('48');
    expect(query(mine, '.follow-up__value').textContent).toBe(`${t('followUpAfter')} 48 hours`);
    expect(mine.textContent).toContain(`${t('followUpDefaultIs')} 24 hours`);
    expect(query(mine, '.follow-up__why').textContent).toContain('A reminder, not a legal obligation');
    expect(query(mine, '.follow-up__why').textContent).toContain('2020-801 DC');

    choose(select, 'threats');
    await waitFor(() => page.querySelector('.follow-up[data-hours="none"]'));
    expect(query(page, '.follow-up').dataset.source).toBe('setting');

    choose(select, 'terrorism');
    const byDefault = await waitFor(() =>
      page.querySelector<HTMLElement>('.follow-up[data-source="default"]'),
    );
    expect(byDefault.dataset.hours).toBe('1');
    expect(query(byDefault, '.follow-up__why').textContent).toContain('2021/784');
  });

  it('says so, rather than using defaults quietly, when the settings cannot be read', async () => {
    await browser.storage.local.set({ settings: { version: 7 } });
    const { report } = await storeCapture();
    const page = await openComposer(report.id);
    choose(query<HTMLSelectElement>(page, '#category'), 'hate-provocation');
    await waitFor(() => page.querySelector('.follow-up'));
    expect(page.textContent).toContain(t('settingsUnreadableInComposer'));
    expect(query(page, '.follow-up').textContent).toContain(t('followUpSettingsUnreadable'));
    expect(query(page, '.follow-up').dataset.source).toBe('default');
  });

  it('saves the grounds with the category', async () => {
    const { report } = await storeCapture();
    const page = await openComposer(report.id);
    choose(query<HTMLSelectElement>(page, '#category'), 'discriminatory-insult');
    setChecked(groundBox(page, 'sexual-orientation'), true);
    setChecked(groundBox(page, 'origin'), true);
    await waitFor(() => page.querySelector('.save-status .muted'));
    buttonNamed(page, t('save')).click();
    await waitFor(() => page.querySelector('.save-status .ok'));

    const stored = await getReport(report.id);
    expect(stored?.categoryId).toBe('discriminatory-insult');
    // In the taxonomy's order, whatever the order of the clicks.
    expect(stored?.grounds).toEqual(['origin', 'sexual-orientation']);
  });

  it('speaks French to a French browser: grounds, headings and the legal basis explanation', async () => {
    vi.mocked(browser.i18n.getUILanguage).mockReturnValue('fr-FR');
    const { report } = await storeCapture();
    const page = await openComposer(report.id);
    choose(query<HTMLSelectElement>(page, '#category'), 'platform-rules');
    await waitFor(() => page.querySelector('[data-category="platform-rules"]'));
    expect(query(page, 'fieldset.grounds legend').textContent).toBe('Motifs visés');
    expect(query(page, 'label[for="ground-disability"]').textContent).toBe('Handicap');
    expect(query(page, '.legal-basis').textContent).toBe(t('legalBasisNotIllegal', 'fr'));
    expect(query(page, '.not-covered strong').textContent).toBe('Ne sont pas visés');
  });
});
