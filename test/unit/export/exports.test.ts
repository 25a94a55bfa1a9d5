import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { csvHeader, csvRow } from '../../../components/log/csv-columns';
import { updateReport } from '../../../utils/db/reports';
import { parseLogExport } from '../../../utils/export/check-log-export';
import { CSV_BOM, csvRecord, inertCell } from '../../../utils/export/csv';
import { writeLogExport } from '../../../utils/export/log-export';
import { allReports, type LogSource, readLogSource } from '../../../utils/export/log-source';
import type { ExportSink } from '../../../utils/export/sink';
import { writeEvidenceBundle } from '../../../utils/export/zip-bundle';
import type { LogEvent } from '../../../utils/log/event';
import { withNoticeOpened, withNoticeSent } from '../../../utils/notice/notice-log';
import { makeNoticeRecord, makePostData, storeCapture } from '../factories';
import { collectExport } from './collect-export';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function collect(write: Parameters<typeof collectExport>[0]): Promise<Uint8Array> {
  return new Uint8Array(await (await collectExport(write)).arrayBuffer());
}

async function chainOf(source: LogSource): Promise<LogEvent[]> {
  const events: LogEvent[] = [];
  for await (const batch of source.events()) events.push(...batch);
  return events;
}

async function sentReport(text: string) {
  const { report } = await storeCapture({
    report: { extracted: makePostData({ text }), categoryId: 'threats', attackTarget: 'Camille D.' },
  });
  const notice = makeNoticeRecord();
  await updateReport(report.id, (r) => withNoticeOpened(r, notice));
  return updateReport(report.id, (r) => withNoticeSent(r, notice.id, 'REF-42', NOW));
}

describe('JSON export, written a report at a time', () => {
  it('parses back as a version-2 export carrying the events and the chain head', async () => {
    await sentReport('first');
    await storeCapture();
    const source = await readLogSource();
    const progress: number[] = [];
    const bytes = await collect((sink) =>
      writeLogExport(sink, source, {
        now: NOW,
        extensionVersion: '0.1.0',
        onProgress: (done) => progress.push(done),
      }),
    );
    const file = await parseLogExport(JSON.parse(new TextDecoder().decode(bytes)));
    expect(file.formatVersion).toBe(2);
    expect(file.reports).toHaveLength(2);
    expect(file.events).toEqual(await chainOf(source));
    expect(file.chainHead).toEqual(source.head);
    expect(progress).toEqual([1, 2]);
  });

  it('exports a selection with only its own reports and events', async () => {
    const chosen = await sentReport('chosen');
    await storeCapture();
    const source = await readLogSource([chosen.id]);
    expect(source.scope).toBe('selection');
    expect((await allReports(source)).reports.map((r) => r.id)).toEqual([chosen.id]);
    const events = await chainOf(source);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.reportId === chosen.id)).toBe(true);
  });
});

describe('CSV export', () => {
  it('makes cells that start like a formula inert', () => {
    for (const hostile of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\0=1']) {
      expect(inertCell(hostile)).toBe(`'${hostile}`);
    }
    expect(inertCell('a=1')).toBe('a=1');
    expect(csvRecord(['say "hi"', 'two\r\nlines'])).toBe('"say ""hi""","two\r\nlines"\r\n');
  });

  it('writes one row per report, a hostile post text inert, with the columns a reader expects', async () => {
    const report = await sentReport('=HYPERLINK("https://evil.example","click")');
    const source = await readLogSource();
    const row = csvRow(report, { lang: 'en', reminderHours: () => 48, events: await chainOf(source) });
    const header = csvHeader('en');
    const cell = (name: string) => row[header.indexOf(name)];
    const csv = CSV_BOM + csvRecord(header) + csvRecord(row);
    expect(csv.startsWith('\uFEFF"Report id"')).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""https://evil.example"",""click"")"');
    expect(cell('Sent at')).toBe(NOW.toISOString());
    expect(cell('Reference')).toBe('REF-42');
    expect(cell('Person or group attacked')).toBe('Camille D.');
    expect(cell('Reminder')).toBe('2026-11-27T10:00:00.000Z');
    expect(cell('Legal basis')).not.toBe('');
    expect(cell('Evidence SHA-256')).toMatch(/^screenshot:[0-9a-f]{64} /);
    expect(csvHeader('fr')).toHaveLength(header.length);
  });
});

