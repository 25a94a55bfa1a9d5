import type { Collection, CollectionItem } from '../../../utils/pileon/collection';

/** A reply of a collection; `minutes` after 2026-03-01 10:00 UTC. */
export function item(
  author: string,
  minutes: number,
  text = 'go away',
  overrides: Partial<CollectionItem> = {},
): CollectionItem {
  const id = crypto.randomUUID();
  return {
    reportId: id,
    permalink: `https://x.com/${author}/status/${1000 + minutes}${id.slice(0, 4).replace(/\D/g, '')}`,
    authorHandle: author,
    authorName: author.toUpperCase(),
    publishedAt: new Date(Date.UTC(2026, 2, 1, 10, minutes)).toISOString(),
    text,
    addedAt: '2026-03-02T09:00:00.000Z',
    linked: false,
    ...overrides,
  };
}

export function collection(items: CollectionItem[] = [], overrides: Partial<Collection> = {}): Collection {
  return {
    schemaVersion: 1,
    id: crypto.randomUUID(),
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    open: true,
    target: {
      platform: 'x',
      pageUrl: 'https://x.com/victim/status/1',
      permalink: 'https://x.com/victim/status/1',
      authorHandle: 'victim',
      authorName: 'The Victim',
      publishedAt: '2026-03-01T09:55:00.000Z',
      text: 'My post',
    },
    items,
    ...overrides,
  };
}
