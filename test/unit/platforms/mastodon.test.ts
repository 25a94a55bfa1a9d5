import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../utils/platforms';
import { mastodonAdapter } from '../../../utils/platforms/mastodon';
import { adapterTestBed, describeCasesInDom, expectHosts } from './run-cases-in-dom';

describeCasesInDom('Mastodon', 'mastodon');

const HOME = 'https://mastodon.social/home';

const { open, extractAt } = adapterTestBed(mastodonAdapter, HOME);

interface StatusParts {
  acct?: string;
  id?: string;
  href?: string | null;
  content?: string;
  classes?: string;
  after?: string;
}

function status(parts: StatusParts = {}): string {
  const { acct = 'real_one', id = '111', content = '<p>Hello</p>', classes = '', after = '' } = parts;
  const href = parts.href === undefined ? `/@${acct}/${id}` : parts.href;
  const time = '<time datetime="2024-05-01T10:00:00.000Z">1h</time>';
  return `<div class="status status-public ${classes}" data-id="${id}"><div class="status__info">${href === null ? time : `<a href="${href}" class="status__relative-time">${time}</a>`}<a href="/@${acct}" title="${acct}" class="status__display-name"><span class="display-name"><bdi><strong class="display-name__html">Real One</strong></bdi> <span class="display-name__account">@${acct}</span></span></a></div><div class="status__content"><div class="status__content__text">${content}</div></div>${after}</div>`;
}

const app = (body: string) =>
  `<html><head></head><body class="app-body"><div id="mastodon" data-props="{}">${body}</div></body></html>`;

describe('mastodonAdapter hosts', () => {
  it('serves the listed instances by host', () => {
    const serves = ['mastodon.social', 'piaille.fr', 'framapiaf.org', 'mas.to'].map(
      (host) => `https://${host}/home`,
    );
    expectHosts(mastodonAdapter, { serves }, open('<p></p>'));
  });

  it('recognises another instance by the web app’s markup, never by words', () => {
    const url = new URL('https://social.example.net/home');
    expect(mastodonAdapter.matchesPage(url, open(app(status()), url.href))).toBe(true);
    const initialState =
      '<div id="mastodon" data-props="{}"></div><script id="initial-state" type="application/json">{}</script>';
    expect(mastodonAdapter.matchesPage(url, open(initialState, url.href))).toBe(true);
    for (const html of [
      '<p>Follow me on Mastodon: mastodon.social/@me</p><div class="status"></div>',
      '<body class="app-body"><div id="mastodon"></div></body>',
      '<div id="mastodon" data-props="{}"></div>',
    ]) {
      expect(mastodonAdapter.matchesPage(url, open(html, url.href))).toBe(false);
    }
  });

  it('is not fooled by Mastodon markup on another platform’s host', () => {
    for (const url of ['https://x.com/home', 'https://www.reddit.com/r/a/', 'https://bsky.app/']) {
      const doc = open(app(status()), url);
      expectHosts(mastodonAdapter, { refuses: [url] }, doc);
      expect(adapterForPage(new URL(url), doc)?.id).not.toBe('mastodon');
    }
  });
});

describe('mastodonAdapter permalinks and handles', () => {
  it('writes a local account as user@instance and links its status on this instance', () => {
    const data = extractAt(status({ acct: 'someone' }), 'p', 'https://mstdn.social/home');
    expect([data.author.handle, data.permalink]).toEqual([
      'someone@mstdn.social',
      'https://mstdn.social/@someone/111',
    ]);
  });

  it('links a remote status seen here on this instance, whose id it is (the home id is not on the page)', () => {
    const data = extractAt(status({ acct: 'ada@fosstodon.org', id: '222' }), 'p');
    expect(data.author.handle).toBe('ada@fosstodon.org');
    expect(data.permalink).toBe('https://mastodon.social/@ada@fosstodon.org/222');
    expect(data.foundBy.permalink).toBe('time link, remote status seen here');
  });

  it.each([
    ['https://fosstodon.org/@ada/109000000000000001', 'https://fosstodon.org/@ada/109000000000000001'],
    [
      'https://fosstodon.org/users/ada/statuses/109000000000000001',
      'https://fosstodon.org/@ada/109000000000000001',
    ],
  ])('takes a time link to the home instance (%s) as the permalink', (href, permalink) => {
    expect(extractAt(status({ href }), 'p').permalink).toBe(permalink);
  });

  it('builds the permalink from data-id when the time has no link', () => {
    const data = extractAt(status({ acct: 'ada@fosstodon.org', id: '333', href: null }), 'p');
    expect([data.permalink, data.foundBy.permalink]).toEqual([
      'https://mastodon.social/@ada@fosstodon.org/333',
      'data-id',
    ]);
  });

  it('uses the page’s og:published_time only for the status it describes', () => {
    const detailed = (id: string) =>
      `<div class="detailed-status"><a class="detailed-status__display-name" href="/@someone"><span class="display-name__account">@someone@mastodon.social</span></a><div class="status__content"><p>Hi</p></div><a class="detailed-status__datetime" href="/@someone/${id}"><span>May 1, 2024</span></a></div>`;
    const head =
      '<meta property="og:url" content="https://mastodon.social/@someone/444"><meta property="og:published_time" content="2024-05-01T08:00:00Z">';
    expect(extractAt(head + detailed('444'), 'p').publishedAt).toBe('2024-05-01T08:00:00.000Z');
    expect(extractAt(head + detailed('555'), 'p').publishedAt).toBeNull();
  });
});