describe('ZIP evidence bundle', () => {
  it('unzips with the system unzip and passes sha256sum -c SHA256SUMS', async () => {
    const report = await sentReport('Un texte accentué, capturé.');
    await storeCapture();
    const source = await readLogSource();
    const bytes = await collect((sink) =>
      writeEvidenceBundle(sink, source, { now: NOW, extensionVersion: '0.1.0' }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'constat-bundle-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'bundle.zip'), bytes);
    execFileSync('unzip', ['-q', 'bundle.zip', '-d', 'out'], { cwd: dir });
    const out = join(dir, 'out');
    const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(check).not.toMatch(/FAILED/);
    expect(check).toMatch(/manifest\.json: OK/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const paths = manifest.files.map((f: { path: string }) => f.path);
    const folder = paths
      .find((p: string) => p.includes(report.id) && p.endsWith('report.json'))
      .replace('/report.json', '');
    expect(paths).toEqual(
      expect.arrayContaining([
        'README.txt',
        'events.json',
        `${folder}/screenshot.png`,
        `${folder}/post-crop.png`,
        `${folder}/html.html.txt`,
        `${folder}/metadata.json`,
        `${folder}/notice-1-x-dsa.txt`,
        `${folder}/history.json`,
      ]),
    );
    expect(readFileSync(join(out, 'README.txt'), 'utf8')).toContain('sha256sum -c SHA256SUMS');
    const screenshot = report.evidence.find((e) => e.kind === 'screenshot');
    expect(manifest.files.find((f: { path: string }) => f.path === `${folder}/screenshot.png`).sha256).toBe(
      screenshot?.sha256,
    );

    // One changed byte is caught by a recipient's check.
    const shot = join(out, folder, 'screenshot.png');
    const altered = readFileSync(shot);
    altered[20] = (altered[20]! + 1) % 256;
    writeFileSync(shot, altered);
    expect(() =>
      execFileSync('sha256sum', ['--quiet', '-c', 'SHA256SUMS'], { cwd: out, stdio: 'pipe' }),
    ).toThrow();
  });

  it('writes events.json, manifest.json and SHA256SUMS as they are made, as JSON.stringify writes them', async () => {
    // Enough events and files for each of the three to span several 64 KB slices.
    for (let i = 0; i < 12; i++) {
      const { report } = await storeCapture();
      for (let k = 0; k < 20; k++)
        await updateReport(report.id, (r) => ({ ...r, notes: `${k} ${'é'.repeat(400)}` }));
    }
    const source = await readLogSource();
    const entries = await writeEvidenceBundle(
      { write: async () => {}, close: async () => {}, abort: async () => {} },
      source,
      { now: NOW, extensionVersion: '0.1.0' },
    );
    const files = unzipSync(
      await collect((sink) => writeEvidenceBundle(sink, source, { now: NOW, extensionVersion: '0.1.0' })),
    );
    const text = (name: string) => new TextDecoder().decode(files[name]);
    const events = await chainOf(source);
    expect(text('events.json')).toBe(`${JSON.stringify(events, null, 2)}\n`);
    expect(files['events.json']!.byteLength).toBeGreaterThan(3 * 64 * 1024);
    const manifest = JSON.parse(text('manifest.json'));
    expect(text('manifest.json')).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    expect(manifest.files).toEqual(entries.slice(0, -1));
    expect(entries.at(-1)).toEqual({
      path: 'manifest.json',
      size: files['manifest.json']!.byteLength,
      sha256: createHash('sha256').update(files['manifest.json']!).digest('hex'),
    });
    const eventsEntry = entries.find((entry) => entry.path === 'events.json');
    expect(eventsEntry?.sha256).toBe(createHash('sha256').update(files['events.json']!).digest('hex'));
    expect(text('SHA256SUMS')).toBe(entries.map((entry) => `${entry.sha256}  ${entry.path}\n`).join(''));
  });

  it('reads each file from the database on its own, a large one passed through in slices', async () => {
    const big = new Uint8Array(300 * 1024).map((_, i) => (i * 7919) & 255);
    const { report } = await storeCapture({
      evidence: [
        { kind: 'screenshot', content: big },
        { kind: 'metadata', content: '{"note":"test metadata"}' },
      ],
    });
    const source = await readLogSource();
    const read: string[] = [];
    const oneAtATime = {
      ...source,
      evidence: () => Promise.reject(new Error('the bundle read a report’s files all at once')),
      file: (id: string) => {
        read.push(id);
        return source.file(id);
      },
    };
    const written: number[] = [];
    const sink: ExportSink = {
      write: async (chunk) => void written.push(typeof chunk === 'string' ? chunk.length : chunk.byteLength),
      close: async () => {},
      abort: async () => {},
    };
    await writeEvidenceBundle(sink, oneAtATime, { now: NOW, extensionVersion: '0.1.0' });
    expect(read).toEqual(report.evidence.map((e) => e.id));
    // The 300 KB screenshot reached the sink in pieces, not as one chunk.
    expect(Math.max(...written)).toBeLessThanOrEqual(64 * 1024 + 1024);
  });
});
