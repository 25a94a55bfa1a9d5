import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../utils/platforms';
import { threadsAdapter } from '../../../utils/platforms/threads';
import { adapterTestBed, describeCasesInDom, expectHosts } from './run-cases-in-dom';

describeCasesInDom('Threads', 'threads');

// Minimal Threads posts with its stable hooks: the pressable container, /@user links, the
// /@user/post/<code> link around a time, the text in span[dir=auto].
interface PostParts {
  user?: string;
  code?: string;
  href?: string;
  text?: string;
  after?: string;
}

function post(parts: PostParts = {}): string {
  const { user = 'real.user', code = 'REAL1' } = parts;
  const href = parts.href ?? `/@${user}/post/${code}`;
  return `<div data-pressable-container="true"><a href="/@${user}"><img alt="${user}'s profile picture" src="https://scontent.cdninstagram.com/a.jpg"></a><div><a href="/@${user}"><span dir="auto"><span>${user}</span></span></a><span dir="auto"><a href="${href}"><time datetime="2024-07-01T10:00:00.000Z">1d</time></a></span></div><div><span dir="auto">${parts.text ?? 'Hello'}</span></div>${parts.after ?? ''}<div role="button"><span dir="auto">12</span></div></div>`;
}

const { open, extractAt } = adapterTestBed(threadsAdapter, 'https://www.threads.com/');

describe('threadsAdapter hosts and permalinks', () => {
  it('serves threads.net and threads.com, with or without www.', () => {
    expectHosts(threadsAdapter, {
      serves: [
        'https://threads.net/',
        'https://www.threads.net/@a',
        'https://threads.com/',
        'https://www.threads.com/@a/post/X',
      ],
      refuses: ['https://threads.com.evil.example/', 'https://www.instagram.com/', 'ftp://www.threads.net/'],
    });
  });

  it('is not picked on another host whose page forges Threads markup', () => {
    const doc = open(post(), 'https://evil.example/@real.user/post/REAL1');
    expect(adapterForPage(new URL('https://evil.example/@real.user/post/REAL1'), doc)?.id).not.toBe(
      'threads',
    );
  });

  it.each([
    [
      'https://threads.net/',
      '/@real.user/post/REAL1?xmt=AQGz',
      'https://www.threads.net/@real.user/post/REAL1',
    ],
    [
      'https://www.threads.net/',
      '/@real.user/post/REAL1/media',
      'https://www.threads.net/@real.user/post/REAL1',
    ],
    [
      'https://threads.com/@real.user',
      '/@real.user/post/REAL1',
      'https://www.threads.com/@real.user/post/REAL1',
    ],
    [
      'https://www.threads.com/',
      'https://threads.net/@real.user/post/REAL1',
      'https://www.threads.net/@real.user/post/REAL1',
    ],
  ])('on %s, the time link %s is the permalink %s', (url, href, expected) => {
    const data = extractAt(post({ href }), 'div[data-pressable-container]', url);
    expect([data.permalink, data.author.handle]).toEqual([expected, 'real.user']);
  });

  it('takes no permalink from a link to another site', () => {
    const data = extractAt(post({ href: 'https://evil.example/@real.user/post/REAL1' }), 'time');
    expect(data.permalink).toBeNull();
    expect(data.foundBy['author.handle']).toBe('first profile link');
  });
});

describe('threadsAdapter posts and replies', () => {
  const thread = [
    post({ user: 'parent', code: 'P1', text: 'Parent' }),
    post({ user: 'focus', code: 'F2', text: 'Focused' }),
    post({ user: 'later', code: 'L3', text: 'Later' }),
  ].join('');

  it.each([
    [0, 'post', 'default'],
    [1, 'reply', 'post page, below a parent post'],
    [2, 'reply', 'post page, after the focused post'],
  ])('on a post page, container %i is a %s (%s)', (index, kind, by) => {
    const data = extractAt(
      thread,
      'div[data-pressable-container]',
      'https://www.threads.com/@focus/post/F2',
      index,
    );
    expect([data.kind, data.foundBy.kind]).toEqual([kind, by]);
  });

  it('reads every post of a feed as a post', () => {
    expect(extractAt(thread, 'div[data-pressable-container]', 'https://www.threads.com/', 2).kind).toBe(
      'post',
    );
  });

  it('keeps a quoted post apart from the post quoting it', () => {
    const html = post({ after: post({ user: 'quoted', code: 'Q9', text: 'Inner words' }) });
    const outer = extractAt(html, 'div[data-pressable-container]');
    expect([outer.permalink, outer.text]).toEqual(['https://www.threads.com/@real.user/post/REAL1', 'Hello']);
    const inner = extractAt(
      html,
      'div[data-pressable-container] div[data-pressable-container] span[dir="auto"]',
      undefined,
      2,
    );
    expect([inner.permalink, inner.author.handle, inner.text]).toEqual([
      'https://www.threads.com/@quoted/post/Q9',
      'quoted',
      'Inner words',
    ]);
  });

  it('leaves every field empty on a bare container, without throwing', () => {
    expect(extractAt('<div data-pressable-container="true"></div>', 'div')).toEqual({
      kind: 'post',
      permalink: null,
      author: { handle: null, name: null },
      publishedAt: null,
      text: '',
      media: [],
      foundBy: { kind: 'default' },
    });
  });

  it('finds no post outside a container', () => {
    const doc = open(`<nav id="side">Home</nav>${post()}`);
    expect(threadsAdapter.findPost(doc.querySelector('#side') as Element)).toBeNull();
  });
});

