import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from '../../../utils/platforms/bluesky';
import { facebookAdapter } from '../../../utils/platforms/facebook';
import { instagramAdapter } from '../../../utils/platforms/instagram';
import type { PlatformAdapter } from '../../../utils/platforms/types';
import { outcomeOf, type PageReading } from '../../../utils/recheck/reading';
import { recheckFixture as fixture, openPages } from './platform-notice-pages';

// Pages a platform shows in place of a deleted or unavailable post, in English and in French
// (test/fixtures/recheck/, sources in test/fixtures/SOURCES.md): the adapter says so, and a
// recheck records "removed"; the same words inside a post are not the page's.

const open = openPages();
const IG_POST = 'https://www.instagram.com/p/C0abcDEF123/';
const FB_POST = 'https://www.facebook.com/someone/posts/pfbid02abc';
const BSKY_POST = 'https://bsky.app/profile/someone.example/post/3lbq2xkc4aq2s';

const igPage = (sentence: string) =>
  `<main role="main"><div><span dir="auto">${sentence}</span><a href="/">Instagram</a></div></main>`;
const fbPage = (sentence: string) => `<div role="main"><div><span dir="auto">${sentence}</span></div></div>`;
const bskyScreen = (sentence: string) =>
  `<main role="main"><div data-testid="postThreadScreen"><div dir="auto">Post</div><div dir="auto">${sentence}</div></div></main>`;

const removalPages: [PlatformAdapter, string, string][] = [
  [instagramAdapter, fixture('written--instagram-page-unavailable-fr'), IG_POST],
  [instagramAdapter, igPage('Sorry, this page isn’t available.'), IG_POST],
  [facebookAdapter, fixture('written--facebook-content-unavailable-fr'), FB_POST],
  [facebookAdapter, fbPage("This content isn't available right now"), FB_POST],
  [blueskyAdapter, fixture('written--bluesky-post-deleted-fr'), BSKY_POST],
  [blueskyAdapter, bskyScreen('Ce post a été supprimé.'), BSKY_POST],
  [blueskyAdapter, bskyScreen('Post supprimé.'), BSKY_POST],
  [blueskyAdapter, bskyScreen('Post not found'), BSKY_POST],
];

describe('removal and "unavailable" pages', () => {
  it.each(removalPages)('%s reads its page as a post gone', (adapter, html, url) => {
    const doc = open(html, url);
    expect(adapter.matchesPage(new URL(url), doc)).toBe(true);
    expect(adapter.explainNoPost?.(doc)).toBe('post-unavailable');
    const reading = { found: false, obstacle: adapter.explainNoPost?.(doc) } as PageReading;
    expect(outcomeOf(reading)).toBe('removed');
  });

  it('Bluesky: the French login wall is a login wall, not a removal', () => {
    const doc = open(bskyScreen('Ce contenu n’est pas visible sans un compte Bluesky.'), BSKY_POST);
    expect(blueskyAdapter.explainNoPost?.(doc)).toBe('login-wall');
  });

  it('Facebook and Instagram: a login form comes first (not visible, rather than removed)', () => {
    const login = '<form><input name="email"><input name="pass" type="password"></form>';
    const fb = open(fbPage(`Ce contenu n’est pas disponible pour le moment${login}`), FB_POST);
    expect(facebookAdapter.explainNoPost?.(fb)).toBe('login-wall');
    const igLogin = '<form id="loginForm"><input name="password" type="password"></form>';
    const ig = open(igPage(`Désolé, cette page n’est pas disponible.${igLogin}`), IG_POST);
    expect(instagramAdapter.explainNoPost?.(ig)).toBe('login-wall');
  });
});

describe('removal sentences inside a post are not the platform’s page', () => {
  it('Facebook: a story sharing a post gone since', () => {
    const story = `<div role="main"><div role="article"><div dir="auto">Regardez ça</div><div><span>Ce contenu n’est pas disponible pour le moment</span></div></div></div>`;
    expect(facebookAdapter.explainNoPost?.(open(story, FB_POST))).toBeNull();
  });

  it('Facebook: the French feed case of a share whose post is gone', () => {
    const html = readFileSync('test/fixtures/facebook/written--facebook-fr-share-unavailable.html', 'utf8');
    expect(facebookAdapter.explainNoPost?.(open(html, 'https://www.facebook.com/'))).toBeNull();
  });

  it('Instagram: a caption or a comment', () => {
    const caption = `<main role="main"><article><h1>Désolé, cette page n’est pas disponible.</h1></article></main>`;
    expect(instagramAdapter.explainNoPost?.(open(caption, IG_POST))).toBeNull();
  });

  it('Bluesky: a thread that shows its posts', () => {
    const thread = `<main role="main"><div data-testid="postThreadScreen"><div data-testid="postThreadItem-by-a.example"><div data-testid="postText">Post introuvable, dit-il</div></div></div></main>`;
    expect(blueskyAdapter.explainNoPost?.(open(thread, BSKY_POST))).toBeNull();
  });
});
