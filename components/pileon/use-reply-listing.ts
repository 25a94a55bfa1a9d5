import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../utils/i18n/error-text';
import { sendRequest } from '../../utils/messages';
import type { Listing } from '../../utils/pileon/listing';

// Asks the thread's tab for its replies again and again while the person scrolls and expands it,
// until they stop the listing. Each answer holds every reply seen so far.

const POLL_MS = 1500;

export interface ListingState {
  listing: Listing | null;
  error: string | null;
  watching: boolean;
  setWatching: (watching: boolean) => void;
}

export function useReplyListing(tabId: number): ListingState {
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [watching, setWatching] = useState(true);
  useEffect(() => {
    if (!watching) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const answer = await sendRequest({ type: 'pileon-list', tabId }).catch((e: unknown) => ({
        ok: false as const,
        error: errorText(e),
      }));
      if (!current) return;
      if (answer.ok) {
        setListing(answer.listing);
        setError(null);
      } else setError(answer.error);
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [tabId, watching]);
  return { listing, error, watching, setWatching };
}
