import { describe, expect, it } from 'vitest';
import { LogPage } from '../../../components/log/LogPage';
import { classify } from '../../../utils/classify';
import { analyse } from '../../../utils/hate-model/analyse';
import { loadModel } from '../../../utils/hate-model/load';
import { t } from '../../../utils/i18n';
import { makePostData, storeCapture } from '../factories';
import { mount, query, waitFor } from './dom';
import { citedProvisions } from './pages';

const HATEFUL = 'Mort aux juifs, il faut le dire.';

async function openDetail(reportId: string) {
  window.location.hash = `#${reportId}`;
  const page = mount(<LogPage win={window} />);
  await waitFor(() => page.querySelector('.classification-summary'));
  return page;
}

describe('log detail: offence, grounds and legal basis', () => {
  it('shows the person’s choice beside the assistant’s suggestion, with the legal basis of the choice', async () => {
    const { report } = await storeCapture({
      report: {
        extracted: makePostData({ text: HATEFUL }),
        categoryId: 'discriminatory-insult',
        grounds: ['origin'],
        suggestion: classify(HATEFUL),
        status: 'saved',
      },
    });
    const page = await openDetail(report.id);
    const summary = query(page, '.classification-summary');

    expect(query(summary, '.chosen-category').textContent).toBe('Discriminatory public insult');
    expect(query(summary, '.chosen-grounds').textContent).toBe('Origin, ethnicity, nationality or “race”');
    expect(query(summary, '.suggested-category').textContent).toBe(
      'Incitement to hatred, violence or discrimination',
    );
    expect(query(summary, '.suggested-grounds').textContent).toBe('Religion');
    expect(summary.textContent).toContain(t('summaryDiffersFromSuggestion'));
    expect(citedProvisions(summary)).toEqual(['loi1881-33-al3', 'loi1881-65-3']);
    expect([...summary.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(
      classify(HATEFUL).matches.map((m) => m.text),
    );
    window.location.hash = '';
  });

  it('shows the stored explanation of the trained model and its rules', async () => {
    const text = 'I hate Muslims.';
    const { report } = await storeCapture({
      report: {
        extracted: makePostData({ text }),
        suggestion: analyse(text, await loadModel()),
        status: 'saved',
      },
    });
    const page = await openDetail(report.id);
    const explanation = query(page, '.classification-summary .model-explanation');
    expect(query(explanation, '.model-rules li').dataset.rule).toBe('negative-emotion');
    expect(query(explanation, '.model-target').textContent).toContain('Muslims');
    expect(query(explanation, '.highlighted-text').textContent).toBe(text);
    window.location.hash = '';
  }, 30_000);

  it('says when no category was chosen and no suggestion stored', async () => {
    const { report } = await storeCapture();
    const page = await openDetail(report.id);
    const summary = query(page, '.classification-summary');
    expect(query(summary, '.chosen-category').textContent).toBe(t('noCategory'));
    expect(query(summary, '.chosen-grounds').textContent).toBe(t('groundsNone'));
    expect(summary.textContent).toContain(t('summaryNoSuggestion'));
    expect(summary.textContent).toContain(t('summaryNoLegalBasis'));
    window.location.hash = '';
  });
});

describe('log detail: sexual content involving minors', () => {
  it('shows no picture of it, even one still stored, and says how to delete them', async () => {
    const { report } = await storeCapture({
      report: { categoryId: 'child-sexual-content', status: 'saved' },
    });
    const page = await openDetail(report.id);
    expect(page.querySelectorAll('img, iframe')).toHaveLength(0);
    expect(query(page, '.no-media-note').textContent).toBe(t('neverCaptureLogNote'));
    // The rest of the evidence is still listed with its fingerprints.
    expect(page.querySelectorAll('.evidence-list li')).toHaveLength(report.evidence.length);
    window.location.hash = '';
  });
});
