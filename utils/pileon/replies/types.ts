import type { PlatformId, PostData } from '../../model';

/**
 * Where a platform's replies are on a page. `probes` selects elements found once (or more) inside
 * each reply or comment, and inside the post replied to; the platform's adapter then finds the whole
 * post around each probe (`findPost`) and reads it (`extract`), exactly as for one report.
 * `complete`, where a platform has it, adds what a reply's address needs and the adapter does not
 * read for one report (TikTok: the comment's id, the video it is under).
 */
export interface ReplySource {
  platform: PlatformId;
  probes: string;
  complete?: (post: Element, data: PostData, page: URL) => PostData;
}
