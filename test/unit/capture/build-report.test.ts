import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../utils/capture/build-report';
import { reportSchema } from '../../../utils/model';
import { sampleCapture, sampleExtraction, sampleMeta } from './capture-fixture';

const decode = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes);

describe('buildReport', () => {
  it('builds a valid draft whose evidence hashes are those of the bytes kept', async () => {
    const { report, evidence } = await sampleCapture();
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report.status).toBe('draft');
    expect(report.target).toBe('post');
    for (const e of evidence) {
      expect(e.sha256).toBe(createHash('sha256').update(new Uint8Array(e.bytes)).digest('hex'));
      expect(e.size).toBe(e.bytes.byteLength);
    }
  });

  it('seals the other artifacts: the metadata file lists their hashes and the capture facts', async () => {
    const { report, evidence } = await sampleCapture();
    const metadata = evidence.find((e) => e.kind === 'metadata');
    const sealed = JSON.parse(decode(metadata!.bytes));
    expect(sealed.reportId).toBe(report.id);
    expect(sealed.meta.capturedAt).toBe(report.createdAt);
    expect(sealed.post.permalink).toBe('https://x.com/someone/status/1');
    const others = evidence.filter((e) => e.kind !== 'metadata').map((e) => e.sha256);
    expect(sealed.artifacts.map((a: { sha256: string }) => a.sha256)).toEqual(others);
  });

  it('stores the HTML snapshot as a standalone UTF-8 document naming its source', async () => {
    const { evidence } = await sampleCapture(undefined, sampleExtraction('Ça va « très » mal 🙂'));
    const html = decode(evidence.find((e) => e.kind === 'html')!.bytes);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('content="https://x.com/someone/status/1"');
    expect(html).toContain('Ça va « très » mal 🙂');
  });

  it('records a page capture, without a post or HTML, when no post was found', async () => {
    const capturedAt = '2026-11-23T10:00:00.000Z';
    const extraction = { ...sampleExtraction(), post: null, noPostReason: 'no-post-at-target' as const };
    const { report, evidence } = await buildReport({
      reportId: crypto.randomUUID(),
      capturedAt,
      meta: sampleMeta(capturedAt),
      extraction,
      screenshot: new Uint8Array([1, 2, 3]),
      crop: null,
      keepHtml: true,
      suggestion: null,
      warnings: ['No post was found where you right-clicked.'],
    });
    expect(report.target).toBe('page');
    expect(report.platform).toBe('x');
    expect(report.extracted).toBeNull();
    expect(evidence.map((e) => e.kind)).toEqual(['screenshot', 'metadata']);
    expect(report.warnings).toEqual(['No post was found where you right-clicked.']);
  });
});
