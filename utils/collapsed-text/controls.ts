import { collapseWhitespace } from '../platforms/dom';

// Long posts show their first lines and the platform's own control to read on: "See more"
// (Facebook), "… more" (LinkedIn, Instagram), "Show more" (X, Mastodon), "Read more" (Reddit,
// YouTube). Some pages hold the whole text behind it (clamped by CSS), others fetch or render the
// rest on the click. Runs in the page: no imports beyond the adapters' DOM helpers.

// What the control says once its leading ellipsis is dropped, in the languages Constat speaks and
// the platforms' English.
const SHOW_MORE_LABELS = new Set([
  'more',
  'see more',
  'show more',
  'read more',
  'plus',
  'voir plus',
  'en voir plus',
  'afficher plus',
  'afficher la suite',
  'lire la suite',
]);

const CONTROLS = 'button, [role="button"], tp-yt-paper-button, a';

/** The control's visible words, lower case, without a leading "…" or "...". */
function labelOf(control: Element): string {
  return collapseWhitespace(control.textContent ?? '')
    .replace(/^[.…\s]+/, '')
    .toLowerCase();
}

/** Whether `control` only reveals more of a text: a menu ("More" options) or an expanded one does not. */
function isShowMore(control: Element): boolean {
  return (
    SHOW_MORE_LABELS.has(labelOf(control)) &&
    control.getAttribute('aria-expanded') !== 'true' &&
    !control.hasAttribute('aria-haspopup') &&
    !control.closest('[hidden]')
  );
}

/**
 * The "Show more" controls of `post`'s own text: those whose post (by `postOf`, the adapter's
 * `findPost`) is `post` itself, not a quoted post or a comment inside it. Nested matches (a
 * `span[role=button]` inside a `button`) count once, as the outermost.
 */
export function showMoreControls(post: Element, postOf: (el: Element) => Element | null): Element[] {
  const found = Array.from(post.querySelectorAll(CONTROLS)).filter(
    (el) => isShowMore(el) && postOf(el) === post,
  );
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

/**
 * Whether clicking `control` would leave the page: a link (X's "Show more" opens the post's own
 * page) or a control inside one. Constat never clicks those.
 */
export function opensAnotherPage(control: Element): boolean {
  return control.closest('a[href]') !== null;
}
