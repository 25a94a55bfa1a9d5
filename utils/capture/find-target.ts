import type { ExtractRequest } from './extraction';
import { recordedContextTarget } from './target-slot';

interface FirefoxMenus {
  getTargetElement(targetElementId: number): Element | null;
}

/**
 * The element the user right-clicked, by the surest means available: Firefox names it; otherwise
 * the recorder saw the `contextmenu` event; otherwise (the recorder was not there yet) the image,
 * link the browser's menu reported is looked up in the page, or the text selected in it.
 */
export function findTarget(request: ExtractRequest, doc: Document = document): Element | null {
  const menus = (globalThis as { browser?: { menus?: FirefoxMenus } }).browser?.menus;
  if (request.targetElementId !== undefined && menus) {
    const element = menus.getTargetElement(request.targetElementId);
    if (element) return element;
  }
  const recorded = recordedContextTarget(request.maxTargetAgeMs);
  if (recorded) return recorded;
  const { srcUrl, linkUrl } = request.menu;
  if (srcUrl) {
    const media = [...doc.querySelectorAll<HTMLImageElement | HTMLVideoElement>('img, video')].find(
      (m) => m.currentSrc === srcUrl || m.src === srcUrl,
    );
    if (media) return media;
  }
  if (linkUrl) {
    const link = [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => a.href === linkUrl);
    if (link) return link;
  }
  // Text the user selected lies inside the post they mean, menu or not (the popup sends no menu data).
  const selection = doc.getSelection();
  if (selection && !selection.isCollapsed) {
    const node = selection.anchorNode;
    const element = node instanceof Element ? node : node?.parentElement;
    if (element) return element;
  }
  return null;
}
