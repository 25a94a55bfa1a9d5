import { buildReport } from '../../../utils/capture/build-report';
import type { Extraction } from '../../../utils/capture/extraction';
import type { CaptureMeta } from '../../../utils/model';
import { makeReport } from '../factories';

// A realistic capture, built by the product's own assembly code, for DB and pipeline tests.

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

export function sampleExtraction(text = 'A hateful post'): Extraction {
  return {
    pageUrl: 'https://x.com/someone/status/1',
    pageTitle: 'someone on X',
    viewport: { width: 1280, height: 900, devicePixelRatio: 1, scrollX: 0, scrollY: 0 },
    selectionText: '',
    platform: 'x',
    noPostReason: null,
    error: null,
    post: {
      data: {
        platform: 'x',
        kind: 'post',
        permalink: 'https://x.com/someone/status/1',
        author: { handle: 'someone', name: 'Some One' },
        publishedAt: '2025-10-28T11:10:33.000Z',
        text,
        media: [],
        foundBy: { permalink: 'time-link' },
      },
      rect: { x: 10, y: 20, width: 600, height: 300 },
      topInset: 0,
      html: `<article><div>${text}</div></article>`,
      clipped: false,
    },
  };
}

export function sampleMeta(capturedAt: string): CaptureMeta {
  const { meta } = makeReport({ createdAt: capturedAt });
  return { ...meta, pageUrl: 'https://x.com/someone/status/1', pageTitle: 'someone on X' };
}

export function sampleCapture(capturedAt = '2026-11-23T10:00:00.000Z', extraction = sampleExtraction()) {
  return buildReport({
    reportId: crypto.randomUUID(),
    capturedAt,
    meta: sampleMeta(capturedAt),
    extraction,
    screenshot: png.slice(),
    crop: png.slice(),
    keepHtml: true,
    suggestion: null,
    warnings: [],
  });
}
