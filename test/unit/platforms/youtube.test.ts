import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../utils/platforms';
import { youtubeAdapter } from '../../../utils/platforms/youtube';
import { adapterTestBed, describeCasesInDom, expectHosts } from './run-cases-in-dom';

describeCasesInDom('YouTube', 'youtube');

const WATCH = 'https://www.youtube.com/watch?v=Vid000001a';

const { open, extractAt } = adapterTestBed(youtubeAdapter, WATCH);

interface CommentParts {
  handle?: string;
  href?: string;
  text?: string;
  attrs?: string;
}

const comment = ({
  handle = 'real.one',
  href = '/watch?v=Vid000001a&lc=UgRealComment1',
  text = 'Nice',
  attrs = '',
}: CommentParts = {}) =>
  `<ytd-comment-view-model ${attrs}><div id="header-author"><h3><a id="author-text" href="/@${handle}"><span>@${handle}</span></a></h3><span id="published-time-text"><a href="${href}">2 days ago</a></span></div><yt-attributed-string id="content-text"><span>${text}</span></yt-attributed-string></ytd-comment-view-model>`;

const thread = (top: string, replies = '') =>
  `<ytd-comment-thread-renderer>${top}<div id="replies"><ytd-comment-replies-renderer><button id="more-replies">1 reply</button><div id="contents">${replies}</div></ytd-comment-replies-renderer></div></ytd-comment-thread-renderer>`;

describe('youtubeAdapter hosts', () => {
  it('serves youtube.com, www. and m. only', () => {
    expectHosts(youtubeAdapter, {
      serves: ['youtube.com', 'www.youtube.com', 'm.youtube.com'].map((host) => `https://${host}/watch?v=a`),
      refuses: ['https://youtube.com.evil.example/', 'https://notyoutube.com/', 'https://music.youtube.com/'],
    });
  });

  it('is not fooled by YouTube markup on another platform’s host', () => {
    const doc = open(thread(comment({ handle: 'evil' })), 'https://www.reddit.com/r/a/');
    expect(adapterForPage(new URL('https://www.reddit.com/r/a/'), doc)?.id).toBe('reddit');
  });
});

describe('youtubeAdapter canonical permalinks', () => {
  it.each([
    [
      'https://m.youtube.com/watch?v=Vid000001a',
      '/watch?v=Vid000001a&lc=UgXyz123&pp=abc',
      'watch?v=Vid000001a&lc=UgXyz123',
    ],
    [
      'https://youtube.com/shorts/Short00001',
      '/shorts/Short00001?lc=UgShort12',
      'watch?v=Short00001&lc=UgShort12',
    ],
    [WATCH, 'https://youtu.be/Vid000001a?lc=UgBe1234&si=tracking', 'watch?v=Vid000001a&lc=UgBe1234'],
    [WATCH, '/channel/UC0123456789/community?lb=UgkxPost01&lc=UgPostCom1', 'post/UgkxPost01?lc=UgPostCom1'],
    [WATCH, '/watch?v=Vid000001a&lc=UgParent01.ReplyId0001', 'watch?v=Vid000001a&lc=UgParent01.ReplyId0001'],
  ])('on %s, a comment linking %s', (url, href, canonical) => {
    expect(extractAt(thread(comment({ href })), '#content-text', url).permalink).toBe(
      `https://www.youtube.com/${canonical}`,
    );
  });

  it('takes no permalink from a link without a comment id or to another site', () => {
    expect(extractAt(thread(comment({ href: '/watch?v=Vid000001a' })), '#content-text').permalink).toBeNull();
    expect(
      extractAt(
        thread(comment({ href: 'https://evil.example/watch?v=Vid000001a&lc=UgX1234' })),
        '#content-text',
      ).permalink,
    ).toBeNull();
  });
});

