import type { Rect } from '../model';

interface Size {
  width: number;
  height: number;
}

/**
 * The screenshot pixels that show `box` (CSS pixels, relative to the viewport). The scale is read
 * from the image itself (image width / viewport width), which equals devicePixelRatio at 100% zoom
 * and stays right under zoom. Edges are rounded to the nearest device pixel, as the browser snaps
 * layout boxes; only the visible part of the box is kept. Null when nothing of it is visible.
 */
export function cropRectFor(box: Rect, viewport: Size, image: Size): Rect | null {
  const scaleX = image.width / viewport.width;
  const scaleY = image.height / viewport.height;
  const left = Math.max(0, box.x);
  const top = Math.max(0, box.y);
  const right = Math.min(viewport.width, box.x + box.width);
  const bottom = Math.min(viewport.height, box.y + box.height);
  if (right <= left || bottom <= top) return null;
  const x = Math.round(left * scaleX);
  const y = Math.round(top * scaleY);
  const width = Math.min(image.width, Math.round(right * scaleX)) - x;
  const height = Math.min(image.height, Math.round(bottom * scaleY)) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/** Cuts `rect` out of a PNG, as a PNG. Runs where OffscreenCanvas exists (service worker, pages). */
export async function cropPng(png: Blob, rect: Rect): Promise<Blob> {
  const bitmap = await createImageBitmap(png, rect.x, rect.y, rect.width, rect.height);
  try {
    const canvas = new OffscreenCanvas(rect.width, rect.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas available to crop the screenshot');
    context.drawImage(bitmap, 0, 0);
    return await canvas.convertToBlob({ type: 'image/png' });
  } finally {
    bitmap.close();
  }
}

/** Width and height of a PNG, read from its IHDR chunk (no decoding). */
export function pngSize(bytes: Uint8Array): Size {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.byteLength < 24 || signature.some((b, i) => bytes[i] !== b)) {
    throw new Error('Not a PNG image');
  }
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
