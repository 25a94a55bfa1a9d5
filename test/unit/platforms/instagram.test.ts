import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../utils/platforms';
import { instagramAdapter } from '../../../utils/platforms/instagram';
import { adapterTestBed, describeCasesInDom, expectHosts } from './run-cases-in-dom';

describeCasesInDom('Instagram', 'instagram');

// A feed post in today's markup (article, profile links, a /p/ link around the time), and
// comments in the 2021 form (li, h3 author, /c/ link around the time).
function feedPost(parts: { user?: string; href?: string; caption?: string; after?: string } = {}): string {
  const { user = 'real_user', href = '/p/REALcode1/', caption = 'Hello' } = parts;
  return `<article role="presentation"><div><div><a href="/${user}/"><img alt="${user}'s profile picture" src="https://scontent.cdninstagram.com/a.jpg"></a></div><div><span><a href="/${user}/"><span dir="auto">${user}</span></a></span><span> • </span><a href="${href}"><time datetime="2024-05-01T10:00:00.000Z">2d</time></a></div></div><div role="button"><img alt="Photo" src="https://scontent.cdninstagram.com/p.jpg"></div><div><span><a href="/${user}/"><span dir="auto">${user}</span></a></span>&nbsp;<span dir="auto">${caption}</span></div>${parts.after ?? ''}</article>`;
}

function comment(id: string, user = 'fan_one', text = 'Great'): string {
  return `<li><div><a href="/${user}/"><img data-testid="user-avatar" src="https://scontent.cdninstagram.com/f.jpg"></a></div><div><h3><a href="/${user}/">${user}</a></h3><span>${text}</span><div><a href="/p/REALcode1/c/${id}/"><time datetime="2024-05-02T10:00:00.000Z">1d</time></a><button>Reply</button></div></div></li>`;
}

const { open, extractAt } = adapterTestBed(instagramAdapter, 'https://www.instagram.com/');

describe('instagramAdapter hosts and permalinks', () => {
  it('serves instagram.com only', () => {
    expectHosts(instagramAdapter, {
      serves: ['https://www.instagram.com/', 'https://instagram.com/p/x/'],
      refuses: ['https://instagram.com.evil.example/', 'https://www.threads.net/', 'ftp://instagram.com/'],
    });
  });

  it('is not picked on another host whose page forges Instagram markup', () => {
    const doc = open(feedPost(), 'https://evil.example/p/REALcode1/');
    expect(adapterForPage(new URL('https://evil.example/p/REALcode1/'), doc)?.id).not.toBe('instagram');
  });

  it.each([
    ['/p/REALcode1/?img_index=2', 'https://www.instagram.com/p/REALcode1/'],
    ['/reel/REALcode1/?utm_source=ig_web_copy_link', 'https://www.instagram.com/p/REALcode1/'],
    ['/real_user/p/REALcode1/', 'https://www.instagram.com/p/REALcode1/'],
    ['https://instagram.com/tv/REALcode1', 'https://www.instagram.com/p/REALcode1/'],
  ])('reads the time link %s as %s', (href, expected) => {
    const data = extractAt(feedPost({ href }), 'article');
    expect([data.permalink, data.foundBy.permalink]).toEqual([expected, 'link around own time']);
  });

  it('takes a post page address when the post shows no link of its own', () => {
    const html = '<main role="main"><div><a href="/real_user/">real_user</a><h1>Caption</h1></div></main>';
    const data = extractAt(html, 'h1', 'https://www.instagram.com/p/PAGEcode9/?hl=en');
    expect([data.permalink, data.foundBy.permalink, data.text]).toEqual([
      'https://www.instagram.com/p/PAGEcode9/',
      'page address',
      'Caption',
    ]);
  });
});

