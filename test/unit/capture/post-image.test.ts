import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Extraction, Placement } from '../../../utils/capture/extraction';

// A tall post's parts: the person's zoom may go back as soon as the last screenshot is taken,
// while the parts are still being cut and stitched.

const events: string[] = [];
const pngOf = (height: number) => {
  const bytes = new Uint8Array(24);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  new DataView(bytes.buffer).setUint32(16, 1280);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
};

vi.mock('../../../utils/capture/screenshot', () => ({
  captureVisibleTab: vi.fn(async () => {
    events.push('screenshot');
    return pngOf(900);
  }),
}));
vi.mock('../../../utils/capture/extract-in-tab', () => ({
  scrollPostInTab: vi.fn(async (_tab: number, _frame: number, offset: number): Promise<Placement> => {
    events.push(`scroll ${offset}`);
    return { rect: { x: 0, y: -offset, width: 600, height: 2000 }, viewport: view, topInset: 0 };
  }),
}));
vi.mock('../../../utils/evidence/crop', async (original) => ({
  ...(await original<typeof import('../../../utils/evidence/crop')>()),
  cropPng: vi.fn(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    events.push('cut');
    return new Blob([pngOf(10)]);
  }),
}));
vi.mock('../../../utils/evidence/stitch', () => ({
  stitchPngs: vi.fn(async (parts: Blob[]) => {
    events.push(`stitch ${parts.length}`);
    return new Blob([pngOf(2000)]);
  }),
}));

const view = { width: 1280, height: 900, devicePixelRatio: 1, scrollX: 0, scrollY: 0 };

const extraction = {
  viewport: view,
  post: { rect: { x: 0, y: 0, width: 600, height: 2000 }, topInset: 0, clipped: true },
} as unknown as Extraction;

describe('capturePostImage', () => {
  beforeEach(() => {
    events.length = 0;
  });

  it('says the screenshots are taken before the parts are cut and stitched', async () => {
    const { capturePostImage } = await import('../../../utils/capture/post-image');
    const image = await capturePostImage({ tabId: 1, frameId: 0, windowId: 1 }, extraction, pngOf(900), () =>
      events.push('shots taken'),
    );
    expect(image?.parts).toBe(3);
    const taken = events.indexOf('shots taken');
    expect(events.lastIndexOf('screenshot')).toBeLessThan(taken);
    expect(events.lastIndexOf('cut')).toBeGreaterThan(taken);
    expect(events.indexOf('stitch 3')).toBeGreaterThan(taken);
    expect(events.filter((e) => e === 'cut').length).toBe(3);
  });
});
