import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../utils/platforms';
import { genericAdapter } from '../../../utils/platforms/generic';
import { adapterTestBed, describeCasesInDom } from './run-cases-in-dom';

describeCasesInDom('generic', 'generic');

const testBed = adapterTestBed(genericAdapter, 'https://forum.example.net/t/topic/17');

const open = (html: string, url?: string) =>
  testBed.open(`<!doctype html><html><head><title>Topic</title></head><body>${html}</body></html>`, url);

describe('genericAdapter', () => {
  it('takes any web page the platforms leave, never the platforms’ own', () => {
    expect(adapterForPage(new URL('https://forum.example.net/t/1'), open(''))?.id).toBe('generic');
    expect(adapterForPage(new URL('https://x.com/a/status/1'), open(''))?.id).toBe('x');
    expect(genericAdapter.matchesPage(new URL('file:///tmp/a.html'), open(''))).toBe(false);
    expect(genericAdapter.matches).toEqual([]);
  });

  it('reads a forum post marked up with schema.org, without its nested reply', () => {
    const doc = open(`
      <div itemscope itemtype="https://schema.org/DiscussionForumPosting" id="p1">
        <span itemprop="author" itemscope><span itemprop="name">Alex Poster</span></span>
        <meta itemprop="datePublished" content="2026-03-01T10:00:00Z">
        <div itemprop="text">The original message.</div>
        <div itemscope itemtype="https://schema.org/Comment" id="comment-9">
          <span itemprop="author">Sam Replier</span><div itemprop="text">A reply.</div>
        </div>
      </div>`);
    const target = doc.querySelector('#p1 > [itemprop="text"]');
    const post = target && genericAdapter.findPost(target);
    expect(post?.id).toBe('p1');
    expect(
      genericAdapter.extract(post as Element, new URL('https://forum.example.net/t/topic/17')),
    ).toMatchObject({
      kind: 'post',
      permalink: 'https://forum.example.net/t/topic/17',
      author: { handle: null, name: 'Alex Poster' },
      publishedAt: '2026-03-01T10:00:00.000Z',
      text: 'The original message.',
      media: [],
    });
  });

  it('captures a lone image outside any item, and nothing more precise than the page elsewhere', () => {
    const doc = open(
      '<p>Intro <span id="s">text</span></p><img id="i" src="/meme.png" alt="A meme" width="400" height="300">',
    );
    const image = doc.getElementById('i') as Element;
    expect(genericAdapter.findPost(image)).toBe(image);
    expect(genericAdapter.extract(image, new URL('https://forum.example.net/t/topic/17'))).toMatchObject({
      text: 'A meme',
      media: [{ type: 'image', url: 'https://forum.example.net/meme.png' }],
    });
    expect(genericAdapter.findPost(doc.getElementById('s') as Element)).toBeNull();
  });

  it('ignores avatars and keeps a hostile comment’s fake byline out of the author', () => {
    const doc = open(`
      <li id="comment-3" class="comment"><article class="comment-body">
        <b class="fn">Real Commenter</b><img class="avatar" src="/a.png" width="32" height="32">
        <div class="comment-content"><p>Posted by <span class="author">Someone Else</span></p></div>
      </article></li>`);
    const post = genericAdapter.findPost(doc.querySelector('.comment-content p') as Element) as Element;
    const data = genericAdapter.extract(post, new URL('https://blog.example.org/a/'));
    expect(data.author.name).toBe('Real Commenter');
    expect(data.media).toEqual([]);
    expect(data.permalink).toBe('https://blog.example.org/a/#comment-3');
  });
});
