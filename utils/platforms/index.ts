import type { Audience } from '../notice/audience';
import type { PlatformId } from '../platform-id';
import { blueskyAdapter } from './bluesky';
import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { mastodonAdapter } from './mastodon';
import { redditAdapter } from './reddit';
import { threadsAdapter } from './threads';
import { tiktokAdapter } from './tiktok';
import type { PlatformAdapter } from './types';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

/** Every platform adapter, most specific first. Adding a platform is one file plus one line here. */
// Mastodon last: besides its listed instances it recognises any instance by its markup.
const platforms: readonly PlatformAdapter[] = [
  xAdapter,
  redditAdapter,
  youtubeAdapter,
  tiktokAdapter,
  blueskyAdapter,
  linkedinAdapter,
  facebookAdapter,
  instagramAdapter,
  threadsAdapter,
  mastodonAdapter,
];

/** The platforms, then the generic adapter, which takes any web page the others leave. */
const platformAdapters: readonly PlatformAdapter[] = [...platforms, genericAdapter];

/** Pages where the target recorder runs and posts can be read without a click's `activeTab` grant. */
export const platformMatchPatterns: string[] = platformAdapters.flatMap((a) => [...a.matches]);

/** Pages where the report menu item shows: every web page, since any can be captured. */
export const menuDocumentPatterns: string[] = ['http://*/*', 'https://*/*'];

export function adapterForPage(url: URL, doc: Document): PlatformAdapter | null {
  return platformAdapters.find((a) => a.matchesPage(url, doc)) ?? null;
}

/** Who could see the captured page, as its platform's adapter reads it from the address; null when it cannot tell. */
export function audienceOfPage(platform: PlatformId, pageUrl: string): Audience | null {
  const adapter = platformAdapters.find((a) => a.id === platform);
  if (!adapter?.audienceOf || !URL.canParse(pageUrl)) return null;
  return adapter.audienceOf(new URL(pageUrl));
}
