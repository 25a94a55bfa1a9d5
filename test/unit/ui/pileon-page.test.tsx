import { describe, expect, it } from 'vitest';
import { PileonPage } from '../../../components/pileon/PileonPage';
import { saveCapture } from '../../../utils/db/reports';
import { createCollection } from '../../../utils/pileon/store';
import { sampleCapture } from '../capture/capture-fixture';
import { collection, item } from '../pileon/collection-factory';
import { choose, mount, waitFor } from './dom';

async function storedCollection() {
  const { report, evidence } = await sampleCapture();
  await saveCapture(report, evidence);
  const items = [
    item('raider_a', 0, 'Nobody wants you here. Go back to your country', { reportId: report.id }),
    item('raider_b', 20, 'nobody wants you here, go back to your country!'),
    item('raider_a', 70, 'Log off'),
    item('friend', 75, 'Stay strong', { linked: true }),
  ];
  const stored = collection(items);
  await createCollection(stored);
  return { stored, report };
}

describe('the collection page', () => {
  it('shows the counts, the hours, the repeated phrases, the evidence links, the notice and the summary', async () => {
    const { stored, report } = await storedCollection();
    const page = mount(<PileonPage location={{ search: `?id=${stored.id}` }} />);
    const replies = await waitFor(() => page.querySelector('[data-testid="count-replies"]'));
    expect(replies.textContent).toBe('4');
    expect(page.querySelector('[data-testid="count-authors"]')?.textContent).toBe('3');
    const hours = [...page.querySelectorAll('[data-testid="per-hour"] tbody tr td:nth-child(2)')];
    expect(hours.map((td) => td.textContent)).toEqual(['2', '2']);
    expect(page.querySelector('[data-testid="phrases"]')?.textContent).toContain(
      'nobody wants you here go back to your country',
    );
    const evidence = page.querySelectorAll('[data-testid="evidence-list"] li');
    expect(evidence).toHaveLength(4);
    expect(evidence[0]?.querySelector('a[href*="log.html#"]')?.getAttribute('href')).toContain(report.id);
    expect(evidence[3]?.textContent).toContain('already in the log');
    // Without the thread's tab, the page says how to list more instead of polling a tab.
    expect(page.textContent).toContain('The thread’s tab is not known here');

    choose(page.querySelector('select') as HTMLSelectElement, 'fr');
    const notice = await waitFor(() => {
      const text = (page.querySelector('[data-testid="notice-text"]') as HTMLTextAreaElement | null)?.value;
      return text?.includes('4 réponses publiées par 3 comptes distincts') && text;
    });
    for (const i of stored.items) expect(notice).toContain(i.permalink);
    // The panel speaks the interface's language; the notice and the summary, the language chosen.
    expect(page.querySelector('[data-testid="address-count"]')?.textContent).toBe('Address 1 of 4');
    const summary = page.querySelector('[data-testid="summary"]');
    expect(summary?.getAttribute('lang')).toBe('fr');
    expect(summary?.textContent).toContain('Récapitulatif d’une attaque coordonnée en ligne');
    const hash = report.evidence.find((e) => e.kind === 'post-crop')?.sha256 ?? 'none';
    expect(summary?.textContent).toContain(hash);
  });

  it('gives the addresses one by one', async () => {
    const { stored } = await storedCollection();
    const page = mount(<PileonPage location={{ search: `?id=${stored.id}` }} />);
    const current = await waitFor(() => page.querySelector('[data-testid="address-current"]'));
    expect(current.textContent).toBe(stored.items[0]?.permalink);
    const next = [...page.querySelectorAll('button')].find(
      (b) => b.textContent === 'Next',
    ) as HTMLButtonElement;
    next.click();
    await waitFor(() => current.textContent === stored.items[1]?.permalink);
    expect(page.querySelector('[data-testid="address-count"]')?.textContent).toBe('Address 2 of 4');
  });

  it('says when the collection does not exist', async () => {
    const page = mount(<PileonPage location={{ search: `?id=${crypto.randomUUID()}` }} />);
    await waitFor(() => page.textContent?.includes('This collection does not exist'));
  });
});
