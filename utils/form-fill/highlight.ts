// Marks on the page: green for what Constat filled, amber for what the person must do, blue for the
// option of a platform's report flow to pick. The data attributes say which field or step, for tests
// and for the next pass; the page's own inline outline comes back when a mark is removed.

export const FILLED_ATTR = 'data-constat-filled';
export const TODO_ATTR = 'data-constat-todo';
export const GUIDE_ATTR = 'data-constat-guide';

type Mark = typeof FILLED_ATTR | typeof TODO_ATTR | typeof GUIDE_ATTR;

const OUTLINES: Record<Mark, string> = {
  [FILLED_ATTR]: '3px solid #1a7f37',
  [TODO_ATTR]: '3px solid #d97706',
  [GUIDE_ATTR]: '3px dashed #1d4ed8',
};

const pageOutlines = new WeakMap<HTMLElement, { outline: string; offset: string }>();

/** Sets the mark; writes nothing when it is already there (the watcher must not see its own marks). */
export function mark(element: HTMLElement, kind: Mark, value: string): void {
  const others = (Object.keys(OUTLINES) as Mark[]).filter((other) => other !== kind);
  for (const other of others) element.removeAttribute(other);
  if (element.getAttribute(kind) === value) return;
  if (!pageOutlines.has(element)) {
    pageOutlines.set(element, {
      outline: element.style.getPropertyValue('outline'),
      offset: element.style.getPropertyValue('outline-offset'),
    });
  }
  element.setAttribute(kind, value);
  element.style.setProperty('outline', OUTLINES[kind], 'important');
  element.style.setProperty('outline-offset', '2px', 'important');
}

export function unmark(element: HTMLElement): void {
  const page = pageOutlines.get(element);
  if (!page) return;
  for (const kind of Object.keys(OUTLINES)) element.removeAttribute(kind);
  restore(element, 'outline', page.outline);
  restore(element, 'outline-offset', page.offset);
  pageOutlines.delete(element);
}

function restore(element: HTMLElement, property: string, value: string): void {
  if (value) element.style.setProperty(property, value);
  else element.style.removeProperty(property);
}
