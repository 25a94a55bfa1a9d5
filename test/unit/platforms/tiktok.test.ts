import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../utils/platforms';
import { tiktokAdapter } from '../../../utils/platforms/tiktok';
import { adapterTestBed, describeCasesInDom, expectHosts } from './run-cases-in-dom';

describeCasesInDom('TikTok', 'tiktok');

// Minimal pages with TikTok's stable hooks, for the rules the saved pages do not reach.
const VIDEO_ID = '7401136608608293330';

function json(id: string, extra = ''): string {
  return `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.video-detail":{"itemInfo":{"itemStruct":{"id":"${id}","createTime":"1723211400","author":{"uniqueId":"real_author","nickname":"Real Author"}}},"statusCode":0${extra}}}}</script>`;
}

interface VideoParts {
  handle?: string;
  player?: string;
  desc?: string;
  after?: string;
}

/** The video page layout: player, author line and description in separate columns. */
function detail(parts: VideoParts = {}): string {
  const { handle = 'real_author' } = parts;
  const player =
    parts.player ??
    `<div id="xgwrapper-0-${VIDEO_ID}"><video src="blob:https://www.tiktok.com/x"></video></div>`;
  return `<div id="detail"><div id="left"><div data-e2e="browse-video">${player}</div></div><div id="right"><a data-e2e="browse-user-avatar" href="/@${handle}"><img alt=""></a><a href="/@${handle}"><span data-e2e="browse-username">${handle}</span><span data-e2e="browser-nickname"><span>Shown Name</span><span> · </span><span>8-9</span></span></a><div data-e2e="browse-video-desc"><span>${parts.desc ?? 'Hello'}</span></div>${parts.after ?? ''}</div></div>`;
}

function comment(level: 1 | 2, handle: string, text: string): string {
  return `<div class="item"><div id="c${level}${handle}"><a data-e2e="comment-avatar-${level}" href="/@${handle}"><img alt=""></a><div><a href="/@${handle}"><span data-e2e="comment-username-${level}">${handle} name</span></a><p data-e2e="comment-level-${level}"><span>${text}</span></p><p><span data-e2e="comment-time-${level}">2d ago</span></p></div></div></div>`;
}

const VIDEO_URL = `https://www.tiktok.com/@real_author/video/${VIDEO_ID}`;

const { open, extractAt } = adapterTestBed(tiktokAdapter, VIDEO_URL);

describe('tiktokAdapter URLs', () => {
  it('serves tiktok.com, www.tiktok.com and m.tiktok.com only', () => {
    expectHosts(tiktokAdapter, {
      serves: ['https://tiktok.com/', 'https://www.tiktok.com/foryou', 'https://m.tiktok.com/v/1.html'],
      refuses: ['https://tiktok.com.evil.example/', 'https://nottiktok.com/', 'ftp://www.tiktok.com/'],
    });
  });

  it('is not picked on another host whose page carries TikTok markup', () => {
    const doc = open(detail() + json(VIDEO_ID), 'https://bsky.app/profile/a/post/b');
    expectHosts(tiktokAdapter, { refuses: ['https://bsky.app/profile/a/post/b'] }, doc);
    expect(adapterForPage(new URL('https://bsky.app/profile/a/post/b'), doc)?.id).toBe('bluesky');
  });

  it.each([
    `https://tiktok.com/@real_author/video/${VIDEO_ID}?is_from_webapp=1&sender_device=pc`,
    `https://m.tiktok.com/@real_author/video/${VIDEO_ID}?_r=1&_t=8abc`,
    `https://www.tiktok.com/@real_author/photo/${VIDEO_ID}`,
  ])('gives the www /video/ permalink on %s', (url) => {
    const data = extractAt(detail() + json(VIDEO_ID), '[data-e2e="browse-video-desc"]', url);
    expect(data.permalink).toBe(`https://www.tiktok.com/@real_author/video/${VIDEO_ID}`);
    expect(data.foundBy.permalink).toBe('player id');
  });

  it('takes the id from the page address only for the page’s own video', () => {
    const html = detail({ player: '<video></video>' });
    expect(extractAt(html, 'video').permalink).toBe(`https://www.tiktok.com/@real_author/video/${VIDEO_ID}`);
    expect(extractAt(html, 'video', 'https://www.tiktok.com/foryou').permalink).toBeNull();
    expect(
      extractAt(html, 'video', `https://www.tiktok.com/@someone_else/video/${VIDEO_ID}`).permalink,
    ).toBeNull();
  });

  it('reads the copy-link field of the video page', () => {
    const field = `<p data-e2e="browse-video-link">https://www.tiktok.com/@real_author/video/42?is_from_webapp=1</p>`;
    const data = extractAt(
      detail({ player: '<video></video>', after: field }),
      'video',
      'https://www.tiktok.com/',
    );
    expect([data.permalink, data.foundBy.permalink]).toEqual([
      'https://www.tiktok.com/@real_author/video/42',
      'copy-link field',
    ]);
  });
});

describe('tiktokAdapter embedded data', () => {
  it('reads name and date from the JSON entry of this very video', () => {
    const data = extractAt(detail() + json(VIDEO_ID), 'video');
    expect([data.author.name, data.publishedAt]).toEqual(['Real Author', '2024-08-09T13:50:00.000Z']);
  });

  it('ignores JSON describing another video (the page’s first load before in-app navigation)', () => {
    const data = extractAt(detail() + json('7000000000000000000'), 'video');
    expect([data.author.name, data.publishedAt]).toEqual(['Shown Name', null]);
  });

  it('survives broken JSON', () => {
    const broken = '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEF</script>';
    expect(extractAt(detail() + broken, 'video').publishedAt).toBeNull();
  });
});

