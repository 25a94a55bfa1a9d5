import { opensAnotherPage, showMoreControls } from './controls';

// Clicking a post's own "Show more" before reading it, when the person allowed it in the options.
// The click is the platform's: its script reveals the rest (at once, or after fetching it), so
// the extractor waits for the post to change, within a bound, and never longer.

/** What became of a post's collapsed text: none shown, revealed by Constat's click, or left as shown. */
export type CollapsedText = 'none' | 'expanded' | 'not-expanded';

/** How long one click may take to change the post before the text is read as it stands. */
const MAX_WAIT_MS = 2000;

/**
 * Clicks `control` and resolves once `post`'s content changes or `post` or `control` leaves the
 * page (true), or after `MAX_WAIT_MS` without that (false). Changes elsewhere in the page (a live
 * feed, an advert) do not count.
 */
function changeAfterClick(post: Element, control: Element, win: Window): Promise<boolean> {
  const gone = () => !post.isConnected || !control.isConnected;
  return new Promise((resolve) => {
    const finish = (changed: boolean) => {
      observer.disconnect();
      win.clearTimeout(timer);
      resolve(changed);
    };
    // The page's own constructor: `win` may be another window than the script's (tests).
    const { MutationObserver } = win as Window & typeof globalThis;
    const observer = new MutationObserver((records) => {
      if (gone() || records.some((record) => post.contains(record.target))) finish(true);
    });
    // From the parent: a platform may draw the post again as a new element in its place.
    observer.observe(post.parentElement ?? post, { childList: true, characterData: true, subtree: true });
    const timer = win.setTimeout(() => finish(gone()), MAX_WAIT_MS);
    (control as HTMLElement).click();
  });
}

export interface Expansion {
  /** The post to read: the same element, or the one the platform drew in its place. */
  post: Element | null;
  collapsedText: CollapsedText;
}

/**
 * Clicks the "Show more" controls of `post` (never one that would open another page, nor any when
 * `opensPost`: the platform's control leads to the post's own page), waiting for each to take
 * effect. `refind` gives the post again when the platform replaced its element.
 */
export async function expandCollapsedText(
  post: Element,
  postOf: (el: Element) => Element | null,
  refind: () => Element | null,
  opensPost: boolean,
  win: Window,
): Promise<Expansion> {
  const controls = showMoreControls(post, postOf);
  if (controls.length === 0) return { post, collapsedText: 'none' };
  const clickable = opensPost ? [] : controls.filter((control) => !opensAnotherPage(control));
  let changed = false;
  for (const control of clickable) {
    if (control.isConnected) changed = (await changeAfterClick(post, control, win)) || changed;
  }
  const current = post.isConnected ? post : refind();
  return { post: current, collapsedText: changed ? 'expanded' : 'not-expanded' };
}

/** What a post shows of collapsed text when Constat may not click: a control left unclicked, or none. */
export function collapsedTextOf(post: Element, postOf: (el: Element) => Element | null): CollapsedText {
  return showMoreControls(post, postOf).length > 0 ? 'not-expanded' : 'none';
}
