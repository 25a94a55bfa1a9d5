import type { CollectionItem } from './collection';

// The shape of an attack in time and people: what the collection page and the summary show, and
// what the notice's explanation names (number of authors, period).

export interface HourCount {
  /** Start of the hour, ISO UTC. */
  hour: string;
  replies: number;
  /** Distinct authors who replied in that hour. */
  authors: number;
}

export interface AuthorCount {
  /** The handle, or the display name when the page gave no handle. */
  author: string;
  replies: number;
  first: string | null;
}

export interface Timeline {
  replies: number;
  /** Replies whose time the page did not give: counted, but in no hour. */
  undated: number;
  first: CollectionItem | null;
  last: CollectionItem | null;
  hours: HourCount[];
  authors: AuthorCount[];
}

const HOUR_MS = 3_600_000;

/** The name a reply's author is counted under: the handle (case-insensitive), else the name. */
export function authorKey(item: Pick<CollectionItem, 'authorHandle' | 'authorName'>): string {
  const handle = item.authorHandle?.replace(/^@/, '').toLowerCase();
  return handle ? `@${handle}` : item.authorName?.trim() || '?';
}

function byTime(items: readonly CollectionItem[]): CollectionItem[] {
  return items
    .filter((i) => i.publishedAt)
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
}

/** Replies per hour from the first reply's hour to the last's, empty hours included. */
function hourCounts(dated: readonly CollectionItem[]): HourCount[] {
  const start = Math.floor(Date.parse(dated[0]?.publishedAt ?? '') / HOUR_MS);
  const end = Math.floor(Date.parse(dated.at(-1)?.publishedAt ?? '') / HOUR_MS);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return [];
  const buckets = Array.from({ length: end - start + 1 }, () => ({ replies: 0, authors: new Set<string>() }));
  for (const item of dated) {
    const bucket = buckets[Math.floor(Date.parse(item.publishedAt ?? '') / HOUR_MS) - start];
    bucket?.authors.add(authorKey(item));
    if (bucket) bucket.replies++;
  }
  return buckets.map((b, i) => ({
    hour: new Date((start + i) * HOUR_MS).toISOString(),
    replies: b.replies,
    authors: b.authors.size,
  }));
}

function authorCounts(items: readonly CollectionItem[]): AuthorCount[] {
  const counts = new Map<string, AuthorCount>();
  for (const item of items) {
    const author = authorKey(item);
    const entry = counts.get(author) ?? { author, replies: 0, first: null };
    entry.replies++;
    if (item.publishedAt && (!entry.first || item.publishedAt < entry.first)) entry.first = item.publishedAt;
    counts.set(author, entry);
  }
  return [...counts.values()].sort((a, b) => b.replies - a.replies || a.author.localeCompare(b.author));
}

export function timelineOf(items: readonly CollectionItem[]): Timeline {
  const dated = byTime(items);
  return {
    replies: items.length,
    undated: items.length - dated.length,
    first: dated[0] ?? null,
    last: dated.at(-1) ?? null,
    hours: hourCounts(dated),
    authors: authorCounts(items),
  };
}