describe('threadsAdapter page obstacles', () => {
  it('recognises the login wall', () => {
    expect(
      threadsAdapter.explainNoPost?.(
        open('<form><input autocomplete="username"><input type="password"></form>'),
      ),
    ).toBe('login-wall');
    expect(threadsAdapter.explainNoPost?.(open('<div role="main"></div>'))).toBeNull();
  });
});

describe('threadsAdapter against hostile posts', () => {
  const forged = `<a href="/@someone.else">@someone.else</a> wrote <a href="/@someone.else/post/OTHER"><span>this</span></a><div data-pressable-container="true"><a href="/@evil"><img src="https://scontent.cdninstagram.com/evil.jpg"></a></div>`;

  it('keeps author, permalink and media when the text imitates an author line and links other posts', () => {
    const data = extractAt(post({ text: forged }), 'div[data-pressable-container]');
    expect(data.author.handle).toBe('real.user');
    expect(data.permalink).toBe('https://www.threads.com/@real.user/post/REAL1');
    expect([data.text, data.media]).toEqual(['@someone.else wrote this', []]);
  });

  it('captures the real post when the right-click lands in a container forged inside the text', () => {
    const doc = open(post({ text: forged }));
    const found = threadsAdapter.findPost(
      doc.querySelector('span[dir="auto"] div[data-pressable-container] img') as Element,
    );
    expect(found?.querySelector('time')).not.toBeNull();
  });

  it('names the author from og:title only for the page’s own post', () => {
    const head =
      '<meta property="og:title" content="Real Person (@real.user) on Threads"><meta property="og:url" content="https://www.threads.com/@real.user/post/REAL1">';
    const url = 'https://www.threads.com/@real.user/post/REAL1';
    expect(extractAt(head + post(), 'time', url).author.name).toBe('Real Person');
    expect(extractAt(head + post({ code: 'OTHER2' }), 'time', url).author.name).toBeNull();
  });
});

describe('threadsAdapter on a logged-out post page (server-rendered data)', () => {
  const url = 'https://www.threads.com/@shown.user/post/CODE1';
  const data = (post: Record<string, unknown>) =>
    `<script type="application/json" data-sjs>${JSON.stringify({ a: [{ b: { thread_items: [{ post }] } }] })}</script>`;
  const block = (text: string) =>
    `<div id="block"><a href="/@shown.user"><span dir="auto">shown.user</span></a><div><span dir="auto" id="text">${text}</span></div></div>`;
  const base = {
    code: 'CODE1',
    taken_at: 1700000000,
    user: { username: 'shown.user' },
    caption: { text: 'From the data' },
  };

  it('reads a carousel of a picture and a video from the data', () => {
    const post = {
      ...base,
      carousel_media: [
        { image_versions2: { candidates: [{ url: 'https://scontent.cdninstagram.com/1.jpg' }] } },
        { video_versions: [{ url: 'https://scontent.cdninstagram.com/2.mp4' }] },
      ],
    };
    const result = extractAt(block('shown words') + data(post), '#text', url);
    expect(result).toMatchObject({
      kind: 'post',
      permalink: 'https://www.threads.com/@shown.user/post/CODE1',
      author: { handle: 'shown.user' },
      publishedAt: '2023-11-14T22:13:20.000Z',
      text: 'From the data',
      media: [
        { type: 'image', url: 'https://scontent.cdninstagram.com/1.jpg' },
        { type: 'video', url: 'https://scontent.cdninstagram.com/2.mp4' },
      ],
    });
    expect(result.foundBy.text).toBe('server-rendered data of the post page');
  });

  it('finds no post without data for the page’s own code, or off a post page', () => {
    const other = open(block('x') + data({ ...base, code: 'OTHER' }), url);
    expect(threadsAdapter.findPost(other.querySelector('#text') as Element)).toBeNull();
    const feed = open(block('x') + data(base), 'https://www.threads.com/');
    expect(threadsAdapter.findPost(feed.querySelector('#text') as Element)).toBeNull();
  });

  it('refuses a bad date and media at non-web addresses, without throwing', () => {
    const post = {
      ...base,
      taken_at: 1e20,
      image_versions2: { candidates: [{ url: 'javascript:alert(1)' }] },
    };
    const result = extractAt(block('x') + data(post), '#text', url);
    expect([result.publishedAt, result.media]).toEqual([null, []]);
  });
});
