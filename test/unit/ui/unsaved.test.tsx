import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UnsavedCapturePage } from '../../../components/unsaved/UnsavedCapturePage';
import { keepUnsaved, retryUnsaved, unsavedCaptureFile } from '../../../utils/capture/unsaved-captures';
import { getReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import type { Request } from '../../../utils/messages';
import { sampleCapture } from '../capture/capture-fixture';
import { buttonNamed, mount, waitFor } from './dom';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Answers the page's requests as the background does, from the same functions. */
function backgroundAnswers() {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Request) => {
    if (message.type === 'unsaved-capture') {
      const held = unsavedCaptureFile(message.reportId);
      return held ? { found: true, ...held } : { found: false };
    }
    if (message.type === 'retry-save') return retryUnsaved(message.reportId);
    throw new Error(`unexpected ${message.type}`);
  }) as never);
}

describe('the page for a capture that could not be saved', () => {
  it('says why, offers the evidence as a file, and saves it on retry', async () => {
    const { report, evidence } = await sampleCapture();
    keepUnsaved({ report, evidence, error: 'Saving the report failed: the browser’s storage is full.' });
    backgroundAnswers();
    const page = mount(<UnsavedCapturePage reportId={report.id} />);

    const alert = await waitFor(() => page.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('storage is full');
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:constat/1');
    buttonNamed(page, t('unsavedDownload')).click();
    const file = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(JSON.parse(await file.text())).toMatchObject({
      format: 'constat-log',
      reports: [{ report: { id: report.id } }],
    });

    buttonNamed(page, t('unsavedRetry')).click();
    await waitFor(() => page.textContent?.includes(t('unsavedNowSaved')));
    expect(await getReport(report.id)).toEqual(report);
  });

  it('says the capture is gone when the background no longer holds it', async () => {
    backgroundAnswers();
    const page = mount(<UnsavedCapturePage reportId={crypto.randomUUID()} />);
    await waitFor(() => page.textContent?.includes(t('unsavedGone')));
    expect(page.querySelector('button')).toBeNull();
  });
});
