import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../utils/platforms/x';
import { adapterTestBed, describeCasesInDom, expectHosts } from './run-cases-in-dom';

describeCasesInDom('X', 'x');

// Minimal posts with X's stable hooks, for the rules the saved pages do not reach.
interface TweetParts {
  handle?: string;
  name?: string;
  /** href of the link around the time; null: a time without a link (as in a quoted post). */
  href?: string | null;
  datetime?: string;
  replyingTo?: string;
  text?: string;
  after?: string;
}

function tweet(parts: TweetParts = {}): string {
  const { handle = 'real_author', name = 'Real Author', datetime = '2024-05-01T10:00:00.000Z' } = parts;
  const href = parts.href === undefined ? `/${handle}/status/111` : parts.href;
  const time = `<time datetime="${datetime}">May 1</time>`;
  const replying = parts.replyingTo
    ? `<div dir="ltr">Replying to <div><a href="/${parts.replyingTo}"><span>@${parts.replyingTo}</span></a></div></div>`
    : '';
  return `<article role="article" data-testid="tweet"><div data-testid="User-Name"><div><a href="/${handle}"><div dir="ltr"><span>${name}</span></div></a></div><div><a href="/${handle}" tabindex="-1"><div dir="ltr"><span>@${handle}</span></div></a><div>${href === null ? time : `<a href="${href}">${time}</a>`}</div></div></div>${replying}<div dir="auto" data-testid="tweetText">${parts.text ?? 'Hello'}</div>${parts.after ?? ''}<div role="group"><button data-testid="reply">3</button></div></article>`;
}

const quote = (inner: string) =>
  `<div><div role="link" tabindex="0">${inner.replace(/<\/?article[^>]*>/g, '')}</div></div>`;

const { open, extractAt } = adapterTestBed(xAdapter, 'https://x.com/home');

describe('xAdapter URLs', () => {
  it('serves x.com, twitter.com and mobile.twitter.com only', () => {
    expectHosts(xAdapter, {
      serves: ['https://x.com/home', 'https://twitter.com/a', 'https://mobile.twitter.com/a/status/1'],
      refuses: ['https://x.com.evil.example/', 'https://notx.com/', 'ftp://x.com/', 'https://bsky.app/'],
    });
  });

  it.each([
    ['https://twitter.com/home', '/Some_One/status/123?s=20&t=abc'],
    ['https://mobile.twitter.com/home', '/Some_One/status/123'],
    ['https://x.com/home', 'https://mobile.twitter.com/Some_One/status/123/analytics?s=20'],
    ['https://twitter.com/Some_One/status/123/photo/1', 'https://twitter.com/Some_One/status/123/photo/1'],
  ])('canonicalises the permalink on %s (link %s) to x.com', (url, href) => {
    const data = extractAt(tweet({ handle: 'Some_One', href }), 'article', url);
    expect(data.permalink).toBe('https://x.com/Some_One/status/123');
    expect(data.foundBy.permalink).toBe('link around own time');
  });

  it('takes no permalink from a link to another site', () => {
    expect(
      extractAt(tweet({ href: 'https://evil.example/real_author/status/111' }), 'article').permalink,
    ).toBeNull();
  });
});

