import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../utils/platforms';
import { facebookAdapter } from '../../../utils/platforms/facebook';
import { adapterTestBed, describeCasesInDom, expectHosts } from './run-cases-in-dom';

describeCasesInDom('Facebook', 'facebook');

// Minimal Comet stories with Facebook's stable hooks, for the rules the saved pages do not reach.
interface StoryParts {
  author?: string;
  name?: string;
  href?: string;
  text?: string;
  after?: string;
}

function story(parts: StoryParts = {}): string {
  const {
    author = 'real.page',
    name = 'Real Page',
    href = '/real.page/posts/111?__cft__[0]=AZ&__tn__=%2CO',
  } = parts;
  return `<div role="article" aria-posinset="1" aria-labelledby="h1"><h4 id="h1"><a href="/${author}?__tn__=-UC"><strong>${name}</strong></a></h4><span><a href="${href}" role="link">3h</a></span><div data-ad-rendering-role="story_message"><div data-ad-comet-preview="message"><div dir="auto" style="text-align: start;">${parts.text ?? 'Hello'}</div></div></div>${parts.after ?? ''}</div>`;
}

function comment(id: string, who = 'ana.example', text = 'Nice', label = 'Comment by Ana'): string {
  return `<div role="article" aria-label="${label}"><a href="/${who}?comment_id=${id}"><span>${who} name</span></a><div dir="auto"><div dir="auto" style="text-align: start;">${text}</div></div><ul><li><a href="/real.page/posts/111?comment_id=${id}&__cft__[0]=AZ">2h</a></li><li><div role="button">Reply</div></li></ul></div>`;
}

const { open, extractAt } = adapterTestBed(facebookAdapter, 'https://www.facebook.com/');

describe('facebookAdapter hosts', () => {
  it('serves facebook.com and its front-ends only', () => {
    expectHosts(facebookAdapter, {
      serves: [
        'https://facebook.com/x',
        'https://www.facebook.com/',
        'https://m.facebook.com/story.php',
        'https://mbasic.facebook.com/',
        'https://web.facebook.com/',
      ],
      refuses: [
        'https://facebook.com.evil.example/',
        'https://notfacebook.com/',
        'ftp://www.facebook.com/',
        'https://www.instagram.com/',
      ],
    });
  });

  it('is not picked on another host whose page forges Facebook markup', () => {
    const doc = open(story(), 'https://evil.example/real.page/posts/111');
    expect(adapterForPage(new URL('https://evil.example/real.page/posts/111'), doc)?.id).not.toBe('facebook');
    expect(adapterForPage(new URL('https://x.com/home'), doc)?.id).toBe('x');
  });

  it.each([
    [
      'https://m.facebook.com/',
      '/story.php?story_fbid=123&id=456&refid=8&__tn__=%2As',
      'https://www.facebook.com/story.php?story_fbid=123&id=456',
    ],
    [
      'https://mbasic.facebook.com/',
      '/real.page/posts/pfbid0Ab?refid=52&__tn__=C-R',
      'https://www.facebook.com/real.page/posts/pfbid0Ab',
    ],
    [
      'https://web.facebook.com/',
      'https://web.facebook.com/groups/g1/posts/77/?__cft__[0]=x',
      'https://www.facebook.com/groups/g1/posts/77/',
    ],
    [
      'https://www.facebook.com/',
      'https://facebook.com/watch/?v=555&ref=sharing',
      'https://www.facebook.com/watch/?v=555',
    ],
    [
      'https://www.facebook.com/',
      '/permalink.php?story_fbid=9&id=8&substory_index=0',
      'https://www.facebook.com/permalink.php?story_fbid=9&id=8',
    ],
  ])('on %s, the link %s is the permalink %s', (url, href, expected) => {
    const data = extractAt(story({ href }), 'div[role="article"]', url);
    expect(data.permalink).toBe(expected);
    expect(data.foundBy.permalink).toBe(href.includes('watch') ? 'own video link' : 'own post link');
  });

  it('keeps comment ids and reads a reply from any front-end', () => {
    const html = story({ after: comment('4&reply_comment_id=5', 'ben.example', 'Yes', 'Reply by Ben') });
    const data = extractAt(
      html,
      'div[aria-label^="Reply"] div[style]',
      'https://m.facebook.com/story.php?story_fbid=1&id=2',
    );
    expect(data.permalink).toBe(
      'https://www.facebook.com/real.page/posts/111?comment_id=4&reply_comment_id=5',
    );
    expect([data.kind, data.author.handle, data.text]).toEqual(['reply', 'ben.example', 'Yes']);
  });
});

