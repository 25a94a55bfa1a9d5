import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { createLister } from '../../../utils/pileon/page-lister';
import { raidReplies, raidTarget } from '../../fixtures/pileon/raid';
import { handleOn, type ThreadPlatform, threadPage } from '../../fixtures/pileon/thread-pages';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

function open(platform: ThreadPlatform, options: { initial?: number } = {}) {
  const { url, html } = threadPage(platform, raidReplies(), options);
  const window = new Window({ url, settings: { navigation: { disableMainFrameNavigation: true } } });
  window.document.write(html);
  windows.push(window);
  return { window, win: window as unknown as globalThis.Window };
}

/** What the page's script does as the person scrolls to the end, all at once. */
const revealAll = (window: Window) => {
  const doc = window.document as unknown as Document;
  const pending = doc.getElementById('pending-replies') as HTMLTemplateElement;
  doc.getElementById('replies')?.append(...Array.from(pending.content.children));
};

describe('createLister', () => {
  const dated: ThreadPlatform[] = ['x', 'reddit', 'instagram', 'mastodon', 'threads', 'facebook', 'tiktok'];
  it.each([
    'x',
    'bluesky',
    'reddit',
    'youtube',
    'instagram',
    'mastodon',
    'threads',
    'facebook',
    'linkedin',
    'tiktok',
  ] as const)(
    'lists the post attacked and its 60 replies with author, text and address on %s',
    (platform) => {
      const { win } = open(platform);
      const listing = createLister(win).list();
      expect(listing.supported).toBe(true);
      expect(listing.replies).toHaveLength(60);
      const replies = raidReplies();
      listing.replies.forEach((reply, i) => {
        expect(reply.data.text).toBe(replies[i]?.text);
        expect(reply.data.author.handle).toBe(handleOn(platform, replies[i]?.handle ?? ''));
        expect(reply.data.permalink).toMatch(/^https:\/\//);
        expect(reply.key).toBe(reply.data.permalink);
        if (dated.includes(platform)) expect(reply.data.publishedAt).toBe(replies[i]?.publishedAt);
      });
      expect(new Set(listing.replies.map((r) => r.key)).size).toBe(60);
      expect(listing.target?.data.text).toMatch(/new library/i);
      expect(listing.target?.data.kind).toBe('post');
    },
    // Sixty replies read by the adapters in happy-dom take seconds on a loaded machine.
    30_000,
  );

  it('keeps the replies it saw, adds those revealed later, and marks a deleted one as gone', () => {
    const { window, win } = open('x', { initial: 20 });
    const lister = createLister(win);
    expect(lister.list().replies).toHaveLength(20);
    revealAll(window);
    expect(lister.list().replies).toHaveLength(60);
    window.document.querySelector('[data-reply-id="1980000000000000005"]')?.remove();
    const listing = lister.list();
    expect(listing.replies).toHaveLength(60);
    expect(listing.replies.filter((r) => !r.present).map((r) => r.data.author.handle)).toEqual(['raider_03']);
  });

  it.each(['mastodon', 'threads', 'facebook', 'linkedin', 'tiktok'] as const)(
    'adds the reply that loads as the page scrolls on %s',
    (platform) => {
      const { window, win } = open(platform, { initial: 59 });
      const lister = createLister(win);
      expect(lister.list().replies).toHaveLength(59);
      revealAll(window);
      const listing = lister.list();
      expect(listing.replies).toHaveLength(60);
      expect(listing.replies.at(-1)?.data.text).toBe(raidReplies()[59]?.text);
      expect(listing.target?.data.author.handle).toBe(handleOn(platform, raidTarget.handle));
    },
  );

  it('says so on a page whose platform has no reply listing', () => {
    const window = new Window({ url: 'https://example.org/article' });
    windows.push(window);
    window.document.write('<article><p>Hello</p></article>');
    const listing = createLister(window as unknown as globalThis.Window).list();
    expect(listing).toMatchObject({ supported: false, target: null, replies: [] });
  });
});