describe('xAdapter reply detection', () => {
  it('reads a "Replying to" line on a timeline', () => {
    const data = extractAt(tweet({ replyingTo: 'someone' }), 'article');
    expect(data.kind).toBe('reply');
    expect(data.foundBy.kind).toBe('replying-to line');
  });

  it('does not take a mention at the start of the text for a "Replying to" line', () => {
    const data = extractAt(
      tweet({ text: '<a href="/someone">@someone</a> Replying to @someone is fun' }),
      'article',
    );
    expect(data.kind).toBe('post');
  });

  it('reads the plain-text "Replying to" line of a quoted post', () => {
    const inner = tweet({ handle: 'quoted_one', href: null, text: 'Inner' }).replace(
      '<div dir="auto"',
      '<div dir="ltr">Replying to @someone</div><div dir="auto"',
    );
    const html = tweet({ after: quote(inner) });
    const doc = open(html);
    const quoted = xAdapter.findPost(doc.querySelectorAll('[data-testid="tweetText"]')[1] as Element);
    expect(quoted?.getAttribute('role')).toBe('link');
    expect(xAdapter.extract(quoted as Element, new URL('https://x.com/home')).kind).toBe('reply');
    expect(
      xAdapter.extract(doc.querySelector('article') as Element, new URL('https://x.com/home')).kind,
    ).toBe('post');
  });

  it('reads the plain-text line of a quoted post in French ("En réponse à @…")', () => {
    const inner = tweet({ handle: 'cite_fr', href: null, text: 'Dedans' }).replace(
      '<div dir="auto"',
      '<div dir="ltr">En réponse à @quelquun</div><div dir="auto"',
    );
    const doc = open(tweet({ after: quote(inner) }));
    const quoted = xAdapter.findPost(doc.querySelectorAll('[data-testid="tweetText"]')[1] as Element);
    expect(xAdapter.extract(quoted as Element, new URL('https://x.com/home')).kind).toBe('reply');
  });

  const thread = [
    tweet({ handle: 'root', href: '/root/status/1' }),
    tweet({ handle: 'focus', href: '/focus/status/2' }),
    tweet({ handle: 'later', href: '/later/status/3' }),
  ].join('');

  it.each([
    [0, 'post', 'default'],
    [1, 'reply', 'status page, below a thread post'],
    [2, 'reply', 'status page, after the focused post'],
  ])('on a status page, article %i is a %s (%s)', (index, kind, by) => {
    const doc = open(thread, 'https://x.com/focus/status/2');
    const data = xAdapter.extract(
      doc.querySelectorAll('article')[index] as Element,
      new URL('https://x.com/focus/status/2'),
    );
    expect([data.kind, data.foundBy.kind]).toEqual([kind, by]);
  });

  it('on a status page whose focused post is no longer rendered, other posts are replies', () => {
    const data = extractAt(
      tweet({ handle: 'later', href: '/later/status/3' }),
      'article',
      'https://x.com/focus/status/2',
    );
    expect([data.kind, data.foundBy.kind]).toEqual(['reply', 'status page, focused post not rendered']);
  });
});

describe('xAdapter missing fields', () => {
  it('leaves every field empty on a bare article, without throwing', () => {
    expect(extractAt('<article data-testid="tweet"></article>', 'article')).toEqual({
      kind: 'post',
      permalink: null,
      author: { handle: null, name: null },
      publishedAt: null,
      text: '',
      media: [],
      foundBy: { kind: 'default' },
    });
  });

  it.each(['2024-05-01T10:00:00', '2024-05-01', 'yesterday', ''])(
    'refuses the zone-less or bad time %j',
    (datetime) => {
      expect(extractAt(tweet({ datetime }), 'article').publishedAt).toBeNull();
    },
  );

  it('finds no post outside an article', () => {
    const doc = open(`<div id="side"><span>Trends</span></div>${tweet()}`);
    expect(xAdapter.findPost(doc.querySelector('#side span') as Element)).toBeNull();
  });
});

