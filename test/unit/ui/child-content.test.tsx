import { describe, expect, it } from 'vitest';
import { getEvidence, getReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import { makePostData, storeCapture } from '../factories';
import { buttonNamed, choose, query, waitFor } from './dom';
import { openComposer } from './pages';

// Sexual content involving minors: Constat keeps no picture of it, only the address and the text.
// Possessing the image is itself an offence (Code pénal art. 227-23), so the pictures captured are
// deleted when the person saves that category, after they confirm.

const pictures = (page: HTMLElement) => page.querySelectorAll('img, iframe');

async function openWithPictures() {
  const capture = await storeCapture({ report: { extracted: makePostData({ text: 'Text of the post.' }) } });
  const page = await openComposer(capture.report.id);
  await waitFor(() => page.querySelector('img'));
  expect(page.querySelectorAll('iframe')).toHaveLength(1);
  return { ...capture, page };
}

describe('composer: sexual content involving minors', () => {
  it('hides the pictures as soon as the category is chosen, and deletes them only after confirmation', async () => {
    const { report, evidence, page } = await openWithPictures();

    choose(query<HTMLSelectElement>(page, '#category'), 'child-sexual-content');
    await waitFor(() => pictures(page).length === 0);
    expect(query(page, '.no-media-note').textContent).toContain(t('neverCaptureOnSave'));

    buttonNamed(page, t('save')).click();
    const dialog = await waitFor(() => page.querySelector<HTMLElement>('[role="alertdialog"]'));
    expect(dialog.textContent).toContain('227-23');
    expect(dialog.textContent).toContain(t('removalConfirmWhy'));
    expect(document.activeElement).toBe(dialog);
    // Asking is not deleting.
    expect(await getEvidence(report.id)).toHaveLength(evidence.length);

    buttonNamed(page, t('removalConfirmYes')).click();
    await waitFor(() => page.querySelector('.save-status .ok'));

    const stored = await getReport(report.id);
    const left = await getEvidence(report.id);
    expect(left.map((e) => e.kind)).toEqual(['metadata']);
    expect(stored?.evidence.map((e) => e.kind)).toEqual(['metadata']);
    expect(stored?.categoryId).toBe('child-sexual-content');
    expect(stored?.warnings).toContain(t('removalReason'));
    // Only the address and the text remain on the page, even if the category is changed again.
    expect(page.querySelector('[role="alertdialog"]')).toBeNull();
    expect(query<HTMLInputElement>(page, '#field-permalink').value).toBe(report.extracted?.permalink);
    expect(query<HTMLTextAreaElement>(page, '#field-text').value).toBe('Text of the post.');
    choose(query<HTMLSelectElement>(page, '#category'), 'threats');
    await waitFor(() => query(page, '#capture-heading').textContent !== t('neverCaptureHeading'));
    expect(pictures(page)).toHaveLength(0);
    expect(page.textContent).toContain(t('noImage'));
  });

  it('keeps everything, saved nothing, when the person cancels', async () => {
    const { report, evidence, page } = await openWithPictures();
    choose(query<HTMLSelectElement>(page, '#category'), 'child-sexual-content');
    await waitFor(() => page.querySelector('.no-media-note'));
    buttonNamed(page, t('save')).click();
    await waitFor(() => page.querySelector('[role="alertdialog"]'));

    buttonNamed(page, t('removalConfirmNo')).click();
    await waitFor(() => !page.querySelector('[role="alertdialog"]'));
    expect(document.activeElement).toBe(buttonNamed(page, t('save')));
    expect(query(page, '.save-status').textContent).toBe(t('unsavedChanges'));
    expect(await getEvidence(report.id)).toHaveLength(evidence.length);
    expect((await getReport(report.id))?.categoryId).toBeNull();
  });

  it('saves without asking when no picture is stored', async () => {
    const { report } = await storeCapture({ evidence: [{ kind: 'metadata', content: '{}' }] });
    const page = await openComposer(report.id);
    choose(query<HTMLSelectElement>(page, '#category'), 'child-sexual-content');
    await waitFor(() => page.querySelector('.no-media-note'));
    buttonNamed(page, t('save')).click();
    await waitFor(() => page.querySelector('.save-status .ok'));
    expect(page.querySelector('[role="alertdialog"]')).toBeNull();
    expect((await getReport(report.id))?.categoryId).toBe('child-sexual-content');
  });
});
