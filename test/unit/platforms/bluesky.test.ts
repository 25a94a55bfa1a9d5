import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../utils/platforms';
import { blueskyAdapter } from '../../../utils/platforms/bluesky';
import { adapterTestBed, describeCasesInDom, expectHosts } from './run-cases-in-dom';

describeCasesInDom('Bluesky', 'bluesky');

// Minimal posts with Bluesky's stable hooks, for the rules the saved pages do not reach.
interface PostParts {
  handle?: string;
  name?: string;
  /** href of the timestamp link; null: none. */
  href?: string | null;
  before?: string;
  text?: string;
  after?: string;
  testId?: string;
}

function post(parts: PostParts = {}): string {
  const { handle = 'real.author', name = 'Real Author' } = parts;
  const href = parts.href === undefined ? `/profile/${handle}/post/3real` : parts.href;
  const avatar = `<a href="/profile/${handle}" aria-label="${name}'s avatar"><div data-testid="userAvatarImage"><img src="https://cdn.bsky.app/img/avatar_thumbnail/plain/did:plc:a/b@jpeg"></div></a>`;
  const meta = `<a href="/profile/${handle}" dir="auto">\u202a${name}\u202c</a><a href="/profile/${handle}" dir="auto">&nbsp;\u202a@${handle}\u202c</a>${href === null ? '' : `<a href="${href}" data-tooltip="March 3, 2025 at 8:00 AM">2h</a>`}`;
  return `<div role="link" data-testid="${parts.testId ?? `feedItem-by-${handle}`}">${avatar}${meta}${parts.before ?? ''}<div data-testid="contentHider-post"><div dir="auto" data-word-wrap="1" data-testid="postText">${parts.text ?? 'Hello'}</div>${parts.after ?? ''}</div></div>`;
}

const quote = (inner: string) =>
  `<div><div role="link" tabindex="0">${inner
    .replace(/^<div role="link" data-testid="[^"]*">/, '')
    .replace(/<\/div>$/, '')
    .replace(/ data-testid="postText"/, '')}</div></div>`;

const image = (name: string) =>
  `<button aria-label="photo"><img src="https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:a/${name}@jpeg"></button>`;

const { open, extractAt } = adapterTestBed(blueskyAdapter, 'https://bsky.app/');

describe('blueskyAdapter URLs', () => {
  it('serves bsky.app only', () => {
    expectHosts(blueskyAdapter, {
      serves: ['https://bsky.app/profile/a'],
      refuses: ['https://bsky.app.evil.example/', 'https://notbsky.app/', 'ftp://bsky.app/'],
    });
  });

  it('is not picked on another host whose page carries Bluesky markup', () => {
    const doc = open(post(), 'https://www.linkedin.com/feed/');
    expect(adapterForPage(new URL('https://www.linkedin.com/feed/'), doc)?.id).toBe('linkedin');
  });

  it.each([
    ['https://bsky.app/profile/real.author/post/3real?ref_src=embed', 'real.author'],
    ['/profile/did:plc:abc123/post/3real', 'did:plc:abc123'],
  ])('canonicalises the timestamp link %s', (href, actor) => {
    const data = extractAt(post({ href, handle: actor }), 'div');
    expect(data.permalink).toBe(`https://bsky.app/profile/${actor}/post/3real`);
  });

  it('takes no permalink from a link to another site, nor from the page address of a feed', () => {
    expect(
      extractAt(post({ href: 'https://evil.example/profile/real.author/post/3real' }), 'div').permalink,
    ).toBeNull();
    const url = 'https://bsky.app/profile/real.author/post/3other';
    expect(extractAt(post({ href: null }), 'div', url).permalink).toBeNull();
  });

  it('names a thread’s focused post by the page address, and dates it only from matching metadata', () => {
    const focused = post({ href: null, testId: 'postThreadItem-by-real.author' });
    const meta = (rkey: string) =>
      `<link rel="canonical" href="https://bsky.app/profile/real.author/post/${rkey}"><meta property="article:published_time" content="2025-03-03T08:15:12.345Z">`;
    const url = 'https://bsky.app/profile/did:plc:abc/post/3focus';
    const data = extractAt(meta('3focus') + focused, 'div', url);
    expect([data.permalink, data.publishedAt]).toEqual([
      'https://bsky.app/profile/real.author/post/3focus',
      '2025-03-03T08:15:12.345Z',
    ]);
    // In-app navigation leaves the first page's metadata behind: it describes another post.
    expect(extractAt(meta('3first') + focused, 'div', url).publishedAt).toBeNull();
  });
});

