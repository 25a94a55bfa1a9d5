import { isInputOfType, isShown, ownLabel, readText } from './find-field';
import { GUIDE_ATTR, mark } from './highlight';
import { firstHintIn, normalizeText, startsAWord } from './normalize';
import type { GuideStep } from './plan';

// In-product report flows (Mastodon, Bluesky…): Constat opens the post's own "Report" dialog with
// exactly two clicks, the post's "more" button and the menu's "Report" item, which send nothing.
// Then it outlines the option of each step as the dialog shows it, and selects it only when it is a
// radio or checkbox: a plain button may advance or send, so it is left to the person.

export type GuideProgress =
  | 'opening'
  | 'opened'
  | 'no-post-url'
  | 'post-not-found'
  | 'menu-button-not-found'
  | 'report-item-not-found';

const MENU_WAIT_MS = 3000;
const MAX_LINKS = 5000;
const MAX_BUTTONS = 300;
const MAX_ANCESTORS = 20;
const MAX_ADDED = 500;
const MAX_OPTIONS = 500;
const MAX_OPTION_CHARS = 200;

/** Whole labels of a post's "more" button, normalized; then fragments, then icon-only glyphs. */
const MORE_LABELS = [
  'more',
  'plus',
  'more options',
  'autres options',
  'plus d options',
  'menu',
  'more actions',
];
const MORE_FRAGMENTS = ['options', 'menu', 'more actions', 'plus d actions', 'actions'];
const MORE_GLYPHS = ['…', '⋯', '...', '⋮', '•••'];
const REPORT_HINTS = ['report', 'signaler'];
/** Never clicked, never outlined as a step: the words of sending. */
const SENDING_HINTS = ['send', 'submit', 'envoyer', 'soumettre', 'valider', 'confirm'];

const BUTTONS = 'button, [role=button]';
const MENU_ITEMS = '[role=menuitem], [role=menuitemradio], [role=option], button, [role=button]';
const DIALOGS = '[role=dialog], [role=alertdialog], dialog[open], [aria-modal=true]';
const OPTIONS =
  'label, button, [role=button], [role=radio], [role=checkbox], [role=option], [role=menuitem], [role=menuitemradio], [role=menuitemcheckbox], input[type=radio], input[type=checkbox]';

/** Opens the post's report dialog; says how far it got (the menu may take a moment to appear). */
export function openReportDialog(
  doc: Document,
  postUrl: string | null,
  onProgress: (progress: GuideProgress) => void,
): void {
  const found = postUrl ? findMoreButton(doc, postUrl) : 'no-post-url';
  if (typeof found === 'string') {
    onProgress(found);
    return;
  }
  onProgress('opening');

  const added: Element[] = [];
  let done = false;
  const finish = (progress: GuideProgress, item?: HTMLElement) => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    item?.click();
    onProgress(progress);
  };
  const tryReport = () => {
    const item = findReportItem([...doc.querySelectorAll('[role=menu], [role=listbox]'), ...added]);
    if (item) finish('opened', item);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && added.length < MAX_ADDED) added.push(node as Element);
      }
    }
    tryReport();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  const timer = setTimeout(() => finish('report-item-not-found'), MENU_WAIT_MS);
  found.click();
  tryReport();
}

/** Outlines each step's option in the open dialogs and menus, and selects it once if it is a choice. */
export function highlightGuideSteps(doc: Document, steps: readonly GuideStep[], selected: Set<number>): void {
  const scopes = openScopes(doc, `${DIALOGS}, [role=menu]`);
  if (scopes.length === 0) return;
  // A dialog's later steps are in the page already, hidden: only what the person sees counts.
  const options = scopes
    .flatMap((scope) => [...scope.querySelectorAll<HTMLElement>(OPTIONS)])
    .slice(0, MAX_OPTIONS)
    .filter((option) => isShown(shownPart(option)));
  const texts = new Map(options.map((option) => [option, normalizeText(optionText(option))]));
  steps.forEach((step, index) => {
    if (doc.querySelector(`[${GUIDE_ATTR}="${index}"]`)) return;
    const option = bestOption(options, texts, step);
    if (!option) return;
    mark(shownPart(option), GUIDE_ATTR, String(index));
    const choice = choiceOf(option);
    if (!choice || selected.has(index)) return;
    selected.add(index);
    if (!isChecked(choice)) choice.click();
  });
}