describe('xAdapter against hostile posts', () => {
  const hostileText =
    '<a href="/someoneelse">@someoneelse</a> wrote this, see <a href="/other/status/1"><time datetime="2001-01-01T00:00:00.000Z">x</time></a>';

  it('keeps author, permalink and time when the text imitates an author line and links another status', () => {
    const data = extractAt(tweet({ name: '@someoneelse', text: hostileText }), 'article');
    expect(data.author).toEqual({ handle: 'real_author', name: '@someoneelse' });
    expect(data.permalink).toBe('https://x.com/real_author/status/111');
    expect(data.publishedAt).toBe('2024-05-01T10:00:00.000Z');
    expect(data.text).toBe('@someoneelse wrote this, see x');
    expect(data.kind).toBe('post');
  });

  it('is not made a reply by a display name reading "Replying to @…"', () => {
    expect(extractAt(tweet({ name: 'Replying to @boss' }), 'article').kind).toBe('post');
  });

  it('takes no permalink from the text when the own time has no link', () => {
    const photoInText = '<a href="/real_author/status/9/photo/1"><div data-testid="tweetPhoto"></div></a>';
    const data = extractAt(tweet({ href: null, text: hostileText + photoInText }), 'article');
    expect(data.permalink).toBeNull();
    expect(data.publishedAt).toBe('2024-05-01T10:00:00.000Z');
  });

  it('ignores author lines, quotes, times and photos forged inside the text', () => {
    const forged = `<div data-testid="User-Name"><a href="/evil"><div dir="ltr">Evil</div></a></div>${quote(
      tweet({ handle: 'evil', href: '/evil/status/666' }),
    )}<div data-testid="tweetPhoto"><img src="https://pbs.twimg.com/media/forged.jpg"></div>`;
    const doc = open(tweet({ text: `Look ${forged}` }));
    const inForgedQuote = doc.querySelector('[role="link"] [data-testid="tweetText"]') as Element;
    const post = xAdapter.findPost(inForgedQuote);
    expect(post?.localName).toBe('article');
    const data = xAdapter.extract(post as Element, new URL('https://x.com/home'));
    expect(data.author).toEqual({ handle: 'real_author', name: 'Real Author' });
    expect(data.permalink).toBe('https://x.com/real_author/status/111');
    expect(data.media).toEqual([]);
  });

  it('keeps a quoted post’s author and media out of the quoting post, and vice versa', () => {
    const photo = (id: string) =>
      `<a href="/${id}/status/5/photo/1"><div data-testid="tweetPhoto"><img src="https://pbs.twimg.com/media/${id}.jpg"></div></a>`;
    const inner = tweet({ handle: 'quoted_one', name: 'Quoted', href: null, after: photo('quoted_one') });
    const doc = open(tweet({ after: quote(inner) }));
    const outer = xAdapter.extract(doc.querySelector('article') as Element, new URL('https://x.com/home'));
    expect([outer.author.handle, outer.media.length]).toEqual(['real_author', 0]);
    const quoted = xAdapter.findPost(doc.querySelector('[role="link"] img') as Element) as Element;
    const data = xAdapter.extract(quoted, new URL('https://x.com/home'));
    expect(data.author).toEqual({ handle: 'quoted_one', name: 'Quoted' });
    expect(data.permalink).toBe('https://x.com/quoted_one/status/5');
    expect(data.media).toEqual([{ type: 'image', url: 'https://pbs.twimg.com/media/quoted_one.jpg' }]);
  });
});

describe('xAdapter.explainNoPost', () => {
  const explain = (body: string) =>
    xAdapter.explainNoPost?.(
      open(`<!doctype html><html><body>${body}</body></html>`, 'https://x.com/a/status/1'),
    ) ?? null;

  it('recognises a deleted or unavailable post', () => {
    expect(explain('<div data-testid="error-detail"><span>Hmm...this page doesn’t exist.</span></div>')).toBe(
      'post-unavailable',
    );
  });

  it('recognises the logged-out wall, but not on a page that shows posts', () => {
    expect(explain('<a href="/login" data-testid="loginButton">Log in</a>')).toBe('login-wall');
    expect(
      explain(
        '<a data-testid="loginButton">Log in</a><article data-testid="tweet"><div>post</div></article>',
      ),
    ).toBeNull();
    expect(explain('<main><p>Something else</p></main>')).toBeNull();
  });
});

describe('xAdapter long-form articles and photos without their test id', () => {
  const photoLink = (href: string, src = 'https://pbs.twimg.com/media/p1.jpg') =>
    `<a href="${href}"><div aria-label="Image"><img alt="Image" src="${src}"></div></a>`;

  it('counts a photo by the post’s own /photo/ link, not another post’s nor a non-media picture', () => {
    const own = photoLink('/real_author/status/111/photo/1');
    const other = photoLink('/someone/status/222/photo/1');
    const avatar = photoLink('/real_author/status/111/photo/2', 'https://pbs.twimg.com/profile_images/a.jpg');
    const data = extractAt(tweet({ after: own + other + avatar }), 'article');
    expect(data.media).toEqual([{ type: 'image', url: 'https://pbs.twimg.com/media/p1.jpg' }]);
  });

  it('reads an article’s title and body; links in the body make neither a reply nor a permalink', () => {
    const body =
      '<div data-testid="twitter-article-title">Title</div><div data-testid="twitterArticleRichTextView"><div data-block="true">First <a href="/someone">@someone</a></div><div data-block="true"><a href="/other/status/9"><time datetime="2001-01-01T00:00:00.000Z">x</time></a></div></div>';
    const html = tweet({ href: null }).replace(/<div dir="auto" data-testid="tweetText">.*?<\/div>/, body);
    const data = extractAt(html, 'article');
    expect(data).toMatchObject({ kind: 'post', permalink: null, text: 'Title First @someone x' });
    expect(data.publishedAt).toBe('2024-05-01T10:00:00.000Z');
    expect(data.foundBy.text).toBe('article title and rich text');
  });
});
