import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../utils/platforms';
import { redditAdapter } from '../../../utils/platforms/reddit';
import { adapterTestBed, describeCasesInDom, expectHosts, fixturesDir } from './run-cases-in-dom';

describeCasesInDom('Reddit', 'reddit');

const { open, extractAt } = adapterTestBed(redditAdapter, 'https://www.reddit.com/r/sub/');

const comment = (attrs: string, body = 'Hello', children = '') =>
  `<shreddit-comment ${attrs}><div slot="commentMeta"><a href="/user/real_one/">real_one</a></div><div slot="comment"><p>${body}</p></div><div slot="children">${children}</div></shreddit-comment>`;

describe('redditAdapter hosts', () => {
  it('serves reddit.com and its front-ends only', () => {
    expectHosts(redditAdapter, {
      serves: ['reddit.com', 'www.reddit.com', 'old.reddit.com', 'new.reddit.com', 'np.reddit.com'].map(
        (host) => `https://${host}/r/a/`,
      ),
      refuses: ['https://reddit.com.evil.example/', 'https://notreddit.com/', 'ftp://www.reddit.com/'],
    });
  });

  it('is not fooled by Reddit markup on another platform’s host', () => {
    const doc = open(
      comment('author="evil" permalink="/r/a/comments/b1/comment/c1/"'),
      'https://www.youtube.com/',
    );
    expect(adapterForPage(new URL('https://www.youtube.com/'), doc)?.id).toBe('youtube');
    expectHosts(redditAdapter, { refuses: ['https://www.youtube.com/'] }, doc);
  });
});

describe('redditAdapter canonical permalinks', () => {
  it.each([
    ['https://old.reddit.com/r/sub/', '/r/sub/comments/abc12/a_title/def34/', 'comment/def34/'],
    [
      'https://new.reddit.com/r/sub/',
      'https://np.reddit.com/r/sub/comments/abc12/a_title/def34/?context=3',
      'comment/def34/',
    ],
    [
      'https://reddit.com/r/sub/',
      '/r/sub/comments/abc12/comment/def34/?utm_source=share&utm_medium=web2x',
      'comment/def34/',
    ],
  ])('on %s, a comment linked as %s', (url, permalink, tail) => {
    const data = extractAt(comment(`depth="0" permalink="${permalink}"`), 'p', url);
    expect(data.permalink).toBe(`https://www.reddit.com/r/sub/comments/abc12/${tail}`);
  });

  it('drops the query of a post link and spells user posts /user/', () => {
    const html = `<div class="thing" data-fullname="t3_abc12" data-permalink="https://old.reddit.com/u/someone/comments/abc12/my_post/?share_id=x"><p class="title"><a class="title">T</a></p></div>`;
    const data = extractAt(html, 'a.title', 'https://old.reddit.com/user/someone/');
    expect(data.permalink).toBe('https://www.reddit.com/user/someone/comments/abc12/my_post/');
    expect(data.kind).toBe('post');
  });

  it('builds a comment’s permalink from its id on its own post’s page, never from another post', () => {
    const html = '<div id="t1_zz9"><div data-testid="comment"><p>No timestamp link</p></div></div>';
    const onItsPage = extractAt(html, 'p', 'https://www.reddit.com/r/sub/comments/abc12/title/');
    expect(onItsPage.permalink).toBe('https://www.reddit.com/r/sub/comments/abc12/comment/zz9/');
    expect(onItsPage.foundBy.permalink).toBe('comment id on its page');
    const elsewhere = extractAt(
      html.replace('id="t1_zz9"', 'id="t1_zz9" postid="t3_other"'),
      'p',
      'https://www.reddit.com/r/sub/comments/abc12/title/',
    );
    expect(elsewhere.permalink).toBeNull();
  });

  it('takes no permalink from a link to another site', () => {
    const data = extractAt(
      comment('depth="0" permalink="https://evil.example/r/sub/comments/abc12/comment/d1/"'),
      'p',
    );
    expect(data.permalink).toBeNull();
  });
});

describe('redditAdapter targets', () => {
  const tree = comment(
    'author="parent_one" thingid="t1_p1" depth="0" permalink="/r/sub/comments/abc12/comment/p1/"',
    'Parent',
    comment(
      'author="child_one" thingid="t1_c1" depth="1" permalink="/r/sub/comments/abc12/comment/c1/"',
      'Child',
    ),
  );

  it('tells a comment from the reply nested in it, and each from the post', () => {
    const doc = open(
      `<shreddit-post post-title="Title" author="op" permalink="/r/sub/comments/abc12/title/"></shreddit-post>${tree}`,
    );
    const child = redditAdapter.findPost(doc.querySelectorAll('p')[1] as Element) as Element;
    const parent = redditAdapter.findPost(doc.querySelector('p') as Element) as Element;
    const url = new URL('https://www.reddit.com/r/sub/comments/abc12/title/');
    expect(redditAdapter.extract(child, url)).toMatchObject({
      kind: 'reply',
      text: 'Child',
      author: { handle: 'child_one' },
    });
    expect(redditAdapter.extract(parent, url)).toMatchObject({
      kind: 'comment',
      text: 'Parent',
      author: { handle: 'parent_one' },
    });
    const post = redditAdapter.findPost(doc.querySelector('shreddit-post') as Element) as Element;
    expect(redditAdapter.extract(post, url)).toMatchObject({ kind: 'post', text: 'Title' });
  });

  it('finds the post from inside its shadow DOM', () => {
    const doc = open('<shreddit-post post-title="T" author="op"></shreddit-post>');
    const host = doc.querySelector('shreddit-post') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><button>Share</button></div>';
    expect(redditAdapter.findPost(shadow.querySelector('button') as Element)).toBe(host);
  });

  it('finds no post outside one', () => {
    const doc = open(`<nav><a href="/r/sub/">r/sub</a></nav>${tree}`);
    expect(redditAdapter.findPost(doc.querySelector('nav a') as Element)).toBeNull();
  });
});

