import { useEffect, useState } from 'preact/hooks';

function readHash(win: Window): string | null {
  const raw = win.location.hash.slice(1);
  try {
    return decodeURIComponent(raw) || null;
  } catch {
    return raw || null; // a malformed escape is looked up as typed, and reported as not found
  }
}

/** The id after `#` in the page's URL, kept in step with back/forward and link clicks. */
export function useHashRoute(win: Window = window): string | null {
  const [id, setId] = useState(() => readHash(win));
  useEffect(() => {
    const update = () => setId(readHash(win));
    win.addEventListener('hashchange', update);
    return () => win.removeEventListener('hashchange', update);
  }, [win]);
  return id;
}
