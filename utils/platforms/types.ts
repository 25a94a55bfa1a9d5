import type { PlatformId, PostKind } from '../model';

/** What an adapter reads from one post element; `foundBy` names the strategy that found each field. */
export interface ExtractedPost {
  kind: PostKind;
  permalink: string | null;
  author: { handle: string | null; name: string | null };
  publishedAt: string | null;
  text: string;
  media: { type: 'image' | 'video'; url: string }[];
  foundBy: Record<string, string>;
}

/**
 * One social platform. Adapters run in the page's content-script world and must treat the DOM as
 * hostile: read stable hooks (data-testid, ARIA roles, time[datetime], permalink URL patterns),
 * never hashed class names, and never trust text that merely looks like an author line.
 */
export interface PlatformAdapter {
  id: PlatformId;
  /** Match patterns of the pages this adapter serves (content script and context menu). */
  matches: readonly string[];
  /** Whether this adapter handles the page at `url`. */
  matchesUrl(url: URL): boolean;
  /** The post (or comment) element that contains `element`, or null. */
  findPost(element: Element): Element | null;
  /** Reads the post element. Must not throw on missing fields: they stay null. */
  extract(post: Element, page: URL): ExtractedPost;
}
