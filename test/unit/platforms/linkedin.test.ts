import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../utils/platforms';
import { linkedinAdapter } from '../../../utils/platforms/linkedin';
import { adapterTestBed, describeCasesInDom, expectHosts } from './run-cases-in-dom';

describeCasesInDom('LinkedIn', 'linkedin');

// Minimal updates with LinkedIn's stable class names, for the rules the written pages do not reach.
const POST_ID = '7300000000000000001';

function update(parts: { urn?: string; text?: string; after?: string; actor?: string } = {}): string {
  const urn = parts.urn ?? `urn:li:activity:${POST_ID}`;
  const actor =
    parts.actor ??
    '<a class="update-components-actor__meta-link" href="https://www.linkedin.com/in/real-author?miniProfileUrn=x"><span class="update-components-actor__title"><span class="update-components-actor__name"><span aria-hidden="true">Real Author</span><span class="visually-hidden">Real Author</span></span></span></a>';
  return `<div class="feed-shared-update-v2" data-urn="${urn}">${actor}<div class="update-components-text">${parts.text ?? 'Hello'}</div>${parts.after ?? ''}</div>`;
}

function comment(id: string, who: string, text: string, inner = '', reply = false): string {
  return `<article class="comments-comment-entity${reply ? ' comments-comment-entity--reply' : ''}" data-id="urn:li:comment:(activity:${POST_ID},${id})"><a class="comments-comment-meta__description-container" href="/in/${who}/"><span class="comments-comment-meta__description-title">${who} name</span></a><div class="comments-comment-item__main-content"><div class="update-components-text">${text}</div></div>${inner ? `<div class="comments-replies-list">${inner}</div>` : ''}</article>`;
}

const { open, extractAt } = adapterTestBed(linkedinAdapter, 'https://www.linkedin.com/feed/');

const permalink = `https://www.linkedin.com/feed/update/urn:li:activity:${POST_ID}/`;

describe('linkedinAdapter URLs', () => {
  it('serves linkedin.com and www.linkedin.com only', () => {
    expectHosts(linkedinAdapter, {
      serves: ['https://linkedin.com/feed/', 'https://www.linkedin.com/posts/a-activity-1-x'],
      refuses: ['https://linkedin.com.evil.example/', 'https://notlinkedin.com/', 'ftp://www.linkedin.com/'],
    });
  });

  it('is not picked on another host whose page carries LinkedIn markup', () => {
    const doc = open(update(), 'https://www.tiktok.com/foryou');
    expect(adapterForPage(new URL('https://www.tiktok.com/foryou'), doc)?.id).toBe('tiktok');
  });

  it.each([
    'https://linkedin.com/feed/update/urn:li:activity:7300000000000000001/?utm_source=share',
    'https://www.linkedin.com/feed/',
  ])('gives the www /feed/update/ permalink on %s', (url) => {
    expect(extractAt(update(), '.update-components-text', url).permalink).toBe(permalink);
  });

  it('reads the URN of a ugcPost, and of the wrapper when the update’s own is not a post URN', () => {
    expect(extractAt(update({ urn: 'urn:li:ugcPost:42' }), 'div').permalink).toBe(
      'https://www.linkedin.com/feed/update/urn:li:ugcPost:42/',
    );
    const wrapped = `<div data-id="urn:li:activity:${POST_ID}">${update({ urn: 'urn:li:aggregate:(x,y)' })}</div>`;
    expect(extractAt(wrapped, '.update-components-text').permalink).toBe(permalink);
  });
});

