import { describe, expect, it } from 'vitest';
import { cropRectFor, pngSize } from '../../../utils/evidence/crop';

const viewport = { width: 1280, height: 900 };

describe('cropRectFor', () => {
  it('maps a box to device pixels at devicePixelRatio 1', () => {
    const image = { width: 1280, height: 900 };
    expect(cropRectFor({ x: 100, y: 50, width: 600, height: 300 }, viewport, image)).toEqual({
      x: 100,
      y: 50,
      width: 600,
      height: 300,
    });
  });

  it('scales by the image/viewport ratio (devicePixelRatio 2) and snaps fractional edges', () => {
    const image = { width: 2560, height: 1800 };
    expect(cropRectFor({ x: 10.25, y: 20.5, width: 300.5, height: 100.25 }, viewport, image)).toEqual({
      x: 21,
      y: 41,
      width: 601,
      height: 201,
    });
  });

  it('keeps a fractional ratio exact (devicePixelRatio 1.5)', () => {
    const image = { width: 1920, height: 1350 };
    const crop = cropRectFor({ x: 0, y: 0, width: 598, height: 412 }, viewport, image);
    expect(crop).toEqual({ x: 0, y: 0, width: 897, height: 618 });
  });

  it('keeps only the visible part of a box that overflows the viewport', () => {
    const image = { width: 1280, height: 900 };
    expect(cropRectFor({ x: -20, y: 700, width: 400, height: 600 }, viewport, image)).toEqual({
      x: 0,
      y: 700,
      width: 380,
      height: 200,
    });
  });

  it('returns null for a box entirely out of view or empty', () => {
    const image = { width: 1280, height: 900 };
    expect(cropRectFor({ x: 0, y: 950, width: 400, height: 100 }, viewport, image)).toBeNull();
    expect(cropRectFor({ x: 10, y: 10, width: 0, height: 100 }, viewport, image)).toBeNull();
  });
});

describe('pngSize', () => {
  it('reads width and height from the IHDR chunk', () => {
    const header = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 5, 0, 0, 0,
      3, 0x84,
    ]);
    expect(pngSize(header)).toEqual({ width: 1280, height: 900 });
  });

  it('rejects bytes that are not a PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('<html>not an image at all</html>'))).toThrow('Not a PNG');
  });
});
