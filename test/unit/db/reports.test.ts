import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageError } from '../../../utils/db/errors';
import { openConstatDB } from '../../../utils/db/open';
import {
  getEvidence,
  getReport,
  listReports,
  removePicturingEvidence,
  saveCapture,
  updateReport,
} from '../../../utils/db/reports';
import { sampleCapture, sampleExtraction } from '../capture/capture-fixture';

afterEach(() => {
  vi.restoreAllMocks();
});

const sha256 = (bytes: ArrayBuffer) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');

describe('saveCapture', () => {
  it('stores the report and its evidence, each hash equal to the SHA-256 of the stored bytes', async () => {
    const { report, evidence } = await sampleCapture();
    await saveCapture(report, evidence);

    expect(await getReport(report.id)).toEqual(report);
    const stored = await getEvidence(report.id);
    expect(stored.map((e) => e.kind).sort()).toEqual(['html', 'metadata', 'post-crop', 'screenshot']);
    for (const e of stored) expect(e.sha256).toBe(sha256(e.bytes));
    expect(report.evidence.map((e) => e.sha256).sort()).toEqual(stored.map((e) => e.sha256).sort());
  });

  it('writes all or nothing: a failing evidence write leaves no report behind', async () => {
    const { report, evidence } = await sampleCapture();
    const duplicate = { ...evidence[0]!, kind: 'html' as const };
    await expect(saveCapture(report, [...evidence, duplicate])).rejects.toBeInstanceOf(StorageError);
    expect(await getReport(report.id)).toBeNull();
    expect(await getEvidence(report.id)).toEqual([]);
  });

  it('turns a full disk quota into a clear error and writes nothing', async () => {
    const { report, evidence } = await sampleCapture();
    const db = await openConstatDB();
    const proto = Object.getPrototypeOf(db.transaction('evidence', 'readwrite').objectStore('evidence'));
    vi.spyOn(proto, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await saveCapture(report, evidence).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).reason).toBe('quota');
    expect((failure as StorageError).message).toMatch(/storage for Constat is full/);
    vi.restoreAllMocks();
    expect(await getReport(report.id)).toBeNull();
  });

  it('refuses a record that breaks the schema before touching the database', async () => {
    const { report, evidence } = await sampleCapture();
    await expect(saveCapture({ ...report, status: 'lost' as never }, evidence)).rejects.toThrow();
    expect(await getReport(report.id)).toBeNull();
  });
});

describe('listReports', () => {
  it('lists newest first and honours the limit', async () => {
    const older = await sampleCapture('2026-11-20T08:00:00.000Z');
    const newest = await sampleCapture('2026-11-23T08:00:00.000Z');
    const middle = await sampleCapture('2026-11-21T08:00:00.000Z');
    for (const c of [older, newest, middle]) await saveCapture(c.report, c.evidence);

    const { reports } = await listReports();
    expect(reports.map((r) => r.id)).toEqual([newest.report.id, middle.report.id, older.report.id]);
    expect((await listReports(2)).reports).toHaveLength(2);
  });

  it('lists an unreadable stored record as an error instead of dropping it', async () => {
    const good = await sampleCapture();
    await saveCapture(good.report, good.evidence);
    const db = await openConstatDB();
    await db.put('reports', { ...good.report, id: 'not-a-uuid', createdAt: '2026-11-24T00:00:00.000Z' });

    const list = await listReports();
    expect(list.reports.map((r) => r.id)).toEqual([good.report.id]);
    expect(list.unreadable).toHaveLength(1);
    expect(list.unreadable[0]?.id).toBe('not-a-uuid');
  });

  it('lists a damaged record with no date at all as unreadable', async () => {
    const db = await openConstatDB();
    await db.put('reports', { id: 'damaged' } as never);
    expect((await listReports()).unreadable.map((u) => u.id)).toEqual(['damaged']);
  });
});

describe('updateReport', () => {
  it('changes a report in place and keeps it valid', async () => {
    const { report, evidence } = await sampleCapture();
    await saveCapture(report, evidence);
    const updated = await updateReport(report.id, (r) => ({
      ...r,
      categoryId: 'harassment',
      notes: 'seen twice',
    }));
    expect(updated.categoryId).toBe('harassment');
    expect((await getReport(report.id))?.notes).toBe('seen twice');
  });

  it('rejects an invalid change and keeps the stored report as it was', async () => {
    const { report, evidence } = await sampleCapture();
    await saveCapture(report, evidence);
    await expect(updateReport(report.id, (r) => ({ ...r, createdAt: 'yesterday' }))).rejects.toBeInstanceOf(
      StorageError,
    );
    expect(await getReport(report.id)).toEqual(report);
  });

  it('says clearly when the report does not exist', async () => {
    await expect(updateReport(crypto.randomUUID(), (r) => r)).rejects.toThrow(/does not exist/);
  });
});

describe('removePicturingEvidence', () => {
  it('deletes every picture and picture address of the content, keeping the post’s address and text', async () => {
    const extraction = sampleExtraction();
    extraction.post!.data.media = [{ type: 'image', url: 'https://pbs.twimg.com/media/abc.jpg' }];
    const { report, evidence } = await sampleCapture(undefined, extraction);
    report.meta.menu.srcUrl = 'https://pbs.twimg.com/media/abc.jpg';
    await saveCapture(report, evidence);
    const next = await removePicturingEvidence(
      report.id,
      'Pictures removed: sexual content involving minors.',
    );

    expect(next.evidence.map((e) => e.kind)).toEqual(['metadata']);
    expect(next.warnings).toContain('Pictures removed: sexual content involving minors.');
    expect(next.extracted?.permalink).toBe(report.extracted?.permalink);
    expect(next.extracted?.text).toBe(report.extracted?.text);
    expect(next.extracted?.media).toEqual([]);
    expect(next.meta.menu.srcUrl).toBeUndefined();
    const stored = await getEvidence(report.id);
    expect(stored.map((e) => e.kind)).toEqual(['metadata']);
    expect(await getReport(report.id)).toEqual(next);

    // The metadata file is sealed anew: no picture address, the removal recorded, its hash right.
    const [metadata] = stored;
    const sealed = JSON.parse(new TextDecoder().decode(metadata!.bytes));
    expect(metadata!.sha256).toBe(sha256(metadata!.bytes));
    expect(sealed.post.media).toEqual([]);
    expect(sealed.artifacts).toEqual([]);
    expect(sealed.picturesRemoved.replacesMetadataSha256).toBe(
      report.evidence.find((e) => e.kind === 'metadata')?.sha256,
    );
    expect(JSON.stringify(sealed)).not.toContain('pbs.twimg.com');
  });
});
