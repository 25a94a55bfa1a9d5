import { describe, expect, it } from 'vitest';
import { tidTime } from '../../../utils/platforms/embeds/bluesky';
import { statusIdTime } from '../../../utils/platforms/embeds/mastodon';
import { snowflakeTime } from '../../../utils/platforms/embeds/x';
import { genericAdapter } from '../../../utils/platforms/generic';
import { adapterTestBed } from './run-cases-in-dom';

// Posts of X, Bluesky and Mastodon embedded in another site's page; the news-article cases of
// test/fixtures/generic cover the usual markup, these the odd and hostile shapes.

const PAGE = 'https://news.example.net/2026/12/05/article';
const testBed = adapterTestBed(genericAdapter, PAGE);
const extractAt = (body: string, selector: string) =>
  testBed.extractAt(`<!doctype html><html><body><article>${body}</article></body></html>`, selector);

describe('ids that date a post', () => {
  it('reads the time in X snowflakes, Bluesky TIDs and Mastodon ids, and refuses older sequences', () => {
    expect(snowflakeTime('1862458831745028096')).toBe('2024-11-29T11:29:22.956Z');
    expect(snowflakeTime('20')).toBeNull();
    expect(tidTime('3lbqta5lnck2i')).toBe('2024-11-25T05:49:36.586Z');
    expect(tidTime('self')).toBeNull();
    expect(statusIdTime('113556240154738105')).toBe('2024-11-27T18:05:15.251Z');
    expect(statusIdTime('4242')).toBeNull();
  });
});

describe('embedded posts', () => {
  it('reads an X embed from twitter.com links, and not a byline the post’s text fakes', () => {
    const post = extractAt(
      `<blockquote class="twitter-tweet"><p>— Fake Author (@fake) says hi</p>&mdash; Real Name (@real_one)
       <a id="d" href="https://twitter.com/real_one/status/1862458831745028096?ref_src=twsrc%5Etfw">Nov 29</a></blockquote>`,
      '#d',
    );
    expect(post).toMatchObject({
      platform: 'x',
      permalink: 'https://x.com/real_one/status/1862458831745028096',
      author: { handle: 'real_one', name: 'Real Name' },
      text: '— Fake Author (@fake) says hi',
    });
  });

  it('keeps the X embed’s permalink to X: a status link on another host is not the post', () => {
    const post = extractAt(
      `<blockquote class="twitter-tweet"><p id="t">text</p>&mdash; A (@a)
       <a href="https://evil.example/a/status/1862458831745028096">date</a></blockquote>`,
      '#t',
    );
    expect(post).toMatchObject({ platform: 'x', permalink: null, publishedAt: null, text: 'text' });
  });

  it('names a Bluesky author by DID when the byline is gone', () => {
    const post = extractAt(
      `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc123/app.bsky.feed.post/3lbqta5lnck2i">
       <p id="t">Words</p></blockquote>`,
      '#t',
    );
    expect(post).toMatchObject({
      platform: 'bluesky',
      permalink: 'https://bsky.app/profile/did:plc:abc123/post/3lbqta5lnck2i',
      author: { handle: null, name: null },
      publishedAt: '2024-11-25T05:49:36.586Z',
      text: 'Words',
    });
  });

  it('reads a Mastodon embed given as the older iframe', () => {
    const post = extractAt(
      '<iframe class="mastodon-embed" src="https://mastodon.social/@someone/113556240154738105/embed" width="400"></iframe>',
      'iframe',
    );
    expect(post).toMatchObject({
      platform: 'mastodon',
      permalink: 'https://mastodon.social/@someone/113556240154738105',
      author: { handle: 'someone@mastodon.social', name: null },
      publishedAt: '2024-11-27T18:05:15.251Z',
      text: '',
    });
  });

  it('leaves the page’s own article to the generic adapter', () => {
    const post = extractAt(
      '<p id="p">Article text.</p><blockquote class="twitter-tweet"><p>Embedded.</p></blockquote>',
      '#p',
    );
    expect(post.platform).toBeUndefined();
    expect(post.text).toContain('Article text.');
  });
});
