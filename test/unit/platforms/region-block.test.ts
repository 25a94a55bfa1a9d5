import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../utils/platforms/facebook';
import { instagramAdapter } from '../../../utils/platforms/instagram';
import { redditAdapter } from '../../../utils/platforms/reddit';
import { threadsAdapter } from '../../../utils/platforms/threads';
import { tiktokAdapter } from '../../../utils/platforms/tiktok';
import type { PlatformAdapter } from '../../../utils/platforms/types';
import { xAdapter } from '../../../utils/platforms/x';
import { youtubeAdapter } from '../../../utils/platforms/youtube';
import { outcomeOf, type PageReading } from '../../../utils/recheck/reading';
import { recheckFixture as fixture, openPages } from './platform-notice-pages';

// Pages a platform shows in place of a post withheld in the viewer's country (test/fixtures/recheck/,
// sources in test/fixtures/SOURCES.md): the adapter says so, and a recheck records "not visible".

const open = openPages();

const blockPages: [PlatformAdapter, string, string][] = [
  [xAdapter, 'written--x-withheld-post', 'https://x.com/withheld_author/status/1850000000000000999'],
  [xAdapter, 'written--x-withheld-account', 'https://x.com/withheld_account/status/1850000000000000998'],
  [youtubeAdapter, 'written--youtube-watch-not-in-country', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
  [
    redditAdapter,
    'written--reddit-blocked-in-country',
    'https://www.reddit.com/r/example/comments/abc123/title/',
  ],
  [
    facebookAdapter,
    'written--facebook-not-in-country',
    'https://www.facebook.com/newsoutlet/posts/pfbid02abc',
  ],
  [instagramAdapter, 'written--instagram-not-in-country', 'https://www.instagram.com/p/C0abcDEF123/'],
  [threadsAdapter, 'written--threads-not-in-country', 'https://www.threads.com/@someone/post/C0abcDEF123'],
  [
    tiktokAdapter,
    'written--tiktok-not-in-region',
    'https://www.tiktok.com/@someone/video/7300000000000000000',
  ],
  // The same notices as the platforms show them in French.
  [xAdapter, 'written--x-withheld-post-fr', 'https://x.com/withheld_author/status/1850000000000000999'],
  [xAdapter, 'written--x-withheld-account-fr', 'https://x.com/withheld_account/status/1850000000000000998'],
  [youtubeAdapter, 'written--youtube-watch-not-in-country-fr', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
  [
    youtubeAdapter,
    'written--youtube-watch-legal-complaint-fr',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  ],
  [
    tiktokAdapter,
    'written--tiktok-not-in-region-fr',
    'https://www.tiktok.com/@someone/video/7300000000000000000',
  ],
];

describe('region blocks', () => {
  it.each(blockPages)('%s reads %s as a region block', (adapter, name, url) => {
    const doc = open(fixture(name), url);
    expect(adapter.matchesPage(new URL(url), doc)).toBe(true);
    expect(adapter.explainNoPost?.(doc)).toBe('region-blocked');
  });

  it('is recorded as "not visible", not as removed', () => {
    const reading = { found: false, obstacle: 'region-blocked' } as PageReading;
    expect(outcomeOf(reading)).toBe('not-visible');
  });
});

describe('region-block sentences written by users are not the platform’s notice', () => {
  const sentence = 'This Post from @x has been withheld in France in response to a legal demand.';

  it('X: the sentence in a post’s text', () => {
    const html = `<div data-testid="primaryColumn"><article data-testid="tweet"><div data-testid="tweetText">${sentence}</div></article></div>`;
    expect(xAdapter.explainNoPost?.(open(html, 'https://x.com/a/status/1'))).toBeNull();
  });

  it('Reddit: the sentence in a comment or a community’s sidebar', () => {
    const comment = `<shreddit-comment thingid="t1_abc"><div slot="comment"><p>This content is not available in your country.</p></div></shreddit-comment>`;
    const sidebar =
      '<div class="side"><div class="md"><p>This content is not available in your country.</p></div></div>';
    const url = 'https://www.reddit.com/r/example/comments/abc123/title/';
    expect(redditAdapter.explainNoPost?.(open(comment, url))).toBeNull();
    expect(redditAdapter.explainNoPost?.(open(sidebar, url))).toBeNull();
  });

  it('Facebook and Instagram: the sentence in a story or a post', () => {
    const text = "People in Canada can't see this content";
    const fb = `<div role="main"><div role="article"><div dir="auto">${text}</div></div></div>`;
    const ig = `<main role="main"><article><h1>${text}</h1></article></main>`;
    expect(facebookAdapter.explainNoPost?.(open(fb, 'https://www.facebook.com/a/posts/1'))).toBeNull();
    expect(instagramAdapter.explainNoPost?.(open(ig, 'https://www.instagram.com/p/abc/'))).toBeNull();
  });

  it('YouTube: another error stays "unavailable"; a video title saying it is not an error', () => {
    const removed =
      '<yt-playability-error-supported-renderers><ytd-player-error-message-renderer><div id="reason">Video unavailable</div><yt-formatted-string id="subreason">This video has been removed by the uploader</yt-formatted-string></ytd-player-error-message-renderer></yt-playability-error-supported-renderers>';
    const title = `<ytd-watch-metadata><h1>The uploader has not made this video available in your country</h1></ytd-watch-metadata>`;
    const url = 'https://www.youtube.com/watch?v=abc';
    expect(youtubeAdapter.explainNoPost?.(open(removed, url))).toBe('post-unavailable');
    expect(youtubeAdapter.explainNoPost?.(open(title, url))).toBeNull();
  });

  it('X in French: the sentence in a post’s text', () => {
    const fr = 'Ce post de @x a été retenu en France en réponse à une demande légale.';
    const html = `<div data-testid="primaryColumn"><article data-testid="tweet"><div data-testid="tweetText">${fr}</div></article></div>`;
    expect(xAdapter.explainNoPost?.(open(html, 'https://x.com/a/status/1'))).toBeNull();
  });

  it('YouTube in French: a removed video stays "unavailable"; a title saying it is not an error', () => {
    const removed =
      '<yt-playability-error-supported-renderers><ytd-player-error-message-renderer><div id="reason">Vidéo non disponible</div><yt-formatted-string id="subreason">Cette vidéo a été supprimée par l’utilisateur qui l’a mise en ligne</yt-formatted-string></ytd-player-error-message-renderer></yt-playability-error-supported-renderers>';
    const title = `<ytd-watch-metadata><h1>Cette vidéo n'est pas disponible dans votre pays</h1></ytd-watch-metadata>`;
    const url = 'https://www.youtube.com/watch?v=abc';
    expect(youtubeAdapter.explainNoPost?.(open(removed, url))).toBe('post-unavailable');
    expect(youtubeAdapter.explainNoPost?.(open(title, url))).toBeNull();
  });

  it('TikTok: the sentence in a video’s description or a comment', () => {
    const url = 'https://www.tiktok.com/@a/video/1';
    for (const sentence of [
      'This video is not available in your country or region.',
      "Cette vidéo n'est pas disponible dans votre pays ou région.",
    ]) {
      const desc = `<div data-e2e="browse-video-desc">${sentence}</div>`;
      expect(tiktokAdapter.explainNoPost?.(open(desc, url))).toBeNull();
    }
  });
});
