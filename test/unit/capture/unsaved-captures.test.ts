import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepUnsaved, retryUnsaved, unsavedCaptureFile } from '../../../utils/capture/unsaved-captures';
import { openConstatDB } from '../../../utils/db/open';
import { getEvidence, getReport } from '../../../utils/db/reports';
import { parseLogExport } from '../../../utils/export/check-log-export';
import { sampleCapture } from './capture-fixture';

afterEach(() => {
  vi.restoreAllMocks();
});

async function failWritesWithFullDisk() {
  const db = await openConstatDB();
  const proto = Object.getPrototypeOf(db.transaction('reports', 'readwrite').objectStore('reports'));
  return vi.spyOn(proto, 'add').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

describe('a capture whose save failed', () => {
  it('can be downloaded as an intact log export file, hashes checked', async () => {
    const { report, evidence } = await sampleCapture();
    keepUnsaved({ report, evidence, error: 'disk full' });
    const held = unsavedCaptureFile(report.id);
    expect(held?.error).toBe('disk full');
    const file = await parseLogExport(JSON.parse(JSON.stringify(held?.file)));
    expect(file.reports[0]?.report.id).toBe(report.id);
    expect(file.reports[0]?.evidence).toHaveLength(evidence.length);
  });

  it('stays held while the disk is still full, then is saved whole on retry', async () => {
    const { report, evidence } = await sampleCapture();
    keepUnsaved({ report, evidence, error: 'disk full' });

    const fullDisk = await failWritesWithFullDisk();
    const failed = await retryUnsaved(report.id);
    expect(failed).toMatchObject({ ok: false });
    expect(failed.ok ? '' : failed.error).toMatch(/storage for Constat is full/);
    expect(unsavedCaptureFile(report.id)).not.toBeNull();
    fullDisk.mockRestore();

    expect(await retryUnsaved(report.id)).toEqual({ ok: true });
    expect(await getReport(report.id)).toEqual(report);
    expect(await getEvidence(report.id)).toHaveLength(evidence.length);
    expect(unsavedCaptureFile(report.id)).toBeNull();
  });

  it('says so when the capture is no longer held', async () => {
    expect(unsavedCaptureFile(crypto.randomUUID())).toBeNull();
    expect(await retryUnsaved(crypto.randomUUID())).toMatchObject({ ok: false, error: /no longer held/ });
  });
});
