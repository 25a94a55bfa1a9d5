import { describe, expect, it, vi } from 'vitest';
import { listReports } from '../../../utils/db/reports';
import { bundledPracticeSet } from '../../../utils/training/bundled-set';
import { openTrainingDB } from '../../../utils/training/db';
import {
  addExamples,
  deleteExample,
  exampleEvidence,
  getExample,
  listExamples,
  saveExample,
  saveLabel,
} from '../../../utils/training/examples-store';
import { labelFromParts } from '../../../utils/training/formats/labelled-item';
import { exampleFromItem } from '../../../utils/training/items';
import {
  getSession,
  listSessions,
  listSets,
  saveSession,
  saveSet,
} from '../../../utils/training/practice-store';
import { newSession } from '../../../utils/training/sets';
import { exampleFromCapture } from '../../../utils/training/tag-target';
import { makeCapture } from '../factories';
import { freshTrainingDB } from './training-db';

freshTrainingDB();

async function capturedExample() {
  const { report, evidence } = await makeCapture();
  return exampleFromCapture({ report, evidence, warnings: ['a warning'] });
}

describe('training examples storage', () => {
  it('stores a captured example and its evidence in the training database, never in the report log', async () => {
    const { example, files } = await capturedExample();
    await saveExample(example, files);
    expect(await getExample(example.id)).toEqual(example);
    const stored = await exampleEvidence(example.id);
    expect(stored.map((f) => f.sha256).sort()).toEqual(example.evidence.map((e) => e.sha256).sort());
    expect((await listReports()).reports).toEqual([]);
  });

  it('keeps the capture’s text, address, hashes and the assistant’s suggestion, with no label yet', async () => {
    const { report, evidence } = await makeCapture();
    const { example, files } = exampleFromCapture({ report, evidence, warnings: [] });
    expect(example).toMatchObject({
      source: 'capture',
      text: report.extracted?.text,
      pageUrl: report.meta.pageUrl,
      permalink: report.extracted?.permalink,
      label: null,
      evidence: report.evidence,
    });
    expect(example.id).not.toBe(report.id);
    expect(files.every((f) => f.exampleId === example.id && !('reportId' in f))).toBe(true);
  });

  it('writes all or nothing: a failing evidence write leaves no example behind', async () => {
    const { example, files } = await capturedExample();
    const [first] = files;
    await expect(saveExample(example, [first!, { ...first!, sha256: 'not a hash' }])).rejects.toThrow();
    await expect(saveExample(example, [first!, first!])).rejects.toThrow(
      /Saving the training example failed/,
    );
    expect(await getExample(example.id)).toBeNull();
    expect(await exampleEvidence(example.id)).toEqual([]);
  });

  it('says the storage is full in words, when it is', async () => {
    const { example, files } = await capturedExample();
    const db = await openTrainingDB();
    vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(saveExample(example, files)).rejects.toThrow(/storage for Constat is full/);
    vi.restoreAllMocks();
  });

  it('saves a label, deletes an example with its files, and lists damaged records without dropping them', async () => {
    const { example, files } = await capturedExample();
    await saveExample(example, files);
    const label = labelFromParts({ categoryId: 'threats', severity: 3, confidence: 'medium' });
    const updated = await saveLabel(example.id, label, '2026-12-02T09:00:00.000Z');
    expect(updated).toMatchObject({ label, labelledAt: '2026-12-02T09:00:00.000Z' });
    await expect(saveLabel('missing', label)).rejects.toThrow(/No training example/);

    const db = await openTrainingDB();
    await db.put('examples', { id: 'damaged', text: 42 } as never);
    const list = await listExamples();
    expect(list.items.map((e) => e.id)).toEqual([example.id]);
    expect(list.unreadable.map((u) => u.id)).toEqual(['damaged']);

    await deleteExample(example.id);
    expect(await getExample(example.id)).toBeNull();
    expect(await exampleEvidence(example.id)).toEqual([]);
  });

  it('imports examples, leaving those already present as they are', async () => {
    const now = '2026-12-03T08:00:00.000Z';
    const item = {
      id: 'imported-1',
      text: 'x',
      language: 'en' as const,
      annotator: 'Sam',
      labels: null,
      metadata: { createdAt: 'not a date' },
      evidence: [],
    };
    expect(await addExamples([exampleFromItem(item, now)])).toEqual({ added: 1, skipped: [] });
    const again = await addExamples([exampleFromItem({ ...item, text: 'changed' }, now)]);
    expect(again).toEqual({ added: 0, skipped: ['imported-1'] });
    expect((await getExample('imported-1'))?.text).toBe('x');
    expect((await getExample('imported-1'))?.createdAt).toBe(now);
  });
});

describe('practice sets and sessions storage', () => {
  it('stores a session and reads it back, oldest first in the list', async () => {
    const set = bundledPracticeSet();
    const later = newSession(set, '2026-12-02T10:00:00.000Z');
    const earlier = newSession(set, '2026-12-01T10:00:00.000Z');
    await saveSession(later);
    await saveSession(earlier);
    expect(await getSession(later.id)).toEqual(later);
    expect((await listSessions()).items.map((s) => s.id)).toEqual([earlier.id, later.id]);
  });

  it('imports a set once, and refuses a second set with the same id unless replacing', async () => {
    const set = { ...bundledPracticeSet(), id: 'trainer-set' };
    await saveSet(set);
    await expect(saveSet(set)).rejects.toThrow(/already imported/);
    await saveSet({ ...set, title: 'New title' }, true);
    expect((await listSets()).items.map((s) => s.title)).toEqual(['New title']);
  });
});
