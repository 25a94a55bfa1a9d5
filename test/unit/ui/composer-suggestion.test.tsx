import { describe, expect, it } from 'vitest';
import { classify } from '../../../utils/classify';
import { getReport } from '../../../utils/db/reports';
import { analyse } from '../../../utils/hate-model/analyse';
import { loadModel } from '../../../utils/hate-model/load';
import { t } from '../../../utils/i18n';
import { defaultSettings, saveSettings, type UserTerm } from '../../../utils/settings';
import { makePostData, storeCapture } from '../factories';
import { buttonNamed, choose, query, typeInto, waitFor } from './dom';
import { openComposer, setChecked } from './pages';

// The assistant's suggestion in the composer, with the real classifier: the tests pick texts whose
// reading is unambiguous, and compare the page with what classify() itself returns.

const HATEFUL = 'Mort aux juifs, il faut le dire.';
const HOSTILE_MARKUP = '<img src=x onerror=alert(1)><script>alert(2)</script>';

async function composerOn(text: string) {
  const { report } = await storeCapture({ report: { extracted: makePostData({ text }) } });
  return { report, page: await openComposer(report.id) };
}

const marks = (page: HTMLElement) =>
  [...page.querySelectorAll('.suggestion .highlighted-text mark')].map((m) => m.textContent);

describe('composer: the assistant’s suggestion', () => {
  it('shows the suggested category, grounds and confidence', async () => {
    const { page } = await composerOn(HATEFUL);
    const expected = classify(HATEFUL);
    expect(expected.categoryId).toBe('hate-provocation');
    expect(query(page, '.suggestion .suggested-category').textContent).toBe(
      'Incitement to hatred, violence or discrimination',
    );
    expect(query(page, '.suggestion .suggested-grounds').textContent).toBe('Religion');
    expect(query(page, '.suggestion .suggestion-confidence').textContent).toBe(
      `${Math.round(expected.confidence * 100)}%`,
    );
    // Nothing is chosen for the person.
    expect(query<HTMLSelectElement>(page, '#category').value).toBe('');
    expect(query<HTMLInputElement>(page, '#ground-religion').checked).toBe(false);
    // Before a choice, the suggested category's details are shown, marked as a suggestion.
    expect(query(page, '.category-details').dataset.category).toBe('hate-provocation');
    expect(query(page, '.category-details h3').textContent).toContain(t('detailsSuggested'));
  });

  it('highlights exactly the matched substrings, and hostile text stays text', async () => {
    const text = `${HOSTILE_MARKUP} ${HATEFUL} ${HOSTILE_MARKUP}`;
    const { page } = await composerOn(text);
    const expected = classify(text).matches;
    expect(expected.length).toBeGreaterThan(0);

    expect(marks(page)).toEqual(expected.map((m) => text.slice(m.start, m.end)));
    expect(query(page, '.suggestion .highlighted-text').textContent).toBe(text);
    expect(page.querySelector('img[src="x"], script')).toBeNull();
    const item = query(page, '.match-list li[data-match-index="0"]');
    expect(query(item, '.match-text').textContent).toBe(expected[0]?.text);
    expect(item.textContent).toContain(expected[0]?.term);
    expect(item.textContent).toContain(expected[0]?.source);
  });

  it('runs again as the text is edited, with the person’s own terms', async () => {
    const terms: UserTerm[] = [{ term: 'zorglub', categoryId: 'discriminatory-insult', ground: 'origin' }];
    await saveSettings({
      ...defaultSettings,
      userTerms: terms,
      followUpHours: {},
    });
    const { page } = await composerOn('A post about the weather.');
    expect(query(page, '.suggestion .suggested-category').textContent).toBe(t('suggestionNoCategory'));
    expect(page.querySelector('.suggestion mark')).toBeNull();

    typeInto(query<HTMLTextAreaElement>(page, '#field-text'), 'Quel zorglub, celui-là.');
    await waitFor(() => page.querySelector('.suggestion mark'));
    expect(marks(page)).toEqual(['zorglub']);
    expect(query(page, '.match-list li').textContent).toContain(t('matchSourceUser'));
    expect(query(page, '.suggestion .suggested-category').textContent).toBe('Discriminatory public insult');

    typeInto(query<HTMLTextAreaElement>(page, '#field-text'), 'Quel temps, celui-là.');
    await waitFor(() => !page.querySelector('.suggestion mark'));
  });

  it('follows a change of the person’s terms made while the composer is open', async () => {
    const { page } = await composerOn('Quel zorglub, celui-là.');
    expect(page.querySelector('.suggestion mark')).toBeNull();
    await saveSettings({
      ...defaultSettings,
      userTerms: [{ term: 'zorglub', categoryId: 'discriminatory-insult', ground: null }],
      followUpHours: {},
    });
    await waitFor(() => page.querySelector('.suggestion mark'));
    expect(marks(page)).toEqual(['zorglub']);
  });

  it('“Use this suggestion” fills the pickers but saves nothing', async () => {
    const { report, page } = await composerOn(HATEFUL);
    buttonNamed(page, t('useSuggestion')).click();
    await waitFor(() => query<HTMLSelectElement>(page, '#category').value === 'hate-provocation');
    expect(query<HTMLInputElement>(page, '#ground-religion').checked).toBe(true);
    expect(page.querySelectorAll('fieldset.grounds input:checked')).toHaveLength(1);
    expect(query(page, '.save-status').textContent).toBe(t('unsavedChanges'));
    expect(query(page, '.category-details h3').textContent).toContain(t('detailsChosen'));

    const stored = await getReport(report.id);
    expect(stored?.categoryId).toBeNull();
    expect(stored?.grounds).toEqual([]);
    expect(stored?.suggestion).toBeNull();
    expect(stored?.status).toBe('draft');
  });

  it('saves the latest suggestion and the person’s own choice, even when they differ', async () => {
    const { report, page } = await composerOn('A post about the weather.');
    // The trained model loaded: the stored suggestion carries its explanation.
    await waitFor(() => page.querySelector('.model-explanation'), 20_000);
    typeInto(query<HTMLTextAreaElement>(page, '#field-text'), HATEFUL);
    await waitFor(() => page.querySelector('.suggestion mark'));
    buttonNamed(page, t('useSuggestion')).click();
    await waitFor(() => query<HTMLSelectElement>(page, '#category').value === 'hate-provocation');
    // The person disagrees: an insult, on grounds of origin and religion.
    choose(query<HTMLSelectElement>(page, '#category'), 'discriminatory-insult');
    setChecked(query<HTMLInputElement>(page, '#ground-origin'), true);
    await waitFor(() => query<HTMLInputElement>(page, '#ground-origin').checked);
    buttonNamed(page, t('save')).click();
    await waitFor(() => page.querySelector('.save-status .ok'));

    const stored = await getReport(report.id);
    expect(stored?.suggestion).toEqual(analyse(HATEFUL, await loadModel()));
    expect(stored?.suggestion).toMatchObject(classify(HATEFUL));
    expect(stored?.suggestion?.categoryId).toBe('hate-provocation');
    expect(stored?.categoryId).toBe('discriminatory-insult');
    expect(stored?.grounds).toEqual(['origin', 'religion']);
    expect(stored?.edits.text?.value).toBe(HATEFUL);
  });

  it('offers no button when nothing is suggested', async () => {
    const { page } = await composerOn('A post about the weather.');
    expect([...page.querySelectorAll('button')].map((b) => b.textContent)).not.toContain(t('useSuggestion'));
    expect(page.querySelector('.category-details')).toBeNull();
  });
});