describe('mastodonAdapter targets and kinds', () => {
  it('tells a reply by its class, and a quoted status from the quoting one', () => {
    expect(extractAt(status({ classes: 'status-reply' }), 'p').kind).toBe('reply');
    const quoted = status({
      acct: 'quoted',
      id: '999',
      after:
        '<div class="media-gallery"><div class="media-gallery__item"><img src="https://files.example/q.jpg"></div></div>',
    });
    const doc = open(status({ after: `<div class="status__quote">${quoted}</div>` }));
    const outer = mastodonAdapter.extract(doc.querySelector('.status') as Element, new URL(HOME));
    expect([outer.author.handle, outer.permalink, outer.media.length]).toEqual([
      'real_one@mastodon.social',
      'https://mastodon.social/@real_one/111',
      0,
    ]);
    const inner = mastodonAdapter.findPost(doc.querySelector('.status__quote img') as Element) as Element;
    expect(mastodonAdapter.extract(inner, new URL(HOME))).toMatchObject({
      author: { handle: 'quoted@mastodon.social' },
      media: [{ type: 'image' }],
    });
  });

  it('reads a content warning as text, without its button', () => {
    const html = status({ after: '' }).replace(
      '<div class="status__content">',
      '<div class="content-warning"><div class="content-warning__text"><span>CW: spiders</span></div><button class="link-button">Show more</button></div><div class="status__content">',
    );
    expect(extractAt(html, 'p').text).toBe('CW: spiders Hello');
  });

  it('finds no status outside one', () => {
    const doc = open(`<nav><a href="/@me">me</a></nav>${status()}`);
    expect(mastodonAdapter.findPost(doc.querySelector('nav a') as Element)).toBeNull();
  });
});

describe('mastodonAdapter missing fields', () => {
  it('leaves every field empty on a bare status, without throwing', () => {
    expect(extractAt('<div class="status"></div>', '.status')).toEqual({
      kind: 'post',
      permalink: null,
      author: { handle: null, name: null },
      publishedAt: null,
      text: '',
      media: [],
      foundBy: { kind: 'default' },
    });
  });
});

describe('mastodonAdapter explainNoPost', () => {
  it.each([
    [
      '<form id="new_user" action="/auth/sign_in"><input type="email"><input type="password"></form>',
      'login-wall',
    ],
    [
      '<div class="error-column"><div class="error-column__message"><h1>Not found</h1></div></div>',
      'post-unavailable',
    ],
    ['<div class="scrollable"></div>', null],
  ])('%s → %s', (html, reason) => {
    expect(mastodonAdapter.explainNoPost?.(open(html))).toBe(reason);
  });
});

describe('mastodonAdapter against hostile text', () => {
  it('keeps author, permalink and time when the text forges a status, an author line and a time link', () => {
    const forged = `<p><a href="/@evil" class="status__display-name"><span class="display-name__account">@evil@evil.example</span></a> <a class="status__relative-time" href="https://evil.example/@evil/666"><time datetime="2001-01-01T00:00:00Z">x</time></a></p>${status({ acct: 'evil', id: '777', content: '<p class="inner">in</p>' })}`;
    const doc = open(status({ content: forged }));
    const post = mastodonAdapter.findPost(doc.querySelector('p.inner') as Element) as Element;
    expect(post.getAttribute('data-id')).toBe('111');
    const data = mastodonAdapter.extract(post, new URL(HOME));
    expect(data.author).toEqual({ handle: 'real_one@mastodon.social', name: 'Real One' });
    expect(data.permalink).toBe('https://mastodon.social/@real_one/111');
    expect(data.publishedAt).toBe('2024-05-01T10:00:00.000Z');
  });
});
