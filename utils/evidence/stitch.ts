/** One PNG made of `parts` stacked top to bottom (a tall post captured in several screenshots). */
export async function stitchPngs(parts: readonly Blob[]): Promise<Blob> {
  const bitmaps = await Promise.all(parts.map((part) => createImageBitmap(part)));
  try {
    const width = Math.max(...bitmaps.map((b) => b.width));
    const height = bitmaps.reduce((sum, b) => sum + b.height, 0);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas available to join the screenshots');
    let y = 0;
    for (const bitmap of bitmaps) {
      context.drawImage(bitmap, 0, y);
      y += bitmap.height;
    }
    return await canvas.convertToBlob({ type: 'image/png' });
  } finally {
    for (const bitmap of bitmaps) bitmap.close();
  }
}
