import { describe, expect, it, vi } from 'vitest';
import { saveCapture } from '../../../utils/db/reports';
import { addClickedToOpenCollection } from '../../../utils/pileon/add-to-collection';
import {
  cancelRequested,
  progressOf,
  requestCancel,
  startProgress,
  updateProgress,
} from '../../../utils/pileon/progress';
import { createCollection, getCollection, setOpen } from '../../../utils/pileon/store';
import { sampleCapture } from '../capture/capture-fixture';
import { collection } from './collection-factory';

// The one report action is stood in for: it is tested on its own; here only what the collection
// does with its outcome matters.
const reportClickedTarget = vi.hoisted(() => vi.fn());
vi.mock('../../../utils/capture/report-target', () => ({ reportClickedTarget }));

const tab = { id: 3, index: 0, windowId: 1, active: true } as never;

describe('addClickedToOpenCollection', () => {
  it('reports the post without opening the composer and adds it to the open collection', async () => {
    const open = collection();
    await createCollection(open);
    const { report, evidence } = await sampleCapture();
    await saveCapture(report, evidence);
    reportClickedTarget.mockResolvedValue({ ok: true, reportId: report.id, target: 'post', warnings: [] });
    const outcome = await addClickedToOpenCollection({}, tab);
    expect(outcome).toMatchObject({ ok: true, reportId: report.id });
    expect(reportClickedTarget).toHaveBeenCalledWith({}, tab, { openComposer: false });
    const stored = await getCollection(open.id);
    expect(stored?.items).toMatchObject([
      {
        reportId: report.id,
        permalink: report.extracted?.permalink,
        text: report.extracted?.text,
        linked: false,
      },
    ]);
  });

  it('says so when no collection is open, and reports nothing', async () => {
    reportClickedTarget.mockClear();
    const closed = collection();
    await createCollection(closed);
    await setOpen(closed.id, false);
    expect(await addClickedToOpenCollection({}, tab)).toMatchObject({
      ok: false,
      error: /No collection is open/,
    });
    expect(reportClickedTarget).not.toHaveBeenCalled();
  });

  it('adds nothing when the report failed', async () => {
    const open = collection();
    await createCollection(open);
    reportClickedTarget.mockResolvedValue({ ok: false, error: 'Storage full' });
    expect(await addClickedToOpenCollection({}, tab)).toEqual({ ok: false, error: 'Storage full' });
    expect((await getCollection(open.id))?.items).toEqual([]);
  });
});

describe('capture progress', () => {
  it('counts, takes a cancel only while running, and hands out copies', () => {
    const id = crypto.randomUUID();
    expect(progressOf(id)).toBeNull();
    expect(requestCancel(id)).toBe(false);
    startProgress(id, 40);
    updateProgress(id, { captured: 7, screenshots: 1, missing: ['a'] });
    const seen = progressOf(id);
    seen?.missing.push('b');
    expect(progressOf(id)).toMatchObject({ running: true, total: 40, captured: 7, missing: ['a'] });
    expect(requestCancel(id)).toBe(true);
    expect(cancelRequested(id)).toBe(true);
    updateProgress(id, { running: false });
    expect(requestCancel(id)).toBe(false);
  });
});
