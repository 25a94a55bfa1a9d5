import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelById, channelFormPatterns, channels, channelsFor } from '../../../utils/channels';
import { urlMatches } from '../../../utils/channels/fill-in-tab';
import { t } from '../../../utils/i18n';
import { type PlatformId, platformIds } from '../../../utils/platform-id';
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

  it('opens only addresses docs/FORMS.md documents, and says where they come from and when last checked', () => {
    const forms = readFileSync(resolve(__dirname, '../../../docs/FORMS.md'), 'utf8');
    // The copy channel opens nothing: it composes text only.
    for (const channel of channels.filter((c) => c.kind !== 'generic')) {
      expect(t(channel.source, 'en'), channel.id).toMatch(/docs\/FORMS\.md.*last checked [A-Z][a-z]+ \d{4}/);
      expect(t(channel.source, 'fr'), channel.id).toMatch(
        /docs\/FORMS\.md.*(vérifiées pour la dernière fois|dernière vérification des sources publiques) en [a-zé]+ \d{4}/,
      );
      const served = channel.serves === 'any' ? platformIds : channel.serves;
      for (const platform of served) {
        const action = channel.action(makeNotice(platform));
        const help = channel.helpPage?.(platform);
        // A guide runs on the post's own page; a form or a help page is an address of its own.
        const addresses = [action?.kind === 'open-form' ? action.url : null, help?.url ?? null];
        for (const address of addresses.filter((a): a is string => a !== null)) {
          // The document names the host and the path (PHAROS's, apart: its site, then its form's entry).
          const { host, pathname } = new URL(address);
          expect(forms, `${channel.id} on ${platform}: ${address}`).toContain(host);
          expect(forms, `${channel.id} on ${platform}: ${address}`).toContain(pathname.replace(/\/$/, ''));
        }
      }
    }
  });
});
