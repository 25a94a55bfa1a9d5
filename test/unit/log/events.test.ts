import { describe, expect, it } from 'vitest';
import { deleteReports, describeDeletion, wipeLog } from '../../../utils/db/deletion';
import { getChainHead, listEvents, listReportEvents } from '../../../utils/db/events';
import { closeConstatDB, openConstatDB } from '../../../utils/db/open';
import {
  getEvidence,
  getReport,
  removePicturingEvidence,
  saveCapture,
  updateReport,
} from '../../../utils/db/reports';
import { eventHash, recordSha256 } from '../../../utils/log/event';
import { withNoticeOpened, withNoticeSent } from '../../../utils/notice/notice-log';
import databaseV2 from '../db/examples/database-v2.json';
import { restoreDatabase, type SavedDatabase } from '../db/saved-database';
import { makeCapture, makeNoticeRecord, storeCapture } from '../factories';

async function expectIntactChain() {
  const events = await listEvents();
  for (const [i, event] of events.entries()) {
    expect(event.seq).toBe(i + 1);
    expect(event.prevHash).toBe(i === 0 ? null : events[i - 1]!.hash);
    expect(await eventHash(event)).toBe(event.hash);
  }
  return events;
}

describe('the log history', () => {
  it('records a saved capture as a "created" event with the hashes of the report and its files', async () => {
    const { report, evidence } = await storeCapture();
    const [created] = await listReportEvents(report.id);
    expect(created?.type).toBe('created');
    expect(created?.reportSha256).toBe(await recordSha256(await getReport(report.id)));
    expect(created?.data.evidence).toEqual(
      evidence.map(({ id, kind, size, sha256 }) => ({ id, kind, size, sha256 })),
    );
    expect(await getChainHead()).toEqual({ seq: 1, hash: created?.hash });
  });

  it('writes no event when the capture is not saved', async () => {
    const { report, evidence } = await makeCapture();
    await expect(saveCapture(report, [...evidence, evidence[0]!])).rejects.toThrow();
    expect(await listEvents()).toEqual([]);
  });

  it('records each kind of change as its own event, chained to the one before', async () => {
    const { report } = await storeCapture();
    await updateReport(report.id, (r) => ({
      ...r,
      notes: 'seen twice',
      categoryId: 'threats',
      edits: { authorHandle: { value: 'someone', editedAt: r.createdAt } },
      status: 'saved',
      statusHistory: [...r.statusHistory, { status: 'saved', at: r.createdAt }],
    }));
    const notice = makeNoticeRecord();
    await updateReport(report.id, (r) => withNoticeOpened(r, notice));
    await updateReport(report.id, (r) =>
      withNoticeSent(r, notice.id, 'REF-1', new Date('2026-11-21T08:00:00Z')),
    );
    const types = (await listReportEvents(report.id)).map((e) => e.type);
    expect(types).toEqual([
      'created',
      'field-corrected',
      'category-chosen',
      'status-changed',
      'note',
      'notice-composed',
      'status-changed',
      'marked-sent',
      'reference-added',
      'status-changed',
    ]);
    const events = await expectIntactChain();
    expect(events.at(-1)?.reportSha256).toBe(await recordSha256(await getReport(report.id)));
  });

  it('records naming the person attacked, and each correction of it, as a corrected field', async () => {
    const { report } = await storeCapture();
    await updateReport(report.id, (r) => ({ ...r, attackTarget: 'Association Égalité' }));
    await updateReport(report.id, (r) => ({ ...r, attackTarget: 'Association Égalité Paris' }));
    const corrected = (await listReportEvents(report.id)).slice(1);
    expect(corrected.map((e) => [e.type, e.data.field, e.data.value])).toEqual([
      ['field-corrected', 'attackTarget', 'Association Égalité'],
      ['field-corrected', 'attackTarget', 'Association Égalité Paris'],
    ]);
    await expectIntactChain();
  });

  it('writes nothing for a change that changes nothing', async () => {
    const { report } = await storeCapture();
    await updateReport(report.id, (r) => r);
    expect(await listEvents()).toHaveLength(1);
  });

  it('keeps every change of two writers working at once, in one intact chain', async () => {
    const { report } = await storeCapture();
    await Promise.all([
      updateReport(report.id, (r) => ({ ...r, notes: 'one' })),
      updateReport(report.id, (r) => ({ ...r, categoryId: 'threats' })),
    ]);
    const stored = await getReport(report.id);
    expect(stored?.categoryId).toBe('threats');
    expect(stored?.notes).toBe('one');
    await expectIntactChain();
    expect(await listEvents()).toHaveLength(3);
  });

  it('records the removal of pictures with the hashes of the files removed', async () => {
    const { report, evidence } = await storeCapture();
    await removePicturingEvidence(report.id, 'child protection');
    const last = (await listReportEvents(report.id)).at(-1);
    expect(last?.type).toBe('pictures-removed');
    expect((last!.data.removed as { sha256: string }[]).map((f) => f.sha256)).toEqual(
      evidence.map((e) => e.sha256),
    );
    await expectIntactChain();
  });

  it('deletes a report and its files, leaving a tombstone with their hashes', async () => {
    const kept = await storeCapture();
    const gone = await storeCapture();
    expect(await describeDeletion([gone.report.id])).toEqual({
      reports: 1,
      files: 4,
      bytes: gone.evidence.reduce((sum, e) => sum + e.size, 0),
    });
    const storedGone = await getReport(gone.report.id);
    expect(await deleteReports([gone.report.id, crypto.randomUUID()])).toBe(1);
    expect(await getReport(gone.report.id)).toBeNull();
    expect(await getEvidence(gone.report.id)).toEqual([]);
    expect(await getReport(kept.report.id)).not.toBeNull();
    const tombstone = (await listReportEvents(gone.report.id)).at(-1);
    expect(tombstone?.type).toBe('deleted');
    expect(tombstone?.reportSha256).toBeNull();
    expect(tombstone?.data.deletedReportSha256).toBe(await recordSha256(storedGone));
    expect((tombstone!.data.files as unknown[]).length).toBe(4);
    await expectIntactChain();
  });

  it('wipes the whole log into a new chain that records the old head', async () => {
    await storeCapture();
    await storeCapture();
    const oldHead = await getChainHead();
    await wipeLog();
    const events = await expectIntactChain();
    expect(events).toHaveLength(1);
    expect(events[0]?.type).toBe('chain-started');
    expect(events[0]?.data.previousHead).toEqual(oldHead);
    expect(events[0]?.data.deleted).toMatchObject({ reports: 2, files: 8 });
    const db = await openConstatDB();
    expect(await db.count('reports')).toBe(0);
    expect(await db.count('evidence')).toBe(0);
  });

  it('gives reports stored before the history a "created" event saying so, once', async () => {
    await restoreDatabase(databaseV2 as SavedDatabase);
    const events = await expectIntactChain();
    const created = events.filter((e) => e.type === 'created');
    expect(created.length).toBeGreaterThan(0);
    expect(created.every((e) => e.data.recorded === 'stored-before-history')).toBe(true);
    // Then each stale report's upgrade (migration-events.test.ts), after every "created".
    expect(events.slice(created.length).every((e) => e.type === 'migrated')).toBe(true);
    const db = await openConstatDB();
    expect(created.map((e) => e.reportId).sort()).toEqual((await db.getAllKeys('reports')).sort());
    await closeConstatDB();
    expect(await listEvents()).toHaveLength(events.length);
  });
});
