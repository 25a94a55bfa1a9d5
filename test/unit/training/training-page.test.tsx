import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { TrainingPage } from '../../../components/training/TrainingPage';
import { t } from '../../../utils/i18n';
import { bundledPracticeSet } from '../../../utils/training/bundled-set';
import { getExample, saveExample } from '../../../utils/training/examples-store';
import { getSession, saveSession } from '../../../utils/training/practice-store';
import { newSession } from '../../../utils/training/sets';
import { exampleFromCapture } from '../../../utils/training/tag-target';
import { makeCapture, makePostData } from '../factories';
import { buttonNamed, choose, mount, query, waitFor } from '../ui/dom';
import { freshTrainingDB } from './training-db';

freshTrainingDB();

function openAt(hash: string): HTMLElement {
  window.location.hash = hash;
  return mount(<TrainingPage />);
}

describe('training page: tagging', () => {
  it('shows the assistant only after the tagger has answered, and stores every layer', async () => {
    const { report, evidence } = await makeCapture({
      report: { extracted: makePostData({ text: 'Sale Arabe, on va te retrouver.' }) },
    });
    const { example, files } = exampleFromCapture({ report, evidence, warnings: [] });
    await saveExample(example, files);
    const page = openAt(`tag/${example.id}`);
    await waitFor(() => page.querySelector('form.label-form'));
    expect(page.textContent).toContain('Sale Arabe, on va te retrouver.');
    expect(page.querySelector('#suggestion-heading')).toBeNull();
    expect(page.textContent).toContain(t('trainingSuggestionAfter'));

    choose(query<HTMLSelectElement>(page, '#category'), 'threats');
    // Choosing an offence makes the content illegal: the layers stay in step.
    await waitFor(() => query<HTMLInputElement>(page, '#legality-illegal').checked);
    // act() renders each change before the next click, as a person's pace would.
    act(() => query<HTMLInputElement>(page, '#ground-origin').click());
    act(() => query<HTMLInputElement>(page, '#severity-3').click());
    act(() => query<HTMLInputElement>(page, '#confidence-high').click());
    expect(page.querySelector<HTMLAnchorElement>('a[href="#guidelines/threats"]')).not.toBeNull();
    buttonNamed(page, t('trainingSaveAnswer')).click();

    await waitFor(() => page.querySelector('#suggestion-heading'));
    const stored = await getExample(example.id);
    expect(stored?.label).toMatchObject({
      categoryId: 'threats',
      grounds: ['origin'],
      legality: 'illegal',
      severity: 3,
      confidence: 'high',
    });
  });

  it('saves an acceptable answer as it starts', async () => {
    const { report, evidence } = await makeCapture();
    const { example, files } = exampleFromCapture({ report, evidence, warnings: [] });
    await saveExample(example, files);
    const page = openAt(`tag/${example.id}`);
    await waitFor(() => page.querySelector('form.label-form'));
    // "Acceptable", severity "None" is the starting point: saving it needs nothing more.
    buttonNamed(page, t('trainingSaveAnswer')).click();
    await waitFor(() => page.querySelector('#suggestion-heading'));
    expect((await getExample(example.id))?.label?.legality).toBe('acceptable');
  });
});

describe('training page: a practice session', () => {
  it('gives feedback after each answer, then the score', async () => {
    const set = { ...bundledPracticeSet(), items: bundledPracticeSet().items.slice(0, 2) };
    const session = newSession(bundledPracticeSet());
    // Two items only: the rest counted as already answered with their reference.
    const rest = session.itemIds.filter((id) => !set.items.some((i) => i.id === id));
    const answers = rest.map((itemId) => ({
      itemId,
      label: bundledPracticeSet().items.find((i) => i.id === itemId)!.reference,
      answeredAt: session.startedAt,
    }));
    await saveSession({ ...session, answers });
    const page = openAt(`session/${session.id}`);
    for (let n = 0; n < 2; n++) {
      await waitFor(() => page.querySelector('form.label-form'));
      buttonNamed(page, t('trainingSubmitAnswer')).click();
      await waitFor(() => page.querySelector('.feedback'));
      expect(page.textContent).toContain(t('trainingExplanation'));
      buttonNamed(page, t(n === 1 ? 'trainingSeeScore' : 'trainingNext')).click();
    }
    await waitFor(() => page.querySelector('#score-heading'));
    expect(page.querySelector('[data-figure="accuracy"]')?.textContent).toMatch(/%/);
    expect(page.querySelector('table.confusion')).not.toBeNull();
    expect((await getSession(session.id))?.finishedAt).not.toBeNull();
  });
});

describe('training page: guidelines', () => {
  it('shows a category’s definition, exclusions, legal basis and made-up examples', async () => {
    const page = openAt('guidelines/discriminatory-insult');
    await waitFor(() => page.querySelector('#guideline-heading'));
    expect(page.textContent).toContain(t('trainingNotCovered'));
    expect(page.textContent).toContain('33');
    expect(page.querySelectorAll('.made-up').length).toBeGreaterThan(2);
  });
});

describe('popup', () => {
  it('opens training mode in a tab', async () => {
    const { PopupPage } = await import('../../../components/popup/PopupPage');
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    let opened = false;
    const page = mount(<PopupPage onOpened={() => (opened = true)} />);
    buttonNamed(page, t('trainingOpen')).click();
    await waitFor(() => opened);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((tab) => tab.url?.endsWith('/training.html#examples'))).toBe(true);
  });
});

describe('training page: the form says what is missing', () => {
  it('asks for the offence of illegal content, in the UI language', async () => {
    const { report, evidence } = await makeCapture();
    const { example, files } = exampleFromCapture({ report, evidence, warnings: [] });
    await saveExample(example, files);
    const page = openAt(`tag/${example.id}`);
    await waitFor(() => page.querySelector('form.label-form'));
    act(() => query<HTMLInputElement>(page, '#legality-illegal').click());
    buttonNamed(page, t('trainingSaveAnswer')).click();
    await waitFor(() => page.textContent?.includes(t('trainingCategoryMissing')));
    expect((await getExample(example.id))?.label).toBeNull();
  });
});
