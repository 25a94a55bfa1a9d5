import { describe, expect, it } from 'vitest';
import { getReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import { makePostData, storeCapture } from '../factories';
import { buttonNamed, choose, query, typeInto, waitFor } from './dom';
import { openComposer } from './pages';

// The composer asks what the notice must not assume: whether the content is public, whether the page's
// address may stand for the post's, what is left to fill in, and whether to stay anonymous.

const noticeText = (page: HTMLElement) => query(page, '.notice-text').textContent ?? '';
const channelButtons = (page: HTMLElement) =>
  [...page.querySelectorAll<HTMLButtonElement>('.channel-list button')].filter((b) => b.textContent);

async function composer(categoryId: string, permalink: string | null = 'https://x.com/a/status/1') {
  const { report } = await storeCapture({
    report: { extracted: makePostData({ permalink, text: 'Je vais te retrouver.' }) },
  });
  const page = await openComposer(report.id);
  choose(query<HTMLSelectElement>(page, '#category'), categoryId);
  await waitFor(() => page.querySelector('#notice-explanation'));
  return { page, report };
}

describe('composer: what the notice asserts', () => {
  it('records whether the content is public, and says so in the notice only once confirmed', async () => {
    const { page, report } = await composer('threats');
    expect(query(page, '[data-detected="public"]').textContent).toBe(t('audienceDetectedPublic'));
    expect(noticeText(page)).not.toMatch(/accessible au public|publicly accessible/);
    expect(query(page, '[data-channel="pharos"] strong').textContent).toBe(t('channelPharosName'));
    expect(page.querySelector('[data-channel="pharos"] button.primary')).toBeNull();
    query<HTMLInputElement>(page, 'input[name="audience"][value="public"]').click();
    await waitFor(() => /accessible au public|publicly accessible/.test(noticeText(page)));
    await waitFor(() => page.querySelector('[data-channel="pharos"] button.primary'));
    buttonNamed(page, t('save')).click();
    await waitFor(() => page.querySelector('.save-status .ok'));
    expect((await getReport(report.id))?.audience).toEqual({ detected: 'public', confirmed: 'public' });

    query<HTMLInputElement>(page, 'input[name="audience"][value="private"]').click();
    await waitFor(() => !page.querySelector('[data-channel="pharos"] button.primary'));
    const pharos = query(page, '[data-channel="pharos"]');
    // The refusal and the places to go instead, in the interface's words from the catalogue.
    expect(query(pharos, '.channel-refusal p').textContent).toBe(t('channelPharosScope'));
    expect(
      query(pharos, 'a[href="https://www.service-public.fr/particuliers/vosdroits/F1435"]').textContent,
    ).toContain(t('channelComplaintStation'));
    expect(query(pharos, 'details p').textContent).toBe(t('channelPharosSource'));
  });

  it('names a page address as such and opens no channel until the person accepts it or gives the post’s', async () => {
    const { page } = await composer('threats', null);
    await waitFor(() => page.querySelector('[data-page-address]'));
    expect(query(page, '[data-blockers]').textContent).toContain(t('blockerPageAddress'));
    expect(channelButtons(page).every((b) => b.disabled)).toBe(true);
    query<HTMLInputElement>(page, '[data-page-address] input[type="checkbox"]').click();
    await waitFor(() => !page.querySelector('[data-blockers]'));
    expect(channelButtons(page).some((b) => !b.disabled)).toBe(true);
    typeInto(query<HTMLTextAreaElement>(page, '#notice-urls'), 'https://x.com/a/status/2');
    await waitFor(() => !page.querySelector('[data-page-address]'));
  });

  it('names the parts that still hold a placeholder, and opens no channel until they are filled', async () => {
    const { page } = await composer('other-illegal');
    const blockers = await waitFor(() => page.querySelector('[data-blockers]'));
    expect(blockers?.textContent).toContain(t('noticeLegalBasis'));
    expect(blockers?.textContent).toContain(t('noticeExplanation'));
    expect(channelButtons(page).every((b) => b.disabled)).toBe(true);
    typeInto(query<HTMLInputElement>(page, '#notice-legalBasis'), 'Code pénal, art. 226-2-1');
    await waitFor(() => !page.querySelector('[data-blockers]'));
    expect(query<HTMLTextAreaElement>(page, '#notice-explanation').value).toContain('226-2-1');
  });

  it('lets the person put their name on a notice that could stay anonymous', async () => {
    const { page } = await composer('child-sexual-content');
    const choice = query<HTMLInputElement>(page, 'input[name="notice-anonymous"]');
    expect(choice.checked).toBe(true);
    expect(page.querySelector('#notice-name')).toBeNull();
    choice.click();
    await waitFor(() => page.querySelector('#notice-name'));
    expect(page.querySelector('.notice-anonymous')).toBeNull();
  });
});