/** The report dialogs open on the page, where the plan's fields (a comment box) are filled. */
export function openDialogs(doc: Document): Element[] {
  return openScopes(doc, DIALOGS);
}

function openScopes(doc: Document, selector: string): Element[] {
  const scopes = [...doc.querySelectorAll(selector)].filter(isShown);
  return scopes.filter((scope) => !scopes.some((other) => other !== scope && other.contains(scope)));
}

/** An address as compared: host and path (whatever the fragment or trailing slash), and the query. */
interface Address {
  place: string;
  query: URLSearchParams;
}

function addressOf(href: string): Address | null {
  try {
    const url = new URL(href);
    return { place: `${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}`, query: url.searchParams };
  } catch {
    return null;
  }
}

/** Parameters that name a comment under the post (YouTube, Facebook, LinkedIn): not the post itself. */
const COMMENT_PARAMS = ['lc', 'comment_id', 'reply_comment_id', 'commenturn', 'dashcommenturn'];

/**
 * Whether an address shows the post: the same host and path, and each parameter of the post's own
 * address with the same value. The query names the post on some platforms (YouTube's `watch?v=`,
 * `&lc=` for a comment, Facebook's `comment_id`): another video, or a comment under the post, at the
 * same path is not the post. Other parameters a link adds (a time, tracking) do not matter.
 */
function showsPost(address: Address | null, post: Address): boolean {
  if (!address || address.place !== post.place) return false;
  for (const [name, value] of post.query) {
    if (!address.query.getAll(name).includes(value)) return false;
  }
  for (const name of address.query.keys()) {
    if (!post.query.has(name) && COMMENT_PARAMS.includes(name.toLowerCase())) return false;
  }
  return true;
}

/**
 * The post's "more" button: the nearest one around a link to the post. On the post's own page, where
 * the post need not link to itself (Bluesky), the one around its author's links, if only one is.
 */
function findMoreButton(
  doc: Document,
  postUrl: string,
): HTMLElement | 'post-not-found' | 'menu-button-not-found' {
  const wanted = addressOf(postUrl);
  if (!wanted) return 'post-not-found';
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')].slice(0, MAX_LINKS);
  const addresses = new Map(links.map((link) => [link, addressOf(link.href)]));
  const toPost = links.filter((link) => showsPost(addresses.get(link) ?? null, wanted));
  for (const link of toPost) {
    const button = moreButtonAround(link);
    if (button) return button;
  }
  if (toPost.length > 0) return 'menu-button-not-found';
  if (!showsPost(addressOf(doc.URL), wanted)) return 'post-not-found';
  // An author's address is a prefix of their posts' (/@someone, /profile/someone.bsky.social).
  const byAuthor = new Set(
    links
      .filter((link) => {
        const place = addresses.get(link)?.place;
        return place?.includes('/') && wanted.place.startsWith(`${place}/`);
      })
      .map(moreButtonAround),
  );
  byAuthor.delete(null);
  const [only] = byAuthor;
  // Several posts of the author on the page: which one is reported is the person's call.
  return byAuthor.size === 1 && only ? only : 'post-not-found';
}

/** The nearest "more" button around an element of a post, not beyond the post's article. */
function moreButtonAround(element: Element): HTMLElement | null {
  let container = element.parentElement;
  for (let depth = 0; container && depth < MAX_ANCESTORS; depth++, container = container.parentElement) {
    const button = bestMoreButton(container);
    if (button) return button;
    if (container.matches('article, [role=article]')) return null;
  }
  return null;
}