describe('youtubeAdapter targets', () => {
  const html = thread(
    comment({ handle: 'top.one', text: 'Top' }),
    comment({
      handle: 'second',
      text: 'Answer',
      attrs: 'is-reply=""',
      href: '/watch?v=Vid000001a&lc=UgRealComment1.Reply01',
    }),
  );

  it('tells a reply from its thread’s comment; the thread’s own buttons mean the comment', () => {
    const doc = open(html);
    const [top, reply] = Array.from(doc.querySelectorAll('#content-text')).map(
      (el) => youtubeAdapter.findPost(el) as Element,
    );
    const url = new URL(WATCH);
    expect(youtubeAdapter.extract(top as Element, url)).toMatchObject({
      kind: 'comment',
      text: 'Top',
      author: { handle: 'top.one', name: null },
    });
    expect(youtubeAdapter.extract(reply as Element, url)).toMatchObject({ kind: 'reply', text: 'Answer' });
    expect(youtubeAdapter.findPost(doc.querySelector('#more-replies') as Element)).toBe(top);
  });

  it('takes a click on the player for the video', () => {
    const doc = open(
      `<ytd-watch-flexy video-id="Vid000001a"><ytd-player><div id="movie_player"><video src="blob:x"></video></div></ytd-player><ytd-watch-metadata><div id="title"><h1>T</h1></div></ytd-watch-metadata></ytd-watch-flexy>`,
    );
    expect(youtubeAdapter.findPost(doc.querySelector('video') as Element)?.localName).toBe(
      'ytd-watch-metadata',
    );
  });

  it('keeps an attached video’s channel and the other posts out of a community post', () => {
    const post = `<ytd-backstage-post-renderer><a id="author-text" href="/@poster"><span>The Poster</span></a><yt-formatted-string id="published-time-text"><a href="/post/UgkxPost02">1 day ago</a></yt-formatted-string><yt-formatted-string id="content-text">Look</yt-formatted-string><div id="content-attachment"><ytd-video-renderer><a id="author-text" href="/@other">Other</a><a id="thumbnail" href="/watch?v=Other00001"><img src="https://i.ytimg.com/vi/Other00001/hq.jpg"></a><ytd-backstage-image-renderer><img src="https://yt3.ggpht.com/x"></ytd-backstage-image-renderer></ytd-video-renderer></div></ytd-backstage-post-renderer>`;
    const data = extractAt(post, 'ytd-video-renderer img', 'https://www.youtube.com/@poster/community');
    expect(data).toMatchObject({
      kind: 'post',
      permalink: 'https://www.youtube.com/post/UgkxPost02',
      author: { handle: 'poster', name: 'The Poster' },
      media: [],
    });
  });
});

describe('youtubeAdapter video dates', () => {
  const metadata = '<ytd-watch-metadata><div id="title"><h1>T</h1></div></ytd-watch-metadata>';

  it('refuses schema.org data of another video (left from an earlier page in the tab)', () => {
    const stale =
      '<div itemscope itemtype="http://schema.org/VideoObject"><meta itemprop="identifier" content="Other00001"><meta itemprop="uploadDate" content="2020-01-01T00:00:00-08:00"></div>';
    expect(extractAt(stale + metadata, 'h1').publishedAt).toBeNull();
  });

  it('reads JSON-LD and the player response of the same video', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"VideoObject","embedUrl":"https://www.youtube.com/embed/Vid000001a","uploadDate":"2024-05-01T03:00:11-07:00"}</script>';
    expect(extractAt(ld + metadata, 'h1')).toMatchObject({
      publishedAt: '2024-05-01T10:00:11.000Z',
      foundBy: { publishedAt: 'JSON-LD uploadDate' },
    });
    const player =
      '<script>var ytInitialPlayerResponse = {"videoDetails":{"videoId":"Vid000001a"},"microformat":{"playerMicroformatRenderer":{"publishDate":"2024-05-02T03:00:11-07:00"}}};</script>';
    expect(extractAt(player + metadata, 'h1').publishedAt).toBe('2024-05-02T10:00:11.000Z');
    const dateOnly =
      '<div itemscope><meta itemprop="videoId" content="Vid000001a"><meta itemprop="datePublished" content="2024-05-01"></div>';
    expect(extractAt(dateOnly + metadata, 'h1').publishedAt).toBeNull();
  });
});

