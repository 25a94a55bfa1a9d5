import type { PlatformId } from '../../model';

/**
 * Where a platform's replies are on a page. `probes` selects elements found once (or more) inside
 * each reply or comment, and inside the post replied to; the platform's adapter then finds the whole
 * post around each probe (`findPost`) and reads it (`extract`), exactly as for one report.
 */
export interface ReplySource {
  platform: PlatformId;
  probes: string;
}
