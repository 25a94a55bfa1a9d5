import { z } from 'zod';
import type { PlatformId } from '../model';
import { type CategoryId, categoryIdSchema } from './category-ids';
import { blueskyReasons } from './reasons/bluesky';
import { linkedinReasons } from './reasons/linkedin';
import { mastodonReasons } from './reasons/mastodon';
import { facebookReasons, instagramReasons, threadsReasons } from './reasons/meta';
import { pharosReasons } from './reasons/pharos';
import { type ReasonEntry, type ReasonEntryInput, reasonEntrySchema } from './reasons/reason-schema';
import { redditReasons } from './reasons/reddit';
import { tiktokReasons } from './reasons/tiktok';
import { xReasons } from './reasons/x';
import { youtubeReasons } from './reasons/youtube';

// The matching reason of each category in each platform's report flow, and in PHAROS. One file per
// platform in reasons/; this assembles and parses them. `generic` (any other site) has no flow of its own.

export { isVerified, type Reason, type ReasonEntry, reasonEntrySchema } from './reasons/reason-schema';

export type ReportingPlatform = Exclude<PlatformId, 'generic'>;

const reasonsByCategorySchema = z.record(categoryIdSchema, reasonEntrySchema);

function parse(input: Record<CategoryId, ReasonEntryInput>): Record<CategoryId, ReasonEntry> {
  return reasonsByCategorySchema.parse(input);
}

export const platformReasons: Record<ReportingPlatform, Record<CategoryId, ReasonEntry>> = {
  x: parse(xReasons),
  facebook: parse(facebookReasons),
  instagram: parse(instagramReasons),
  threads: parse(threadsReasons),
  youtube: parse(youtubeReasons),
  tiktok: parse(tiktokReasons),
  reddit: parse(redditReasons),
  linkedin: parse(linkedinReasons),
  bluesky: parse(blueskyReasons),
  mastodon: parse(mastodonReasons),
};

export const pharosReasonsByCategory: Record<CategoryId, ReasonEntry> = parse(pharosReasons);

export function reasonFor(platform: PlatformId, categoryId: CategoryId): ReasonEntry | null {
  return platform === 'generic' ? null : platformReasons[platform][categoryId];
}