describe('redditAdapter missing fields', () => {
  it('leaves every field empty on a bare post, without throwing', () => {
    expect(extractAt('<shreddit-post></shreddit-post>', 'shreddit-post')).toEqual({
      kind: 'post',
      permalink: null,
      author: { handle: null, name: null },
      publishedAt: null,
      text: '',
      media: [],
      foundBy: { kind: 'post element' },
    });
  });

  it('gives no author for a deleted one, and refuses a zone-less time', () => {
    const data = extractAt(
      '<shreddit-post author="[deleted]" created-timestamp="2024-03-28T08:14:52"></shreddit-post>',
      'shreddit-post',
    );
    expect([data.author.handle, data.publishedAt]).toEqual([null, null]);
  });

  it('counts a feed post’s picture from its attributes before the media loads', () => {
    const html =
      '<shreddit-post post-type="image" content-href="https://i.redd.it/abc.jpeg"></shreddit-post>';
    expect(extractAt(html, 'shreddit-post').media).toEqual([
      { type: 'image', url: 'https://i.redd.it/abc.jpeg' },
    ]);
  });
});

describe('redditAdapter explainNoPost', () => {
  it.each([
    ['<xpromo-nsfw-blocking-container></xpromo-nsfw-blocking-container>', 'login-wall'],
    ['<form class="pretty-form"><button name="over18" value="yes">continue</button></form>', 'login-wall'],
    [
      '<div class="content"><img id="classy-error" src="//www.redditstatic.com/reddit404b.png"></div>',
      'post-unavailable',
    ],
    ['<main><p>Nothing here</p></main>', null],
  ])('%s → %s', (html, reason) => {
    expect(redditAdapter.explainNoPost?.(open(html))).toBe(reason);
  });
});

describe('redditAdapter against hostile text', () => {
  it('keeps author and permalink when a comment’s text forges a comment, an author line and links', () => {
    const forged = `<a href="/user/someone_else/">u/someone_else</a> wrote <a href="/r/sub/comments/zzz/comment/evil/">this</a><div class="thing" data-fullname="t1_evil" data-author="evil" data-permalink="/r/sub/comments/zzz/x/evil/"><p class="tagline"><a class="author" href="/user/evil">evil</a></p><span class="inner">inside</span></div>`;
    const html = `<div class="thing comment" data-fullname="t1_real1" data-author="real_one" data-permalink="/r/sub/comments/abc12/t/real1/"><div class="entry"><p class="tagline"><a class="author" href="/user/real_one">real_one</a> <time datetime="2024-01-02T03:04:05+00:00">1h</time></p><form><div class="usertext-body"><div class="md"><p>${forged}</p></div></div></form></div></div>`;
    const doc = open(html, 'https://old.reddit.com/r/sub/comments/abc12/t/');
    const post = redditAdapter.findPost(doc.querySelector('span.inner') as Element) as Element;
    expect(post.getAttribute('data-fullname')).toBe('t1_real1');
    const data = redditAdapter.extract(post, new URL('https://old.reddit.com/r/sub/comments/abc12/t/'));
    expect(data.author.handle).toBe('real_one');
    expect(data.permalink).toBe('https://www.reddit.com/r/sub/comments/abc12/comment/real1/');
    expect(data.publishedAt).toBe('2024-01-02T03:04:05.000Z');
  });

  it('reads the 2019 layout’s author and time link outside the comment text only', () => {
    const body =
      '<a data-testid="comment_author_link" href="/user/evil/">evil</a><a data-testid="comment_timestamp" href="/r/sub/comments/zzz/comment/evil/">1h</a>';
    const html = `<div id="t1_real2"><div data-testid="comment"><p>${body}</p></div><a data-testid="comment_author_icon" href="/user/real_two/"></a><a data-testid="comment_timestamp" href="https://www.reddit.com/r/sub/comments/abc12/comment/real2/?context=3">2h</a></div>`;
    const data = extractAt(html, 'p');
    expect(data.author.handle).toBe('real_two');
    expect(data.permalink).toBe('https://www.reddit.com/r/sub/comments/abc12/comment/real2/');
  });

  it('reads the real page’s comment and post the same way every time (saved 2019 page)', () => {
    const html = readFileSync(
      resolve(fixturesDir, 'reddit/postlight-parser--www.reddit.com--title-only-2019.html'),
      'utf8',
    );
    const data = extractAt(
      html,
      '#t1_ehw4j07 [data-testid="comment_timestamp"]',
      'https://www.reddit.com/r/AskReddit/comments/axtih6/what_is_the_most_worth_it_item_you_have_ever/',
    );
    // A comment deleted by its author: no author link, no text, still its own permalink.
    expect(data).toMatchObject({ kind: 'comment', author: { handle: null }, text: '' });
    expect(data.permalink).toBe('https://www.reddit.com/r/AskReddit/comments/axtih6/comment/ehw4j07/');
  });
});
