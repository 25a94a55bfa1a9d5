import { describe, expect, it } from 'vitest';
import { classify } from '../../../utils/classify';
import { t } from '../../../utils/i18n';
import { makePostData, storeCapture } from '../factories';
import { query, typeInto, waitFor } from './dom';
import { openComposer } from './pages';

// The composer with the trained model and its rules: the suggestion on hate that uses no slur, and
// its explanation (rule, group and ground, weightiest words) highlighted in the text.

const HOSTILE_MARKUP = '<img src=x onerror=alert(1)>';

async function composerOn(text: string) {
  const { report } = await storeCapture({ report: { extracted: makePostData({ text }) } });
  const page = await openComposer(report.id);
  // The model loads on first use, after the page.
  await waitFor(() => page.querySelector('.model-explanation'), 20_000);
  return page;
}

describe('composer: the trained model, explained', () => {
  it('suggests an offence for hate with no slur, and says why', async () => {
    const text = `${HOSTILE_MARKUP} I hate Muslims.`;
    expect(classify(text).categoryId).toBeNull();
    const page = await composerOn(text);
    expect(query(page, '.suggestion .suggested-category').textContent).toBe('Discriminatory public insult');
    expect(query(page, '.suggestion .suggested-grounds').textContent).toBe('Religion');
    expect(query(page, '.model-decided').textContent).toBe(t('modelDecidedRule'));
    expect(query(page, '.model-rules li').dataset.rule).toBe('negative-emotion');
    expect(query(page, '.model-rules li').textContent).toContain(t('ruleNegativeEmotion'));
    expect(query(page, '.model-target').textContent).toContain('Muslims');
    expect(page.querySelectorAll('.model-words li').length).toBeGreaterThan(0);
    const marks = [...page.querySelectorAll('.model-explanation .highlighted-text mark')].map(
      (m) => m.textContent,
    );
    expect(marks.join(' ')).toContain('Muslims');
    // The text is shown as text.
    expect(query(page, '.model-explanation .highlighted-text').textContent).toBe(text);
    expect(page.querySelector('img[src="x"]')).toBeNull();
  });

  it('follows the text as it is edited, and says when the model’s score is not taken', async () => {
    const page = await composerOn('A post about the weather.');
    expect(query(page, '.model-decided').textContent).toBe(t('modelDecidedNone'));
    typeInto(query<HTMLTextAreaElement>(page, '#field-text'), 'Les juifs ne sont pas des parasites.');
    await waitFor(() => page.querySelector('.model-rules li[data-discounted="negation"]'));
    expect(query(page, '.suggestion .suggested-category').textContent).toBe(t('suggestionNoCategory'));
  });
});
