import type { PlatformId } from '../platform-id';
import type { Channel } from './channel';
import { copyChannel } from './copy';
import { inProductChannel } from './in-product';

// Every reporting channel. Adding one is one file plus one line here.
export const channels: readonly Channel[] = [inProductChannel, copyChannel];

export function channelById(id: string): Channel | null {
  return channels.find((c) => c.id === id) ?? null;
}

const kindOrder: readonly Channel['kind'][] = ['platform-form', 'in-product', 'authority', 'generic'];

/** The channels for content on `platform`: the platform's own first, then authorities, then copy/email/print. */
export function channelsFor(platform: PlatformId): Channel[] {
  return channels
    .filter((c) => c.serves === 'any' || c.serves.includes(platform))
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
}

/** Pages Constat fills: host permissions in the manifest. */
export const channelFormPatterns: string[] = [...new Set(channels.flatMap((c) => [...c.formPatterns]))];
