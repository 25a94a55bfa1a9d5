import type { ExtractRequest } from './extraction';
import { recordedContextTarget } from './target-slot';

interface FirefoxMenus {
  getTargetElement(targetElementId: number): Element | null;
}

/**
 * The element the user right-clicked, by the surest means available: Firefox names it; otherwise
 * the recorder saw the `contextmenu` event; otherwise (the recorder was not there yet) the image or
 * link the browser's menu reported is looked up in the page (when its address appears only once),
 * or the text selected in it.
 */
/**
 * For the keyboard shortcut: the focused element (inside shadow roots too), then the deepest element
 * under the pointer (the browser's own `:hover` state, so no listener watches the mouse), then the
 * selected text. An earlier right-click is never taken: the shortcut means what is there now.
 */
export function shortcutTargets(doc: Document = document): Element[] {
  let focused: Element | null = doc.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  const hovered = [...doc.querySelectorAll(':hover')].at(-1) ?? null;
  const selection = doc.getSelection();
  const anchor = selection && !selection.isCollapsed ? selection.anchorNode : null;
  const selected = anchor instanceof Element ? anchor : (anchor?.parentElement ?? null);
  const pageItself = (element: Element | null) =>
    !element || element === doc.body || element === doc.documentElement;
  return [focused, hovered, selected].filter((element): element is Element => !pageItself(element));
}

export function findTarget(request: ExtractRequest, doc: Document = document): Element | null {
  const menus = (globalThis as { browser?: { menus?: FirefoxMenus } }).browser?.menus;
  if (request.targetElementId !== undefined && menus) {
    const element = menus.getTargetElement(request.targetElementId);
    if (element) return element;
  }
  const recorded = recordedContextTarget(request.maxTargetAgeMs);
  if (recorded) return recorded;
  const { srcUrl, linkUrl } = request.menu;
  // Only an address that appears once tells which element it was: the same avatar or profile link
  // repeated down a page must not attribute the report to the wrong post.
  if (srcUrl) {
    const media = [...doc.querySelectorAll<HTMLImageElement | HTMLVideoElement>('img, video')].filter(
      (m) => m.currentSrc === srcUrl || m.src === srcUrl,
    );
    if (media.length === 1) return media[0] ?? null;
  }
  if (linkUrl) {
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => a.href === linkUrl);
    if (links.length === 1) return links[0] ?? null;
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
