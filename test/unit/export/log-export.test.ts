import { describe, expect, it } from 'vitest';
import { openConstatDB } from '../../../utils/db/open';
import { base64ToBytes, bytesToBase64 } from '../../../utils/export/base64';
import { parseLogExport } from '../../../utils/export/check-log-export';
import {
  buildLogExport,
  LOG_EXPORT_FORMAT,
  LOG_EXPORT_VERSION,
  LogExportError,
  logExportFileName,
} from '../../../utils/export/log-export';
import type { Report } from '../../../utils/model';
import { withNoticeOpened, withNoticeSent } from '../../../utils/notice/notice-log';
import { makeNoticeRecord, makeReport, storeCapture } from '../factories';

const NOW = new Date('2026-12-01T10:00:00.000Z');

/** The export as a user's file would hold it: through JSON and back. */
async function exportedFile() {
  const built = await buildLogExport({ now: NOW, extensionVersion: '0.1.0' });
  return { built, file: JSON.parse(JSON.stringify(built)) as typeof built };
}

async function failureOf(json: unknown): Promise<Error> {
  const error = await parseLogExport(json).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof LogExportError)) throw new Error(`expected a LogExportError, got ${String(error)}`);
  return error;
}

describe('log export', () => {
  it('round-trips through parseLogExport with every evidence byte intact', async () => {
    const older = await storeCapture({ report: { createdAt: '2026-11-20T08:00:00.000Z' } });
    const newer = await storeCapture({
      report: { createdAt: '2026-11-21T08:00:00.000Z', categoryId: 'threats' },
    });
    const { built, file } = await exportedFile();

    expect(built.format).toBe(LOG_EXPORT_FORMAT);
    expect(built.formatVersion).toBe(LOG_EXPORT_VERSION);
    expect(built.exportedAt).toBe(NOW.toISOString());
    expect(built.extensionVersion).toBe('0.1.0');
    expect(built.reports.map((r) => r.report.id)).toEqual([newer.report.id, older.report.id]);

    const parsed = await parseLogExport(file);
    expect(parsed).toEqual(built);
    for (const record of [...older.evidence, ...newer.evidence]) {
      const exported = parsed.reports.flatMap((r) => r.evidence).find((e) => e.id === record.id);
      expect(exported?.sha256).toBe(record.sha256);
      expect(base64ToBytes(exported?.base64 ?? '')).toEqual(new Uint8Array(record.bytes));
    }
  });

  it('fails on a single altered byte, naming the report and the evidence', async () => {
    const { report } = await storeCapture();
    const { file } = await exportedFile();
    const screenshot = file.reports[0]?.evidence.find((e) => e.kind === 'screenshot');
    if (!screenshot) throw new Error('no screenshot exported');
    const bytes = base64ToBytes(screenshot.base64);
    bytes[10] = (bytes[10] ?? 0) ^ 0x01;
    screenshot.base64 = bytesToBase64(bytes);

    const error = await failureOf(file);
    expect(error.message).toContain(`Report ${report.id}`);
    expect(error.message).toContain(`evidence ${screenshot.id} (screenshot)`);
    expect(error.message).toContain('SHA-256 does not match the recorded one');
  });

  it('fails when a payload is cut short, giving both sizes', async () => {
    await storeCapture();
    const { file } = await exportedFile();
    const html = file.reports[0]?.evidence.find((e) => e.kind === 'html');
    if (!html) throw new Error('no html exported');
    html.base64 = bytesToBase64(base64ToBytes(html.base64).slice(0, 5));

    expect((await failureOf(file)).message).toMatch(/\(html\): holds 5 bytes where \d+ were recorded/);
  });

  it('fails when evidence the report lists was removed from the file', async () => {
    await storeCapture();
    const { file } = await exportedFile();
    const removed = file.reports[0]?.evidence.pop();
    expect((await failureOf(file)).message).toContain(
      `evidence ${removed?.id} (${removed?.kind}): listed by the report but absent`,
    );
  });

  it('rejects other files, newer formats and malformed exports with a plain message', async () => {
    expect((await failureOf({ hello: 'world' })).message).toBe('This file is not a Constat log export.');
    expect(
      (await failureOf({ format: LOG_EXPORT_FORMAT, formatVersion: LOG_EXPORT_VERSION + 1 })).message,
    ).toMatch(/format version 3/);
    await storeCapture();
    const { file } = await exportedFile();
    (file.reports[0] as { report: Partial<Report> }).report.createdAt = 'yesterday';
    expect((await failureOf(file)).message).toMatch(/^This log export is malformed:/);
  });

  it('records evidence missing from storage and names unreadable records, instead of dropping them', async () => {
    const { report, evidence } = await storeCapture();
    const db = await openConstatDB();
    const lost = evidence[0];
    if (!lost) throw new Error('factory made no evidence');
    await db.delete('evidence', lost.id);
    await db.put('reports', {
      id: 'broken-record',
      createdAt: '2026-11-25T08:00:00.000Z',
    } as unknown as Report);

    const { file } = await exportedFile();
    expect(file.reports[0]?.report.id).toBe(report.id);
    expect(file.reports[0]?.missingEvidenceIds).toEqual([lost.id]);
    expect(file.unreadable.map((u) => u.id)).toEqual(['broken-record']);
    await expect(parseLogExport(file)).resolves.toEqual(file);
  });

  it('names the file by the local date', () => {
    expect(logExportFileName(new Date(2026, 0, 5, 12))).toBe('constat-log-2026-01-05.json');
  });
});

describe('base64', () => {
  it('round-trips every byte value, across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new TextEncoder().encode('Constat'))).toBe('Q29uc3RhdA==');
  });
});

describe('an export made before the current schema', () => {
  it('still reads: its reports are migrated before they are checked', async () => {
    const { default: reportV1 } = await import('../db/examples/report-v1.json');
    const file = {
      format: 'constat-log',
      formatVersion: 1,
      exportedAt: '2026-11-23T13:05:00.000Z',
      extensionVersion: '0.1.0',
      reports: [{ report: { ...reportV1, evidence: [] }, evidence: [], missingEvidenceIds: [] }],
      unreadable: [],
    };
    const parsed = await parseLogExport(file);
    expect(parsed.reports[0]?.report).toMatchObject({
      id: reportV1.id,
      grounds: [],
      suggestion: null,
      notices: [],
    });
  });
});

describe('the notices in an export', () => {
  it('keeps each notice, its exact text, its sending and its reference, and the history', async () => {
    const record = makeNoticeRecord({ channelId: 'pharos', openedAt: '2026-11-22T09:00:00.000Z' });
    const sent = withNoticeSent(
      withNoticeOpened(makeReport({ categoryId: 'threats' }), record),
      record.id,
      'PH-1',
      new Date('2026-11-22T09:10:00Z'),
    );
    await storeCapture({ report: sent });
    const { file } = await exportedFile();
    const parsed = await parseLogExport(file);
    const report = parsed.reports[0]?.report;
    expect(report?.notices).toEqual(sent.notices);
    expect(report?.statusHistory.map((s) => s.status)).toEqual(['draft', 'notice-opened', 'sent']);
    expect(report?.notices[0]?.text).toBe(record.text);
  });
});
