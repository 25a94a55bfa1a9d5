// The target recorder (a static content script) and the extractor (injected on demand) run in the
// same isolated world of a frame, so they share globals that the page itself cannot reach.

const TARGET_KEY = '__constatContextTarget';

interface RecordedTarget {
  element: WeakRef<Element>;
  at: number;
}

type Slots = { [TARGET_KEY]?: RecordedTarget };
const slots = globalThis as typeof globalThis & Slots;

/** A right-click older than this is not taken as the target (the popup may come much later). */
export const MAX_TARGET_AGE_MS = 30 * 60 * 1000;

/** Remembers the element under the pointer at a right-click; shadow DOM is looked into. */
export function recordContextTarget(event: MouseEvent): void {
  const element = event.composedPath().find((node): node is Element => node instanceof Element);
  if (element) slots[TARGET_KEY] = { element: new WeakRef(element), at: Date.now() };
}

/** The element of the last right-click, if it is recent and still in the page. */
export function recordedContextTarget(maxAgeMs: number): Element | null {
  const recorded = slots[TARGET_KEY];
  if (!recorded || Date.now() - recorded.at > maxAgeMs) return null;
  const element = recorded.element.deref();
  return element?.isConnected ? element : null;
}
