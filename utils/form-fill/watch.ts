// Multi-step forms reveal their next step without a page load: the page is watched, and the fill
// runs again on what appeared. The person's typing re-runs it too, so the panel shows their edits.

const PASS_DELAY_MS = 100;
/** A form is filled within minutes; a forgotten tab should not keep a watcher forever. */
const WATCH_LIFETIME_MS = 30 * 60 * 1000;
/** Attributes wizards flip to show a step; Constat's own data-* marks are not among them. */
const REVEALING_ATTRIBUTES = [
  'hidden',
  'style',
  'class',
  'open',
  'disabled',
  'inert',
  'aria-hidden',
  'aria-expanded',
];

/**
 * Calls `onChange` at most once per `delayMs` while the page changes, until the returned stop is
 * called, the page is left, or the lifetime ends.
 */
export function watchForChanges(
  doc: Document,
  onChange: () => void,
  { delayMs = PASS_DELAY_MS, lifetimeMs = WATCH_LIFETIME_MS } = {},
): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    pending ??= setTimeout(() => {
      pending = undefined;
      onChange();
    }, delayMs);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: REVEALING_ATTRIBUTES,
  });
  doc.addEventListener('input', schedule, true);
  doc.addEventListener('change', schedule, true);
  const stop = () => {
    observer.disconnect();
    clearTimeout(pending);
    clearTimeout(expiry);
    doc.removeEventListener('input', schedule, true);
    doc.removeEventListener('change', schedule, true);
    doc.defaultView?.removeEventListener('pagehide', stop);
  };
  const expiry = setTimeout(stop, lifetimeMs);
  doc.defaultView?.addEventListener('pagehide', stop);
  return stop;
}
