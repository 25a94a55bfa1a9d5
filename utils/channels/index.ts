import type { PlatformId } from '../platform-id';
import { blueskyDsaChannel } from './bluesky-dsa';
import type { Channel, ChannelKind } from './channel';
import { copyChannel } from './copy';
import { facebookLegalChannel } from './facebook-legal';
import { googleLegalChannel } from './google-legal';
import { inProductChannel } from './in-product';
import { instagramUnlawfulChannel } from './instagram-unlawful';
import { pharosChannel } from './pharos';
import { redditReportChannel } from './reddit-report';
import { xDsaChannel } from './x-dsa';

// Every reporting channel, and which ones a report on a given platform can use. A platform whose
// illegal-content web form is not documented (TikTok, LinkedIn, Threads) has no form channel: its
// own in-product flow is the way (docs/FORMS.md).

export const channels: readonly Channel[] = [
  xDsaChannel,
  facebookLegalChannel,
  instagramUnlawfulChannel,
  googleLegalChannel,
  redditReportChannel,
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