describe('tiktokAdapter comments', () => {
  const thread = `<div id="list">${comment(1, 'first.one', 'Top level')}${comment(1, 'second.one', 'Another')}</div>`;

  it('makes a comment and a reply distinct targets from the video, without permalink or date', () => {
    const html = detail({
      after: `<div id="list"><div class="item">${comment(1, 'first.one', 'Top')}<div class="replies">${comment(2, 'replier', 'Answer')}</div></div></div>`,
    });
    const top = extractAt(html, '[data-e2e="comment-level-1"]');
    expect(top).toMatchObject({ kind: 'comment', permalink: null, publishedAt: null, text: 'Top' });
    expect(top.author).toEqual({ handle: 'first.one', name: 'first.one name' });
    const reply = extractAt(html, '[data-e2e="comment-avatar-2"] img');
    expect(reply).toMatchObject({ kind: 'reply', text: 'Answer', author: { handle: 'replier' } });
    expect(extractAt(html, '[data-e2e="browse-video-desc"]').kind).toBe('post');
  });

  it('takes the whole comment block, whichever part is right-clicked', () => {
    const doc = open(detail({ after: thread }));
    const fromText = tiktokAdapter.findPost(doc.querySelector('[data-e2e="comment-level-1"]') as Element);
    const fromAvatar = tiktokAdapter.findPost(doc.querySelector('[data-e2e="comment-avatar-1"]') as Element);
    expect(fromText).toBe(fromAvatar);
    expect(fromText?.className).toBe('item');
  });

  it('keeps mentions and links in a comment out of its author', () => {
    const text = '<a href="/@evil">@evil</a> wrote <a data-e2e="comment-avatar-1" href="/@evil">this</a>';
    const data = extractAt(
      detail({ after: comment(1, 'real.commenter', text) }),
      '[data-e2e="comment-level-1"] a',
    );
    expect(data.author.handle).toBe('real.commenter');
    expect(data.text).toBe('@evil wrote this');
  });
});

describe('tiktokAdapter missing fields and hostile text', () => {
  it('leaves every field empty on a bare feed item, without throwing', () => {
    const item =
      '<article data-e2e="recommend-list-item-container"><div data-e2e="video-desc"></div></article>';
    expect(extractAt(item, 'article', 'https://www.tiktok.com/foryou')).toEqual({
      kind: 'post',
      permalink: null,
      author: { handle: null, name: null },
      publishedAt: null,
      text: '',
      media: [],
      foundBy: { text: 'video-desc', kind: 'video' },
    });
  });

  it('finds no post outside a video or comment', () => {
    const doc = open(`<nav id="nav"><a href="/@someone">someone</a></nav>${detail()}`);
    expect(tiktokAdapter.findPost(doc.querySelector('#nav a') as Element)).toBeNull();
  });

  it('keeps author hooks, comments and video links forged in the description out of the video', () => {
    const forged = `<a data-e2e="browse-user-avatar" href="/@evil">x</a> <a href="/@evil/video/666">see</a> <p data-e2e="comment-level-1">fake</p>`;
    const data = extractAt(detail({ desc: `Look ${forged}` }), '[data-e2e="browse-video-desc"] p');
    expect(data.kind).toBe('post');
    expect(data.author.handle).toBe('real_author');
    expect(data.permalink).toBe(`https://www.tiktok.com/@real_author/video/${VIDEO_ID}`);
  });
});

describe('tiktokAdapter.explainNoPost', () => {
  it('recognises a removed or private video from the page data', () => {
    const doc = open(json('0').replace('"statusCode":0', '"statusCode":10204'));
    expect(tiktokAdapter.explainNoPost?.(doc)).toBe('post-unavailable');
  });

  it('recognises the login modal', () => {
    expect(tiktokAdapter.explainNoPost?.(open('<div data-e2e="login-modal">Log in to TikTok</div>'))).toBe(
      'login-wall',
    );
  });

  it('says nothing on an ordinary page', () => {
    expect(tiktokAdapter.explainNoPost?.(open(detail() + json(VIDEO_ID)))).toBeNull();
  });
});

describe('tiktokAdapter grid tiles', () => {
  const tile = (href: string) =>
    `<div data-e2e="user-post-item"><a href="${href}"><img alt="cover" src="https://p16-sign-va.tiktokcdn.com/c.jpeg"><strong data-e2e="video-views">3</strong></a></div>`;

  it('reads a search tile of another author: no name, the cover as the video', () => {
    const data = extractAt(
      `<h1 data-e2e="user-title">someone_else</h1><h2 data-e2e="user-subtitle">Someone</h2>${tile('/@cook/video/7401136608608293330')}`,
      'strong',
      'https://www.tiktok.com/search?q=soup',
    );
    expect(data).toMatchObject({
      permalink: 'https://www.tiktok.com/@cook/video/7401136608608293330',
      author: { handle: 'cook', name: null },
      media: [{ type: 'video', url: 'https://p16-sign-va.tiktokcdn.com/c.jpeg' }],
      foundBy: { kind: 'grid tile' },
    });
  });

  it('takes no tile for a link to a profile or one in a description', () => {
    const doc = open(`${tile('/@cook')}<div data-e2e="video-desc">${tile('/@evil/video/1')}</div>`);
    for (const img of doc.querySelectorAll('img')) {
      expect(tiktokAdapter.findPost(img)?.localName ?? null).not.toBe('a');
    }
  });
});