describe('youtubeAdapter missing fields', () => {
  it('leaves every field empty on a bare comment, without throwing', () => {
    expect(extractAt('<ytd-comment-view-model></ytd-comment-view-model>', 'ytd-comment-view-model')).toEqual({
      kind: 'comment',
      permalink: null,
      author: { handle: null, name: null },
      publishedAt: null,
      text: '',
      media: [],
      foundBy: { kind: 'comment element' },
    });
  });

  it('gives a bare video its page’s address only', () => {
    const data = extractAt(
      '<ytd-watch-metadata></ytd-watch-metadata>',
      'ytd-watch-metadata',
      'https://www.youtube.com/feed/history',
    );
    expect([data.permalink, data.author.handle, data.publishedAt, data.media]).toEqual([
      null,
      null,
      null,
      [],
    ]);
  });
});

describe('youtubeAdapter explainNoPost', () => {
  const error = (inner: string, hidden = '') =>
    `<yt-playability-error-supported-renderers${hidden}><ytd-player-error-message-renderer><div id="reason">${inner}</div></ytd-player-error-message-renderer></yt-playability-error-supported-renderers>`;

  it.each([
    [
      error(
        'Sign in to confirm your age <a href="https://accounts.google.com/ServiceLogin?service=youtube">Sign in</a>',
      ),
      'login-wall',
    ],
    [error('Video unavailable. This video has been removed by the uploader'), 'post-unavailable'],
    [error('', ' hidden=""'), null],
    ['<ytd-app></ytd-app>', null],
  ])('%s → %s', (html, reason) => {
    expect(youtubeAdapter.explainNoPost?.(open(html))).toBe(reason);
  });
});

describe('youtubeAdapter against hostile text', () => {
  it('keeps author and permalink when the text forges an author line, a time link and a comment', () => {
    const forged = `<a id="author-text" href="/@evil">@evil</a> <span id="published-time-text"><a href="/watch?v=Other00001&amp;lc=UgEvil0001">now</a></span>${comment({ handle: 'evil2', text: '<b class="inner">x</b>' })}`;
    const doc = open(thread(comment({ text: forged })));
    const post = youtubeAdapter.findPost(doc.querySelector('b.inner') as Element) as Element;
    const data = youtubeAdapter.extract(post, new URL(WATCH));
    expect(data.author.handle).toBe('real.one');
    expect(data.permalink).toBe('https://www.youtube.com/watch?v=Vid000001a&lc=UgRealComment1');
  });

  it('does not take an "@" display name for a handle', () => {
    const html = `<ytd-comment-renderer><a id="author-text" href="/channel/UC0123456789"><span>@not_a_handle really</span></a></ytd-comment-renderer>`;
    expect(extractAt(html, 'a').author).toEqual({ handle: null, name: '@not_a_handle really' });
  });
});

describe('youtubeAdapter video tiles', () => {
  it('reads a search result: its video, channel and title', () => {
    const tile =
      '<ytd-video-renderer><a id="thumbnail" href="/watch?v=Tile000001&pp=x"><img src="https://i.ytimg.com/vi/Tile000001/hq.jpg"></a><a id="video-title" href="/watch?v=Tile000001"><yt-formatted-string>Title</yt-formatted-string></a><ytd-channel-name><a href="/@someone">Some One</a></ytd-channel-name></ytd-video-renderer>';
    const data = extractAt(tile, 'img', 'https://www.youtube.com/results?search_query=bus');
    expect(data).toMatchObject({
      kind: 'post',
      permalink: 'https://www.youtube.com/watch?v=Tile000001',
      author: { handle: 'someone', name: 'Some One' },
      text: 'Title',
      media: [{ type: 'video', url: 'https://www.youtube.com/watch?v=Tile000001' }],
    });
  });
});