describe('blueskyAdapter quoted posts', () => {
  const inner = post({
    handle: 'quoted.one',
    name: 'Quoted One',
    href: '/profile/quoted.one/post/3quoted',
    after: image('q'),
  });
  const html = post({ text: 'Look at this', after: quote(inner) });

  it('keeps the quoted post’s author, permalink and media out of the quoting post', () => {
    const data = extractAt(html, '[data-testid="postText"]');
    expect(data.author).toEqual({ handle: 'real.author', name: 'Real Author' });
    expect([data.permalink, data.media.length, data.text]).toEqual([
      'https://bsky.app/profile/real.author/post/3real',
      0,
      'Look at this',
    ]);
  });

  it('captures the quoted post as its own target', () => {
    const data = extractAt(html, 'div[role="link"] div[role="link"] img[src*="feed_thumbnail"]');
    expect(data.author).toEqual({ handle: 'quoted.one', name: 'Quoted One' });
    expect([data.permalink, data.media.length, data.kind]).toEqual([
      'https://bsky.app/profile/quoted.one/post/3quoted',
      1,
      'post',
    ]);
  });
});

describe('blueskyAdapter replies, missing fields and hostile text', () => {
  it('reads a feed reply by its "Reply to" line, not by text saying so', () => {
    const line = '<div dir="auto">Reply to <a href="/profile/other">Other</a></div>';
    expect(extractAt(post({ before: line }), 'div').kind).toBe('reply');
    expect(extractAt(post({ text: 'Reply to nobody' }), 'div').kind).toBe('post');
  });

  it('reads the French "Réponse à" line too', () => {
    const line = '<div dir="auto">Réponse à <a href="/profile/other">Other</a></div>';
    expect(extractAt(post({ before: line }), 'div').kind).toBe('reply');
    expect(extractAt(post({ text: 'Réponse à personne' }), 'div').kind).toBe('post');
  });

  it('leaves every field empty on a bare item, without throwing', () => {
    expect(extractAt('<div data-testid="feedItem-by-"></div>', 'div')).toEqual({
      kind: 'post',
      permalink: null,
      author: { handle: null, name: null },
      publishedAt: null,
      text: '',
      media: [],
      foundBy: { kind: 'default' },
    });
  });

  it('finds no post outside an item', () => {
    const doc = open(`<nav id="nav"><a href="/profile/x">x</a></nav>${post()}`);
    expect(blueskyAdapter.findPost(doc.querySelector('#nav a') as Element)).toBeNull();
  });

  it('ignores items, quotes, author and post links forged inside the text', () => {
    const forged = post({
      handle: 'evil.one',
      name: 'Evil',
      href: '/profile/evil.one/post/3evil',
      after: image('e'),
    });
    const text = `<a href="/profile/evil.one">@evil.one</a> <a href="/profile/evil.one/post/3evil">link</a> ${quote(forged)} ${forged}`;
    const doc = open(post({ name: '@evil.one', href: null, text }));
    const found = blueskyAdapter.findPost(doc.querySelectorAll('img[src*="feed_thumbnail"]')[0] as Element);
    expect(found?.getAttribute('data-testid')).toBe('feedItem-by-real.author');
    const data = blueskyAdapter.extract(found as Element, new URL('https://bsky.app/'));
    expect(data.author).toEqual({ handle: 'real.author', name: null });
    expect([data.permalink, data.media.length]).toEqual([null, 0]);
  });
});

describe('blueskyAdapter.explainNoPost', () => {
  const screen = (text: string) => `<div data-testid="postThreadScreen"><div dir="auto">${text}</div></div>`;

  it('recognises a missing post and a sign-in wall on the thread screen', () => {
    expect(blueskyAdapter.explainNoPost?.(open(screen('Post not found')))).toBe('post-unavailable');
    expect(blueskyAdapter.explainNoPost?.(open(screen('You must sign-in to view this post.')))).toBe(
      'login-wall',
    );
  });

  it('says nothing when the thread shows posts, or on other pages', () => {
    expect(blueskyAdapter.explainNoPost?.(open(screen(post({ testId: 'postThreadItem-by-a' }))))).toBeNull();
    expect(blueskyAdapter.explainNoPost?.(open(post()))).toBeNull();
  });
});
