import type { PlatformId, PostKind } from '../model';
import type { Audience } from '../notice/audience';

/** Why a supported page shows no post to capture. */
export type PageObstacle = 'login-wall' | 'region-blocked' | 'post-unavailable' | 'unsupported-layout';

/** What an adapter reads from one post element; `foundBy` names the strategy that found each field. */
export interface ExtractedPost {
  /** A post embedded in another site's page (an X post in a news article) names its own platform. */
  platform?: PlatformId;
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
  /**
   * Whether this adapter handles the page at `url`. Most decide by host; a federated platform
   * (Mastodon) may also recognise its own markup on an instance it does not list.
   */
  matchesPage(url: URL, doc: Document): boolean;
  /** The post (or comment) element that contains `element`, or null. */
  findPost(element: Element): Element | null;
  /**
   * When no post is found, what the page itself shows instead, if it says so: a login wall, a
   * block in the viewer's country, a deleted or unavailable post, or a layout the adapter does not
   * know. Null when it cannot tell.
   */
  explainNoPost?(doc: Document): PageObstacle | null;
  /**
   * Whether a post element found at the post's address is only the platform's shell of a post
   * deleted or removed since (its words replaced by the platform's marker, in any language): a
   * recheck reads it as removed. Absent where a platform leaves no such shell.
   */
  isRemovedShell?(post: Element): boolean;
  /**
   * Who could see what `page` shows, where the platform's address tells (a direct-message view is
   * private); the person confirms it. Absent when the adapter cannot tell (any web page).
   */
  audienceOf?(page: URL): Audience;
  /**
   * True when the platform's "Show more" under a collapsed post opens the post's own page instead of
   * revealing the text in place (X): Constat then never clicks it.
   */
  showMoreOpensPost?: boolean;
  /** Reads the post element. Must not throw on missing fields: they stay null. */
  extract(post: Element, page: URL): ExtractedPost;
}