describe('instagramAdapter posts and comments', () => {
  const thread = feedPost({
    after: `<ul>${comment('111')}<li><ul>${comment('222', 'fan_two', 'Agreed')}</ul></li></ul>`,
  });

  it('takes a comment as its own target, and a reply nested under a comment as a reply', () => {
    const c = extractAt(thread, 'li span');
    expect([c.kind, c.permalink, c.author.handle, c.text, c.media.length]).toEqual([
      'comment',
      'https://www.instagram.com/p/REALcode1/c/111/',
      'fan_one',
      'Great',
      0,
    ]);
    const r = extractAt(thread, 'li li span');
    expect([r.kind, r.permalink, r.author.handle, r.text]).toEqual([
      'reply',
      'https://www.instagram.com/p/REALcode1/c/222/',
      'fan_two',
      'Agreed',
    ]);
    const p = extractAt(thread, 'article > div[role="button"] img');
    expect([p.kind, p.permalink, p.author.handle, p.text, p.media.length]).toEqual([
      'post',
      'https://www.instagram.com/p/REALcode1/',
      'real_user',
      'Hello',
      1,
    ]);
  });

  it('reads a reply link /c/<id>/r/<id>/ as a reply with its own id', () => {
    const html = feedPost({ after: comment('111/r/333') });
    const data = extractAt(html, 'li span');
    expect([data.kind, data.permalink]).toEqual(['reply', 'https://www.instagram.com/p/REALcode1/c/333/']);
  });

  it('leaves every field empty on a bare article, without throwing', () => {
    expect(extractAt('<article></article>', 'article')).toEqual({
      kind: 'post',
      permalink: null,
      author: { handle: null, name: null },
      publishedAt: null,
      text: '',
      media: [],
      foundBy: { kind: 'default' },
    });
  });

  it('finds no post outside an article on a feed page', () => {
    const doc = open(`<main role="main"><div id="stories">Stories</div>${feedPost()}</main>`);
    expect(instagramAdapter.findPost(doc.querySelector('#stories') as Element)).toBeNull();
  });

  it('names the author from og:title only for the page’s own post', () => {
    const head =
      '<meta property="og:title" content="Real Person on Instagram: &quot;Hi&quot;"><meta property="og:url" content="https://www.instagram.com/p/REALcode1/">';
    const url = 'https://www.instagram.com/p/REALcode1/';
    expect(extractAt(head + feedPost(), 'article', url).author.name).toBe('Real Person');
    expect(extractAt(head + feedPost({ href: '/p/OTHERcode/' }), 'article', url).author.name).toBeNull();
  });
});

describe('instagramAdapter page obstacles', () => {
  it('recognises the login wall', () => {
    const doc = open(
      '<form id="loginForm"><input name="username"><input name="password" type="password"></form>',
    );
    expect(instagramAdapter.explainNoPost?.(doc)).toBe('login-wall');
    expect(instagramAdapter.explainNoPost?.(open('<main role="main"></main>'))).toBeNull();
  });
});

describe('instagramAdapter against hostile posts', () => {
  it('keeps author and permalink when the caption links other posts, comments and profiles', () => {
    const caption =
      'by <a href="/someone_else/">someone_else</a> see <a href="/p/OTHERcode/">this</a> and <a href="/p/OTHERcode/c/999/">that</a>';
    const doc = open(feedPost({ caption, href: '#' }), 'https://www.instagram.com/');
    const post = instagramAdapter.findPost(doc.querySelector('span[dir="auto"] a[href*="/c/"]') as Element);
    expect(post?.localName).toBe('article');
    const data = instagramAdapter.extract(post as Element, new URL('https://www.instagram.com/'));
    expect(data.author.handle).toBe('real_user');
    expect(data.permalink).toBeNull();
    expect(data.text).toBe('by someone_else see this and that');
  });

  it('keeps a comment’s author when its text imitates an author line', () => {
    const html = feedPost({
      after: `<ul>${comment('111', 'fan_one', '<h3><a href="/boss/">boss</a></h3> said so')}</ul>`,
    });
    const data = extractAt(html, 'li > div > span');
    expect([data.author.handle, data.permalink]).toEqual([
      'fan_one',
      'https://www.instagram.com/p/REALcode1/c/111/',
    ]);
  });
});

describe('instagramAdapter grid tiles and dialogs', () => {
  const tile = (href: string) =>
    `<a href="${href}"><div><img alt="Photo by someone" src="https://scontent.cdninstagram.com/t.jpg"></div></a>`;

  it('reads a tile of a profile grid as its own post, author from the profile address', () => {
    const data = extractAt(tile('/p/TILE12345/'), 'img', 'https://www.instagram.com/some.one/');
    expect(data).toMatchObject({
      kind: 'post',
      permalink: 'https://www.instagram.com/p/TILE12345/',
      author: { handle: 'some.one', name: null },
      publishedAt: null,
      text: '',
      media: [{ type: 'image', url: 'https://scontent.cdninstagram.com/t.jpg' }],
    });
  });

  it('takes no tile for a picture linking its own post inside an article, nor a link to a profile', () => {
    const doc = open(`<article>${tile('/p/TILE12345/')}</article>${tile('/someone/')}`);
    expect(instagramAdapter.findPost(doc.querySelector('article img') as Element)?.localName).toBe('article');
    expect(instagramAdapter.findPost(doc.querySelectorAll('img')[1] as Element)).toBeNull();
  });

  it('takes a dialog for a post only when it holds a time link or the page is the post’s', () => {
    const dialog = '<div role="dialog"><h1 id="t">Likes</h1></div>';
    expect(instagramAdapter.findPost(open(dialog).querySelector('#t') as Element)).toBeNull();
    const onPost = open(dialog, 'https://www.instagram.com/p/CODE12345/');
    expect(instagramAdapter.findPost(onPost.querySelector('#t') as Element)?.getAttribute('role')).toBe(
      'dialog',
    );
  });
});
