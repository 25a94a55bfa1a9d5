import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { deleteReports } from '../../../utils/db/deletion';
import { closeConstatDB } from '../../../utils/db/open';
import { updateReport } from '../../../utils/db/reports';
import { verifyLog } from '../../../utils/log/verify';
import { storeCapture } from '../factories';

// Tampering goes straight to IndexedDB, without the product's code, as someone with the profile could.
async function tamper(change: (db: Awaited<ReturnType<typeof openDB>>) => Promise<unknown>) {
  await closeConstatDB();
  const db = await openDB('constat');
  await change(db);
  db.close();
}

async function logOfThree() {
  const first = await storeCapture();
  const second = await storeCapture();
  await updateReport(first.report.id, (r) => ({ ...r, notes: 'seen again' }));
  await updateReport(second.report.id, (r) => ({ ...r, categoryId: 'threats' }));
  return { first, second };
}

describe('verifyLog', () => {
  it('finds nothing wrong in a log written by Constat, and counts what it checked', async () => {
    await logOfThree();
    const steps = new Set<string>();
    const result = await verifyLog((step) => steps.add(step));
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({ events: 4, reports: 2, files: 8, head: { seq: 4 } });
    expect([...steps]).toEqual(['events', 'reports', 'files']);
  });

  it('names the file of the report whose screenshot had one byte changed', async () => {
    const { first } = await logOfThree();
    const screenshot = first.evidence.find((e) => e.kind === 'screenshot')!;
    await tamper(async (db) => {
      const record = await db.get('evidence', screenshot.id);
      const bytes = new Uint8Array(record.bytes);
      bytes[10] = (bytes[10]! + 1) % 256;
      await db.put('evidence', record);
    });
    expect((await verifyLog()).findings).toEqual([
      { kind: 'file-altered', reportId: first.report.id, fileId: screenshot.id, fileKind: 'screenshot' },
    ]);
  });

  it('names the report whose stored field was edited directly', async () => {
    const { second } = await logOfThree();
    await tamper(async (db) => {
      const record = await db.get('reports', second.report.id);
      await db.put('reports', { ...record, extracted: { ...record.extracted, text: 'a harmless post' } });
    });
    expect((await verifyLog()).findings).toEqual([{ kind: 'report-altered', reportId: second.report.id }]);
  });

  it('names where an event was deleted', async () => {
    await logOfThree();
    await tamper((db) => db.delete('events', 2));
    const { findings } = await verifyLog();
    expect(findings).toContainEqual({ kind: 'event-missing', afterSeq: 1, beforeSeq: 3 });
  });

  it('names the events of two that were swapped as out of order', async () => {
    await logOfThree();
    await tamper(async (db) => {
      const [two, three] = [await db.get('events', 2), await db.get('events', 3)];
      await db.put('events', { ...two, seq: 3 });
      await db.put('events', { ...three, seq: 2 });
    });
    const { findings } = await verifyLog();
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.kind === 'event-out-of-order')).toBe(true);
    expect(findings.map((f) => (f as { seq: number }).seq)).toContain(2);
  });

  it('names an event whose content was edited', async () => {
    await logOfThree();
    await tamper(async (db) => {
      const event = await db.get('events', 3);
      await db.put('events', { ...event, data: { ...event.data, notes: 'something else' } });
    });
    expect((await verifyLog()).findings).toEqual([{ kind: 'event-altered', seq: 3 }]);
  });

  it('names a missing file, a missing report and a report added behind Constat’s back', async () => {
    const { first, second } = await logOfThree();
    const html = first.evidence.find((e) => e.kind === 'html')!;
    await tamper(async (db) => {
      await db.delete('evidence', html.id);
      const record = await db.get('reports', second.report.id);
      await db.delete('reports', second.report.id);
      await db.put('reports', { ...record, id: 'planted' });
    });
    const { findings } = await verifyLog();
    expect(findings).toContainEqual({
      kind: 'file-missing',
      reportId: first.report.id,
      fileId: html.id,
      fileKind: 'html',
    });
    expect(findings).toContainEqual({ kind: 'report-missing', reportId: second.report.id });
    expect(findings).toContainEqual({ kind: 'report-without-history', reportId: 'planted' });
  });

  it('accepts a deletion made by Constat and names a deleted report that came back', async () => {
    const { first } = await logOfThree();
    let saved: unknown;
    await tamper(async (db) => {
      saved = await db.get('reports', first.report.id);
    });
    await deleteReports([first.report.id]);
    expect((await verifyLog()).findings).toEqual([]);
    await tamper((db) => db.put('reports', saved));
    expect((await verifyLog()).findings).toContainEqual({
      kind: 'report-deleted-but-present',
      reportId: first.report.id,
    });
  });
});
