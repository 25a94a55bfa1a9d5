import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The id of the window this page is in, once the browser said it (null before, or if it cannot). */
export function useCurrentWindow(): number | null {
  const [windowId, setWindowId] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    browser.windows.getCurrent().then(
      (window?: { id?: number }) => current && setWindowId(window?.id ?? null),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return windowId;
}
