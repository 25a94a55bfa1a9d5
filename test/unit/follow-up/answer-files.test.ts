import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listReportEvents } from '../../../utils/db/events';
import { openConstatDB } from '../../../utils/db/open';
import { getEvidence, getReport, updateReport } from '../../../utils/db/reports';
import { readLogSource } from '../../../utils/export/log-source';
import { blobSink } from '../../../utils/export/sink';
import { writeEvidenceBundle } from '../../../utils/export/zip-bundle';
import { AnswerFileError, answerFileType } from '../../../utils/follow-up/answer-files';
import { addNoticeStep } from '../../../utils/follow-up/notice-changes';
import { readImportFile } from '../../../utils/import/import-log';
import { withStaging } from '../../../utils/import/staging';
import { verifyLog } from '../../../utils/log/verify';
import { withNoticeOpened, withNoticeSent } from '../../../utils/notice/notice-log';
import { MAX_ANSWER_FILE_BYTES } from '../../../utils/notice/notice-step';
import { makeNoticeRecord, storeCapture, TINY_PNG } from '../factories';

const AT = '2026-11-22T10:00:00.000Z';
const encode = (text: string) => new TextEncoder().encode(text);
const EMAIL = encode(
  'From: noreply@x.com\r\nSubject: Your report\r\nDate: Sun, 22 Nov 2026 09:00:00 +0000\r\n\r\nWe removed the post.\r\n',
);
const PDF = encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function sentReport() {
  const { report } = await storeCapture({ report: { categoryId: 'threats' } });
  const notice = makeNoticeRecord();
  await updateReport(report.id, (r) => withNoticeOpened(r, notice));
  const sent = await updateReport(report.id, (r) =>
    withNoticeSent(r, notice.id, '', new Date('2026-11-21T10:00:00.000Z')),
  );
  return { report: sent, noticeId: notice.id };
}

describe('the platform’s answer attached as files', () => {
  it('reads each file’s type from its bytes, not from its name', () => {
    expect(answerFileType({ name: 'shot.png', bytes: TINY_PNG })).toBe('image/png');
    expect(answerFileType({ name: 'decision', bytes: PDF })).toBe('application/pdf');
    expect(answerFileType({ name: 'answer.eml', bytes: EMAIL })).toBe('message/rfc822');
    expect(answerFileType({ name: 'notes.txt', bytes: encode('Reference 42') })).toBe('text/plain');
    // A program renamed as a picture or a text is refused.
    expect(answerFileType({ name: 'x.png', bytes: encode('MZ\u0000\u0001') })).toBeNull();
    expect(answerFileType({ name: 'x.txt', bytes: Uint8Array.of(0x4d, 0x5a, 0, 1) })).toBeNull();
    expect(answerFileType({ name: 'page.html', bytes: encode('<script>alert(1)</script>') })).toBeNull();
  });

  it('stores them as evidence with their SHA-256, names them on the step and its event, and verifies clean', async () => {
    const { report, noticeId } = await sentReport();
    const stored = await addNoticeStep(
      report.id,
      noticeId,
      { kind: 'decision', at: AT, decision: 'removed' },
      [
        { name: 'answer.eml', bytes: EMAIL },
        { name: 'statement.pdf', bytes: PDF },
      ],
    );
    const step = stored.notices[0]?.steps?.[0];
    const files = step && 'files' in step ? (step.files ?? []) : [];
    expect(files.map((f) => f.mime)).toEqual(['message/rfc822', 'application/pdf']);
    const answers = stored.evidence.filter((e) => e.kind === 'answer');
    expect(answers.map((e) => e.sha256)).toEqual(files.map((f) => f.sha256));
    expect((await getEvidence(report.id)).filter((e) => e.kind === 'answer')).toHaveLength(2);
    const event = (await listReportEvents(report.id)).at(-1);
    expect(event?.type).toBe('notice-step');
    expect(((event?.data.files ?? []) as { sha256: string }[]).map((f) => f.sha256)).toEqual(
      files.map((f) => f.sha256),
    );
    expect((await verifyLog()).findings).toEqual([]);
  });

  it('refuses a file of another kind, too large or empty, and stores nothing', async () => {
    const { report, noticeId } = await sentReport();
    const step = { kind: 'acknowledged', at: AT } as const;
    const refused = (name: string, bytes: Uint8Array<ArrayBuffer>) =>
      addNoticeStep(report.id, noticeId, step, [{ name, bytes }]).catch((error: unknown) => error);
    expect(await refused('run.exe', encode('MZ'))).toMatchObject({ problem: 'type' });
    const big = new Uint8Array(MAX_ANSWER_FILE_BYTES + 1);
    big.set(PDF);
    expect(await refused('big.pdf', big)).toBeInstanceOf(AnswerFileError);
    expect(await refused('empty.txt', new Uint8Array(0))).toMatchObject({ problem: 'empty' });
    expect((await getReport(report.id))?.notices[0]?.steps).toBeUndefined();
    expect((await getEvidence(report.id)).some((e) => e.kind === 'answer')).toBe(false);
  });

  it('goes into the evidence bundle, covered by SHA256SUMS, and reads back from it', async () => {
    const { report, noticeId } = await sentReport();
    await addNoticeStep(report.id, noticeId, { kind: 'acknowledged', at: AT }, [
      { name: 'answer.eml', bytes: EMAIL },
    ]);
    let blob: Blob | null = null;
    const sink = blobSink('application/zip', (b) => {
      blob = b;
    });
    await writeEvidenceBundle(sink, await readLogSource(), { extensionVersion: '0.1.0' });
    await sink.close();
    const bytes = new Uint8Array(await (blob as unknown as Blob).arrayBuffer());
    const dir = mkdtempSync(join(tmpdir(), 'constat-answer-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'bundle.zip'), bytes);
    execFileSync('unzip', ['-q', 'bundle.zip', '-d', 'out'], { cwd: dir });
    const sums = readFileSync(join(dir, 'out', 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(/answer\.eml\n/);
    expect(
      execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'out'), encoding: 'utf8' }),
    ).not.toMatch(/FAILED/);
    const file = await withStaging(await openConstatDB(), (staging) =>
      readImportFile(new Blob([bytes]), 'bundle.zip', staging),
    );
    const answer = file.reports[0]?.records.find((e) => e.kind === 'answer');
    expect(answer?.mime).toBe('message/rfc822');
  });
});
