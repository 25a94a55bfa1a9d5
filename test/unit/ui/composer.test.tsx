import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ComposerPage } from '../../../components/composer/ComposerPage';
import { SNAPSHOT_CSP_META } from '../../../components/report/SandboxedHtml';
import { openConstatDB } from '../../../utils/db/open';
import { getReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import type { Report } from '../../../utils/model';
import { makePostData, makeReport, storeCapture } from '../factories';
import { buttonNamed, choose, mount, query, typeInto, waitFor } from './dom';

const HOSTILE = '<img src=x onerror=alert(1)>';

async function openComposer(reportId?: string) {
  const page = mount(<ComposerPage search={reportId ? `?id=${reportId}` : ''} />);
  await waitFor(
    () =>
      page.querySelector('form') ??
      page.querySelector('[role="alert"]') ??
      page.querySelector('p:not(.muted)'),
  );
  return page;
}

afterEach(() => {
  vi.restoreAllMocks();
});

const fieldRow = (page: HTMLElement, field: string) => query(page, `[data-field="${field}"]`);

describe('composer', () => {
  it('renders text the page supplied as text, never as markup', async () => {
    const { report } = await storeCapture({
      report: {
        extracted: makePostData({
          text: HOSTILE,
          author: { handle: '@x', name: '<script>alert(2)</script>' },
        }),
        meta: { ...makeReport().meta, pageTitle: `<b id="injected">${HOSTILE}</b>` },
        warnings: [`<img src=y onerror=alert(3)>`],
      },
    });
    const page = await openComposer(report.id);

    expect(page.querySelector('img[src="x"], img[src="y"], script, #injected')).toBeNull();
    expect(query<HTMLTextAreaElement>(page, '#field-text').value).toBe(HOSTILE);
    expect(query<HTMLInputElement>(page, '#field-authorName').value).toBe('<script>alert(2)</script>');
    expect(query(page, '.page-title').textContent).toBe(`<b id="injected">${HOSTILE}</b>`);
    expect(query(page, '.warnings').textContent).toContain('<img src=y onerror=alert(3)>');
  });

  it('shows the HTML snapshot only in an empty-sandbox frame whose document starts with a blocking CSP', async () => {
    const { report } = await storeCapture({
      evidence: [
        {
          kind: 'html',
          content: `<p>post</p><script>alert(1)</script><a href="https://evil.example/">x</a>`,
        },
      ],
    });
    const page = await openComposer(report.id);
    const frame = query<HTMLIFrameElement>(page, 'iframe');

    expect(frame.getAttribute('sandbox')).toBe('');
    const srcdoc = frame.getAttribute('srcdoc') ?? '';
    expect(srcdoc.startsWith(SNAPSHOT_CSP_META)).toBe(true);
    expect(SNAPSHOT_CSP_META).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
    );
    expect(srcdoc).not.toContain('https://evil.example/');
    expect(page.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('links the permalink only when it is an http(s) URL, without referrer or opener', async () => {
    const safe = await storeCapture();
    const page = await openComposer(safe.report.id);
    const link = query<HTMLAnchorElement>(page, '.field-link a');
    expect(link.getAttribute('href')).toBe(safe.report.extracted?.permalink);
    expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    expect(link.getAttribute('target')).toBe('_blank');

    typeInto(query<HTMLInputElement>(page, '#field-permalink'), 'javascript:alert(1)');
    await waitFor(() => !page.querySelector('.field-link'));
    expect(page.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('stores an edit beside the untouched extraction and shows the original', async () => {
    const { report } = await storeCapture();
    const page = await openComposer(report.id);

    typeInto(query<HTMLInputElement>(page, '#field-authorName'), 'Corrected Name');
    await waitFor(() => fieldRow(page, 'authorName').dataset.origin === 'edited');
    expect(fieldRow(page, 'authorName').textContent).toContain(t('fieldEdited'));
    expect(query(fieldRow(page, 'authorName'), '.original-value').textContent).toBe('Example Person');

    buttonNamed(page, t('save')).click();
    await waitFor(() => page.querySelector('.save-status .ok'));
    const stored = await getReport(report.id);
    expect(stored?.extracted).toEqual(report.extracted);
    expect(stored?.edits.authorName?.value).toBe('Corrected Name');
    expect(Date.parse(stored?.edits.authorName?.editedAt ?? '')).not.toBeNaN();
  });

  it('flags a field the extraction left empty, then marks it typed by hand', async () => {
    const { report } = await storeCapture({
      report: { extracted: makePostData({ author: { handle: null, name: 'Someone' } }) },
    });
    const page = await openComposer(report.id);
    expect(fieldRow(page, 'authorHandle').dataset.origin).toBe('to-fill');
    expect(fieldRow(page, 'authorHandle').textContent).toContain(t('fieldToFill'));
    expect(query(page, '#field-authorHandle').getAttribute('aria-describedby')).toBe(
      'field-authorHandle-status',
    );

    typeInto(query<HTMLInputElement>(page, '#field-authorHandle'), '@someone');
    await waitFor(() => fieldRow(page, 'authorHandle').dataset.origin === 'typed-by-hand');
    expect(fieldRow(page, 'authorHandle').textContent).toContain(t('fieldTypedByHand'));

    buttonNamed(page, t('save')).click();
    await waitFor(() => page.querySelector('.save-status .ok'));
    const stored = await getReport(report.id);
    expect(stored?.extracted?.author.handle).toBeNull();
    expect(stored?.edits.authorHandle?.value).toBe('@someone');
  });

  it('saves the category and notes, sets the status to saved and records it in the history', async () => {
    const { report } = await storeCapture();
    const page = await openComposer(report.id);

    choose(query<HTMLSelectElement>(page, '#category'), 'threats');
    typeInto(query<HTMLTextAreaElement>(page, '#notes'), 'Seen in a thread about the march.');
    await waitFor(() => page.querySelector('.save-status .muted'));
    buttonNamed(page, t('save')).click();
    await waitFor(() => page.querySelector('.save-status .ok'));

    expect(query(page, '.save-status').textContent).toBe(t('savedConfirmation'));
    const stored = await getReport(report.id);
    expect(stored?.categoryId).toBe('threats');
    expect(stored?.notes).toBe('Seen in a thread about the march.');
    expect(stored?.status).toBe('saved');
    expect(stored?.statusHistory.map((h) => h.status)).toEqual(['draft', 'saved']);
    expect(stored?.updatedAt).not.toBe(report.updatedAt);
  });

  it('shows the storage error when saving fails', async () => {
    const { report } = await storeCapture();
    const page = await openComposer(report.id);
    await (await openConstatDB()).delete('reports', report.id);

    buttonNamed(page, t('save')).click();
    const alert = await waitFor(() => page.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain(t('saveFailed'));
    expect(alert.textContent).toContain(`Report ${report.id} does not exist`);
  });

  it('shows a page capture warning first and asks for every field', async () => {
    const { report } = await storeCapture({
      report: {
        target: 'page',
        extracted: null,
        warnings: ['No post was found under the pointer: the whole page was captured.'],
      },
    });
    const page = await openComposer(report.id);
    expect(query(page, '.warnings').textContent).toContain('the whole page was captured');
    expect(page.querySelectorAll('[data-origin="to-fill"]')).toHaveLength(5);
  });

  it('opens the newest report without an id, and says so plainly for an unknown id', async () => {
    await storeCapture({ report: { createdAt: '2026-11-20T08:00:00.000Z', notes: 'older' } });
    await storeCapture({ report: { createdAt: '2026-11-22T08:00:00.000Z', notes: 'newest' } });
    const newest = await openComposer();
    expect(query<HTMLTextAreaElement>(newest, '#notes').value).toBe('newest');

    const unknown = await openComposer(crypto.randomUUID());
    expect(query(unknown, '[role="alert"]').textContent).toBe(t('composerNotFound'));
  });

  it('says why a stored report cannot be opened', async () => {
    const id = crypto.randomUUID();
    await (await openConstatDB()).put('reports', {
      id,
      createdAt: '2026-11-22T08:00:00.000Z',
    } as unknown as Report);
    const page = await openComposer(id);
    expect(query(page, '[role="alert"]').textContent).toContain(t('composerLoadFailed'));
    expect(query(page, '[role="alert"]').textContent).toContain(`Stored report ${id} is unreadable`);
  });

  it('speaks French to a French browser, category labels included', async () => {
    vi.mocked(browser.i18n.getUILanguage).mockReturnValue('fr-FR');
    const { report } = await storeCapture();
    const page = await openComposer(report.id);
    expect(query(page, 'label[for="field-permalink"]').textContent).toBe('Lien vers la publication');
    expect(query(page, 'option[value="threats"]').textContent).toBe('Menaces de mort ou de violence');
    expect(buttonNamed(page, 'Enregistrer')).toBeDefined();
  });
});