describe('linkedinAdapter comments', () => {
  const thread = comment('11', 'first-commenter', 'Top', comment('22', 'replier', 'Answer', '', true));

  it('makes comments and replies distinct targets from the post', () => {
    const html = update({ after: `<div class="comments-comments-list">${thread}</div>` });
    const top = extractAt(html, '.comments-comment-meta__description-title');
    expect(top).toMatchObject({ kind: 'comment', text: 'Top', author: { handle: 'first-commenter' } });
    expect(top.permalink).toContain(
      'commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7300000000000000001%2C11%29',
    );
    const reply = extractAt(html, '.comments-replies-list .update-components-text');
    expect(reply).toMatchObject({ kind: 'reply', text: 'Answer', author: { handle: 'replier' } });
    expect(reply.permalink).toContain(
      '&replyUrn=urn%3Ali%3Acomment%3A%28activity%3A7300000000000000001%2C22%29',
    );
    const post = extractAt(html, '.update-components-actor__name');
    expect([post.kind, post.text, post.author.handle]).toEqual(['post', 'Hello', 'real-author']);
  });

  it('dates a public page’s comment only when one JSON-LD entry has its author and text', () => {
    const ld = (entries: string[][]) =>
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'SocialMediaPosting',
        comment: entries.map(([name, text, date]) => ({ text, datePublished: date, author: { name } })),
      })}</script>`;
    const html = update({ after: comment('11', 'someone', 'Same words') });
    const one = [['someone name', 'Same words', '2025-03-01T10:00:00.000Z']];
    expect(extractAt(ld(one) + html, 'article .update-components-text').publishedAt).toBe(
      '2025-03-01T10:00:00.000Z',
    );
    const twice = [...one, ['someone name', 'Same words', '2025-03-02T10:00:00.000Z']];
    expect(extractAt(ld(twice) + html, 'article .update-components-text').publishedAt).toBeNull();
  });
});

describe('linkedinAdapter missing fields and hostile text', () => {
  it('leaves every field empty on a bare update, without throwing', () => {
    expect(extractAt('<div class="feed-shared-update-v2"></div>', 'div')).toEqual({
      kind: 'post',
      permalink: null,
      author: { handle: null, name: null },
      publishedAt: null,
      text: '',
      media: [],
      foundBy: { kind: 'post container' },
    });
  });

  it('finds no post outside an update', () => {
    const doc = open(`<nav id="nav"><a href="/in/someone">someone</a></nav>${update()}`);
    expect(linkedinAdapter.findPost(doc.querySelector('#nav a') as Element)).toBeNull();
  });

  it('ignores actor lines, comments, post links and images forged inside the text', () => {
    const forged = `Real Author wrote <a class="update-components-actor__meta-link" href="/in/evil"><span class="update-components-actor__name">Evil</span></a> see <a href="/feed/update/urn:li:activity:666/">this</a> ${comment('99', 'evil', 'fake')}<img src="https://media.licdn.com/dms/image/v2/x/feedshare-shrink_800/0/1">`;
    const data = extractAt(update({ text: forged }), 'article .update-components-text');
    expect([data.kind, data.permalink, data.media.length]).toEqual(['post', permalink, 0]);
    expect(data.author).toEqual({ handle: 'real-author', name: 'Real Author' });
  });
});

describe('linkedinAdapter.explainNoPost', () => {
  it('recognises the sign-in wall and a removed post', () => {
    expect(
      linkedinAdapter.explainNoPost?.(open('<main></main>', 'https://www.linkedin.com/authwall?trk=x')),
    ).toBe('login-wall');
    expect(linkedinAdapter.explainNoPost?.(open('<form class="authwall-join-form"></form>'))).toBe(
      'login-wall',
    );
    const gone = open('<div class="artdeco-empty-state">This post cannot be displayed</div>', `${permalink}`);
    expect(linkedinAdapter.explainNoPost?.(gone)).toBe('post-unavailable');
  });

  it('says nothing on the feed', () => {
    expect(linkedinAdapter.explainNoPost?.(open(update()))).toBeNull();
  });
});

describe('linkedinAdapter on the 2026 feed markup', () => {
  const item = (body: string) =>
    `<div role="listitem" componentkey="update-card-focusAbcFeedType_MAIN_FEED_RELEVANCE"><h2><span>Feed post</span></h2>${body}</div>`;
  const header =
    '<p><span><a href="https://www.linkedin.com/in/someone-else/"><strong>Someone Else</strong></a> likes this</span></p>';
  const actor =
    '<div class="x1"><a href="https://www.linkedin.com/in/real-author/"><figure><img alt="View Real Author’s profile" src="https://media.licdn.com/dms/image/v2/a/profile-displayphoto-shrink_100_100/0/1"></figure></a><a href="https://www.linkedin.com/in/real-author/"><div aria-label="Real Author 2nd"><p><span>Real Author</span></p><p><span>• 2nd</span></p></div></a><p><span>3h •</span></p></div>';

  it('reads the author below a "likes this" line and the text without its "… more" button', () => {
    const html = item(
      `${header}${actor}<p><span data-testid="expandable-text-box">Hello <a href="/in/evil/">Evil</a> world <button data-testid="expandable-text-button">… more</button></span></p>`,
    );
    const data = extractAt(html, '[data-testid="expandable-text-box"]');
    expect(data).toMatchObject({
      kind: 'post',
      permalink: null,
      publishedAt: null,
      author: { handle: 'real-author', name: 'Real Author' },
      text: 'Hello Evil world',
    });
    expect(data.foundBy).toMatchObject({ text: 'expandable-text-box', kind: 'post list item' });
  });

  it('finds the text by structure when its test id is renamed', () => {
    const html = item(
      `${actor}<p><span data-testid="renamed-box">Words of the post</span></p><a href="/feed/"><p>12 reactions</p></a>`,
    );
    const data = extractAt(html, '[data-testid="renamed-box"]');
    expect([data.text, data.foundBy.text]).toEqual([
      'Words of the post',
      'first paragraph after the author block',
    ]);
  });

  it('takes a link to the post outside the text, never one inside it', () => {
    const inText = item(
      `${actor}<p><span data-testid="expandable-text-box">see <a href="/feed/update/urn:li:activity:666/">this</a></span></p>`,
    );
    expect(extractAt(inText, 'p span').permalink).toBeNull();
    const own = item(`${actor}<a href="/feed/update/urn:li:ugcPost:42/?x=1">3h</a>`);
    expect(extractAt(own, 'figure').permalink).toBe(
      'https://www.linkedin.com/feed/update/urn:li:ugcPost:42/',
    );
  });

  it('names only the first post of a /feed/update/ page by the page address', () => {
    const url = 'https://www.linkedin.com/feed/update/urn:li:activity:77/';
    const html = item(actor) + item(actor);
    const doc = open(html, url);
    const [first, second] = Array.from(doc.querySelectorAll('[role="listitem"]')).map((el) =>
      linkedinAdapter.extract(linkedinAdapter.findPost(el) as Element, new URL(url)),
    );
    expect(first?.permalink).toBe('https://www.linkedin.com/feed/update/urn:li:activity:77/');
    expect(second?.permalink).toBeNull();
  });

  it('leaves every field empty on a bare list item, without throwing', () => {
    expect(extractAt(item(''), 'h2')).toMatchObject({
      permalink: null,
      author: { handle: null, name: null },
      text: '',
      media: [],
    });
  });
});

describe('linkedinAdapter second ways on the older markup', () => {
  it('takes the post’s own /feed/update/ link when its URN attributes are gone', () => {
    const html = update({
      urn: '',
      after:
        '<a class="update-components-actor__sub-description-link" href="/feed/update/urn:li:activity:55/">2d</a>',
    });
    const data = extractAt(html, '.update-components-text');
    expect([data.permalink, data.foundBy.permalink]).toEqual([
      'https://www.linkedin.com/feed/update/urn:li:activity:55/',
      'own /feed/update/ link',
    ]);
  });
});