describe('facebookAdapter posts and comments', () => {
  const thread = story({ after: comment('1001') });

  it('takes a comment as its own target, distinct from the post around it', () => {
    const doc = open(thread);
    const onComment = facebookAdapter.findPost(
      doc.querySelector('[aria-label^="Comment"] div[style]') as Element,
    );
    const onPost = facebookAdapter.findPost(
      doc.querySelector('[data-ad-rendering-role] div[style]') as Element,
    );
    expect(onComment?.getAttribute('aria-label')).toBe('Comment by Ana');
    expect(onPost?.getAttribute('aria-posinset')).toBe('1');
    const url = new URL('https://www.facebook.com/');
    const c = facebookAdapter.extract(onComment as Element, url);
    const p = facebookAdapter.extract(onPost as Element, url);
    expect([c.kind, c.permalink, c.author.name, c.text]).toEqual([
      'comment',
      'https://www.facebook.com/real.page/posts/111?comment_id=1001',
      'ana.example name',
      'Nice',
    ]);
    expect([p.kind, p.permalink, p.author, p.text]).toEqual([
      'post',
      'https://www.facebook.com/real.page/posts/111',
      { handle: 'real.page', name: 'Real Page' },
      'Hello',
    ]);
  });

  it('reads an article inside a post without comment links as a comment', () => {
    const html = story({
      after:
        '<div role="article"><a href="/ana.example"><span>Ana</span></a><div dir="auto" style="text-align: start;">Hi</div></div>',
    });
    const data = extractAt(html, 'div[role="article"] div[role="article"]');
    expect([data.kind, data.foundBy.kind, data.permalink]).toEqual([
      'comment',
      'article inside a post',
      null,
    ]);
  });

  it('leaves "See more" out of the text and keeps paragraphs apart', () => {
    const text =
      'First.</div><div dir="auto" style="text-align: start;">Second <div role="button">See more</div>';
    expect(extractAt(story({ text }), 'div[role="article"]').text).toBe('First. Second');
  });

  it('leaves every field empty on a bare article, without throwing', () => {
    expect(extractAt('<div role="article"></div>', 'div')).toEqual({
      kind: 'post',
      permalink: null,
      author: { handle: null, name: null },
      publishedAt: null,
      text: '',
      media: [],
      foundBy: { kind: 'default' },
    });
  });

  it('finds no post outside an article', () => {
    const doc = open(`<div id="side">Contacts</div>${story()}`);
    expect(facebookAdapter.findPost(doc.querySelector('#side') as Element)).toBeNull();
  });

  it('takes a post time only from JSON about this very post', () => {
    const json = (obj: object) => `<script type="application/json">${JSON.stringify(obj)}</script>`;
    const other = json({ story: { post_id: '222', creation_time: 1700000000, note: '111' } });
    expect(extractAt(other + story(), 'div[role="article"]').publishedAt).toBeNull();
    const mine = json({ story: { post_id: '111', creation_time: 1700000000 } });
    expect(extractAt(other + mine + story(), 'div[role="article"]').publishedAt).toBe(
      '2023-11-14T22:13:20.000Z',
    );
  });
});

describe('facebookAdapter page obstacles', () => {
  it('recognises the login wall', () => {
    const doc = open(
      '<form id="login_form" action="/login/device-based/regular/login/"><input name="email"><input name="pass" type="password"></form>',
    );
    expect(facebookAdapter.explainNoPost?.(doc)).toBe('login-wall');
    expect(facebookAdapter.explainNoPost?.(open('<div role="main">Nothing here</div>'))).toBeNull();
  });
});

describe('facebookAdapter against hostile posts', () => {
  const forged = `I am <h4><a href="/someone.else"><strong>Someone Else</strong></a></h4> see <a href="/someone.else/posts/999"><abbr data-utime="1000000000">x</abbr></a> <a href="/photo/?fbid=5"><img src="https://scontent.xx.fbcdn.net/forged.jpg"></a><div role="article" aria-labelledby="h1"><a href="/evil.page"><span>Evil</span></a><a href="/evil.page/posts/666?comment_id=1">1h</a><div dir="auto" style="text-align: start;">forged</div></div>`;

  it('keeps author, permalink and time when the text imitates an author line and links other posts', () => {
    const data = extractAt(story({ text: forged }), 'div[aria-posinset]');
    expect(data.author).toEqual({ handle: 'real.page', name: 'Real Page' });
    expect(data.permalink).toBe('https://www.facebook.com/real.page/posts/111');
    expect([data.publishedAt, data.media, data.kind]).toEqual([null, [], 'post']);
  });

  it('captures the real post when the right-click lands in an article forged inside the text', () => {
    const doc = open(story({ text: forged }));
    const post = facebookAdapter.findPost(
      doc.querySelector('[aria-posinset] [role="article"] div[style]') as Element,
    );
    expect(post?.hasAttribute('aria-posinset')).toBe(true);
  });

  it('ignores an aria-labelledby id that points outside the post', () => {
    const html = `<h4 id="h1"><a href="/impostor"><strong>Impostor</strong></a></h4>${story().replace('id="h1"', 'id="h0"')}`;
    const data = extractAt(html, 'div[role="article"]');
    expect(data.author).toEqual({ handle: 'real.page', name: 'Real Page' });
    expect(data.foundBy['author.name']).toBe('heading: profile link text');
  });
});

describe('facebookAdapter comments without text blocks (2019 layout)', () => {
  it('reads the comment without its author name, time link and actions', () => {
    const html = story({
      after:
        '<div role="article" aria-label="Comment"><a href="/ana.example"><img alt="Ana" src="https://scontent.xx.fbcdn.net/a.jpg"></a><div><a href="/ana.example?comment_id=5">Ana Lopez</a> <span>Great point <a href="/ben.example">Ben</a></span></div><ul><li><a role="button" href="#">Like</a></li><li><a href="/real.page/posts/111?comment_id=5"><abbr data-utime="1700000000">2h</abbr></a></li></ul></div>',
    });
    const data = extractAt(html, '[aria-label="Comment"] span');
    expect([data.kind, data.text, data.publishedAt, data.author.name, data.media]).toEqual([
      'comment',
      'Great point Ben',
      '2023-11-14T22:13:20.000Z',
      'Ana Lopez',
      [],
    ]);
  });
});
