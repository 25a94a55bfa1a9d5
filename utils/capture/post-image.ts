import { cropPng, cropRectFor, pngSize } from '../evidence/crop';
import { stitchPngs } from '../evidence/stitch';
import type { Rect } from '../model';
import { scrollPostInTab } from './extract-in-tab';
import type { Extraction, Placement } from './extraction';
import { captureVisibleTab } from './screenshot';

// A post taller than the view is scrolled through and captured in parts (paced: Chrome allows two
// screenshots a second); beyond this many parts the rest is left out, and the user told so.
const MAX_PARTS = 12;

export interface PostImage {
  bytes: Uint8Array<ArrayBuffer>;
  /** The first part's crop, in screenshot pixels. */
  rect: Rect;
  parts: number;
  /** Whether some of the post is missing from the image (too tall, or the page stopped scrolling). */
  partial: boolean;
}

interface Where {
  tabId: number;
  frameId: number;
  windowId: number;
}

const pngBlob = (bytes: Uint8Array<ArrayBuffer>) => new Blob([bytes], { type: 'image/png' });

/** The post's rows `from`–… visible in one screenshot, below the page's fixed bars. */
function visibleRows(placement: Placement, from: number): { top: number; bottom: number } {
  const { rect, viewport, topInset } = placement;
  return {
    top: Math.max(from, topInset - rect.y, -rect.y),
    bottom: Math.min(rect.height, viewport.height - rect.y),
  };
}

/**
 * The picture of the post, cut out of the screenshot taken at the report (device-pixel exact), or
 * for a post taller than the view, stitched from screenshots taken while scrolling through it.
 * `shotsTaken` runs once no more screenshots are needed, before the parts are cut and stitched.
 */
export async function capturePostImage(
  where: Where,
  extraction: Extraction,
  screenshot: Uint8Array<ArrayBuffer>,
  shotsTaken: () => unknown = () => undefined,
): Promise<PostImage | null> {
  const post = extraction.post;
  if (!post) return null;
  let placement: Placement = { rect: post.rect, viewport: extraction.viewport, topInset: post.topInset };
  let shot = screenshot;
  // Each part is cut while the page scrolls and the next screenshot waits for Chrome's quota.
  const parts: Promise<Blob>[] = [];
  let firstRect: Rect | null = null;
  let done = 0;
  for (let part = 0; part < (post.clipped ? MAX_PARTS : 1) && done < post.rect.height - 0.5; part++) {
    if (part > 0) {
      placement = await scrollPostInTab(where.tabId, where.frameId, done);
      shot = await captureVisibleTab(where.windowId);
    }
    const rows = post.clipped ? visibleRows(placement, done) : { top: 0, bottom: post.rect.height };
    if (rows.bottom - rows.top < 1) break;
    const { rect } = placement;
    const box = { x: rect.x, y: rect.y + rows.top, width: rect.width, height: rows.bottom - rows.top };
    const crop = cropRectFor(box, placement.viewport, pngSize(shot));
    if (!crop) break;
    firstRect ??= crop;
    const cutting = cropPng(pngBlob(shot), crop);
    // Awaited below; a failure meanwhile must not go unhandled if scrolling fails first.
    cutting.catch(() => undefined);
    parts.push(cutting);
    done = rows.bottom;
  }
  shotsTaken();
  if (!firstRect || parts.length === 0) return null;
  const cut = await Promise.all(parts);
  const image = cut.length === 1 ? cut[0] : await stitchPngs(cut);
  if (!image) return null;
  return {
    bytes: new Uint8Array(await image.arrayBuffer()),
    rect: firstRect,
    parts: parts.length,
    partial: post.clipped && done < post.rect.height - 0.5,
  };
}
