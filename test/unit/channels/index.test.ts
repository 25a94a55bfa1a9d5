import { describe, expect, it } from 'vitest';
import { channelById, channelFormPatterns, channels, channelsFor } from '../../../utils/channels';
import { urlMatches } from '../../../utils/channels/fill-in-tab';
import type { PlatformId } from '../../../utils/platform-id';
import { makeNotice } from './notice-factory';

const ids = (platform: PlatformId) => channelsFor(platform).map((c) => c.id);

describe('channel registry', () => {
  it('lists the platform’s own channels, then authorities, then copy', () => {
    expect(ids('x')).toEqual(['x-dsa', 'in-product', 'pharos', 'copy']);
    expect(ids('instagram')).toEqual(['instagram-unlawful', 'in-product', 'pharos', 'copy']);
    expect(ids('facebook')).toEqual(['facebook-legal', 'in-product', 'pharos', 'copy']);
    // No documented illegal-content web form: the platform's own flow.
    for (const platform of ['tiktok', 'linkedin', 'threads'] as const)
      expect(ids(platform)).toEqual(['in-product', 'pharos', 'copy']);
    expect(ids('youtube')).toEqual(['google-legal', 'in-product', 'pharos', 'copy']);
    expect(ids('mastodon')).toEqual(['in-product', 'pharos', 'copy']);
    expect(ids('generic')).toEqual(['pharos', 'copy']);
  });

  it('finds a channel by id, once', () => {
    expect(new Set(channels.map((c) => c.id)).size).toBe(channels.length);
    expect(channelById('pharos')?.kind).toBe('authority');
    expect(channelById('nowhere')).toBeNull();
  });

  it('opens every form at an address its host permissions cover', () => {
    for (const channel of channels) {
      const platform = channel.serves === 'any' ? 'x' : channel.serves[0];
      const action = platform ? channel.action(makeNotice(platform)) : null;
      if (action?.kind !== 'open-form') continue;
      expect(urlMatches(action.url, channel.formPatterns), channel.id).toBe(true);
      expect(channel.formPatterns.every((p) => channelFormPatterns.includes(p))).toBe(true);
    }
    expect(new Set(channelFormPatterns).size).toBe(channelFormPatterns.length);
  });
});