function bestMoreButton(container: Element): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  const buttons = container.querySelectorAll<HTMLElement>(BUTTONS);
  for (let i = 0; i < buttons.length && i < MAX_BUTTONS; i++) {
    const button = buttons[i];
    if (!button || button.matches(':disabled') || !isShown(button)) continue;
    const rank = moreRank(button);
    if (rank < bestRank) [best, bestRank] = [button, rank];
  }
  return best;
}

function moreRank(button: HTMLElement): number {
  const label = buttonLabel(button);
  const words = normalizeText(label);
  if (MORE_LABELS.includes(words) || MORE_GLYPHS.includes(label.trim())) return 0;
  return firstHintIn(words, MORE_FRAGMENTS) >= 0 ? 1 : Number.POSITIVE_INFINITY;
}

/** Icon buttons name themselves by aria-label or title, on the button or on the icon inside it. */
function buttonLabel(button: HTMLElement): string {
  return (
    button.getAttribute('aria-label') ||
    button.getAttribute('title') ||
    readText(button) ||
    button.querySelector('[aria-label]')?.getAttribute('aria-label') ||
    button.querySelector('svg title')?.textContent ||
    ''
  );
}

function findReportItem(scopes: readonly Element[]): HTMLElement | null {
  for (const scope of scopes) {
    const items = [...(scope.matches(MENU_ITEMS) ? [scope] : []), ...scope.querySelectorAll(MENU_ITEMS)];
    for (const item of items.slice(0, MAX_BUTTONS) as HTMLElement[]) {
      const words = normalizeText(buttonLabel(item));
      if (firstHintIn(words, REPORT_HINTS) < 0 || firstHintIn(words, SENDING_HINTS) >= 0) continue;
      if (!item.closest('form') && isShown(item)) return item;
    }
  }
  return null;
}

function optionText(option: HTMLElement): string {
  if (isInputOfType(option, 'radio') || isInputOfType(option, 'checkbox')) return ownLabel(option);
  return option.getAttribute('aria-label') || readText(option);
}

/** The step's own words first, then its hints in order; never an option that sends. */
function bestOption(
  options: readonly HTMLElement[],
  texts: Map<HTMLElement, string>,
  step: GuideStep,
): HTMLElement | null {
  const wanted = normalizeText(step.text);
  let best: HTMLElement | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const option of options) {
    const text = texts.get(option) ?? '';
    if (!text || text.length > MAX_OPTION_CHARS || shownPart(option).hasAttribute(GUIDE_ATTR)) continue;
    if (firstHintIn(text, SENDING_HINTS) >= 0) continue;
    const hint = firstHintIn(text, step.hints);
    const rank =
      text === wanted
        ? 0
        : startsAWord(text, step.text)
          ? 1
          : hint >= 0
            ? 2 + hint
            : Number.POSITIVE_INFINITY;
    if (rank < bestRank) [best, bestRank] = [option, rank];
  }
  return best;
}

/** Custom radios draw a hidden input and a small styled span inside a label: the label is what shows. */
function shownPart(option: HTMLElement): HTMLElement {
  return option.closest('label') ?? option;
}

/** The radio or checkbox an option stands for, if any: the only things the guide selects. */
function choiceOf(option: HTMLElement): HTMLElement | null {
  const label = option.closest('label');
  const control =
    isInputOfType(option, 'radio') || isInputOfType(option, 'checkbox') ? option : label?.control;
  if (control && (isInputOfType(control, 'radio') || isInputOfType(control, 'checkbox'))) return control;
  const role = option.getAttribute('role');
  return role === 'radio' || role === 'checkbox' || role === 'menuitemradio' ? option : null;
}

function isChecked(choice: HTMLElement): boolean {
  return (choice as HTMLInputElement).checked === true || choice.getAttribute('aria-checked') === 'true';
}
