import { useEffect, useRef, useState } from 'preact/hooks';
import { classify } from '../../utils/classify';
import type { ListedReply } from '../../utils/pileon/listing';

// The classification assistant reads each reply once, as it appears; the replies it finds an offence
// in start ticked. The person's own tick or untick always wins over the suggestion.

export interface Ticks {
  ticked: ReadonlySet<string>;
  suggested: ReadonlyMap<string, string | null>;
  toggle: (key: string) => void;
  setAll: (keys: readonly string[], ticked: boolean) => void;
}

export function usePreTicks(replies: readonly ListedReply[]): Ticks {
  const suggested = useRef(new Map<string, string | null>());
  const touched = useRef(new Set<string>());
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const fresh = replies.filter((r) => !suggested.current.has(r.key));
    if (fresh.length === 0) return;
    for (const reply of fresh) {
      suggested.current.set(reply.key, reply.data.text.trim() ? classify(reply.data.text).categoryId : null);
    }
    const flagged = fresh.filter((r) => suggested.current.get(r.key) && !touched.current.has(r.key));
    if (flagged.length > 0) setTicked((old) => new Set([...old, ...flagged.map((r) => r.key)]));
  }, [replies]);
  const toggle = (key: string) => {
    touched.current.add(key);
    setTicked((old) => {
      const next = new Set(old);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  };
  const setAll = (keys: readonly string[], on: boolean) => {
    for (const key of keys) touched.current.add(key);
    setTicked((old) => {
      const next = new Set(old);
      for (const key of keys) on ? next.add(key) : next.delete(key);
      return next;
    });
  };
  return { ticked, suggested: suggested.current, toggle, setAll };
}
