import { afterEach, describe, expect, it } from 'vitest';
import { fill } from '../../../components/log/fill';
import { LogPage } from '../../../components/log/LogPage';
import { t } from '../../../utils/i18n';
import { makePostData, storeCapture } from '../factories';
import { choose, mount, query, typeInto, waitFor } from './dom';

afterEach(() => {
  window.location.hash = '';
});

async function seed() {
  const made = (day: string, handle: string, text: string, platform: 'x' | 'facebook' = 'x') =>
    storeCapture({
      report: {
        createdAt: `2026-11-${day}T10:00:00.000Z`,
        platform,
        extracted: makePostData({ platform, text, author: { handle, name: null } }),
      },
    });
  await made('01', 'alpha', 'Les étrangers dehors');
  await made('05', 'beta', 'Une menace de mort', 'facebook');
  await made('10', 'alpha', 'Encore les étrangers, menace');
}

async function shown(page: HTMLElement, n: number, total = 3) {
  const text = fill(t('logResultCount'), { n, total });
  await waitFor(
    () => page.querySelector('.log-result-count')?.textContent === text && !page.querySelector('li.muted'),
  );
  return [...page.querySelectorAll<HTMLElement>('.report-summary')];
}

describe('the log list at scale', () => {
  it('searches as you type and filters, writing the filter to the address', async () => {
    await seed();
    const page = mount(<LogPage win={window} />);
    await shown(page, 3);
    typeInto(query<HTMLInputElement>(page, '.log-filters__search input'), 'ÉTRANG');
    expect((await shown(page, 2)).map((li) => li.textContent?.includes('étrangers'))).toEqual([true, true]);
    choose(query<HTMLSelectElement>(page, '#log-filter-platform'), 'facebook');
    await shown(page, 0);
    expect(page.textContent).toContain(t('logNoMatch'));
    expect(window.location.hash).toBe('#/list?platform=facebook&q=%C3%89TRANG');
  });

  it('opens a filtered view from its address', async () => {
    await seed();
    window.location.hash = '#/list?q=menace&platform=facebook';
    const page = mount(<LogPage win={window} />);
    const items = await shown(page, 1);
    expect(items[0]?.textContent).toContain('Une menace de mort');
    expect(query<HTMLSelectElement>(page, '#log-filter-platform').value).toBe('facebook');
  });

  it('moves the focus by line with the keyboard', async () => {
    await seed();
    const page = mount(<LogPage win={window} />);
    const items = await shown(page, 3);
    const first = query(items[0] as HTMLElement, 'a');
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await waitFor(() => document.activeElement?.closest('[data-index]')?.getAttribute('data-index') === '2');
    (document.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }),
    );
    await waitFor(() => document.activeElement?.closest('[data-index]')?.getAttribute('data-index') === '1');
    expect(items[0]?.getAttribute('aria-setsize')).toBe('3');
  });

  it('groups by author and opens an account’s timeline, oldest first', async () => {
    await seed();
    window.location.hash = '#/authors';
    const page = mount(<LogPage win={window} />);
    await waitFor(() => page.querySelectorAll('.author-list li').length === 2);
    typeInto(query<HTMLInputElement>(page, '.log-authors input'), '@AL');
    await waitFor(() => page.querySelectorAll('.author-list li').length === 1);
    const link = query<HTMLAnchorElement>(page, '.author-list li a');
    expect(link.getAttribute('href')).toBe('#/list?author=alpha%7Cx&order=oldest');
    window.location.hash = link.getAttribute('href') ?? '';
    const items = await shown(page, 2);
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2026-11-01T10:00:00.000Z',
      '2026-11-10T10:00:00.000Z',
    ]);
    await waitFor(() => page.querySelector('.log-timeline-heading p'));
    expect(query(page, '.log-timeline-heading').textContent).toContain('@alpha');
  });
});
