import type { PlatformId } from '../platform-id';
import { blueskyDsaChannel } from './bluesky-dsa';
import type { Channel, ChannelKind } from './channel';
import { copyChannel } from './copy';
import { googleLegalChannel } from './google-legal';
import { inProductChannel } from './in-product';
import { linkedinDsaChannel } from './linkedin-dsa';
import { metaDsaChannel } from './meta-dsa';
import { pharosChannel } from './pharos';
import { redditReportChannel } from './reddit-report';
import { tiktokIllegalChannel } from './tiktok-illegal';
import { xDsaChannel } from './x-dsa';

// Every reporting channel, and which ones a report on a given platform can use.

export const channels: readonly Channel[] = [
  xDsaChannel,
  metaDsaChannel,
  googleLegalChannel,
  tiktokIllegalChannel,
  redditReportChannel,
  linkedinDsaChannel,
  blueskyDsaChannel,
  inProductChannel,
  pharosChannel,
  copyChannel,
];

export function channelById(id: string): Channel | null {
  return channels.find((channel) => channel.id === id) ?? null;
}

/** The platform's own notice form, then its report menu, then authorities, then copy/email/print. */
const kindOrder: Record<ChannelKind, number> = {
  'platform-form': 0,
  'in-product': 1,
  authority: 2,
  generic: 3,
};

export function channelsFor(platform: PlatformId): Channel[] {
  return channels
    .filter((channel) => channel.serves === 'any' || channel.serves.includes(platform))
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
}

/** Every page a channel fills or guides on: the extension's host permissions for them. */
export const channelFormPatterns: string[] = [
  ...new Set(channels.flatMap((channel) => channel.formPatterns)),
];
