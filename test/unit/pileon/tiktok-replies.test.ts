import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { composeCollectionNotice } from '../../../utils/pileon/notice';
import { createLister } from '../../../utils/pileon/page-lister';
import { timeOfTikTokId } from '../../../utils/pileon/replies/tiktok';
import { raidReplies } from '../../fixtures/pileon/raid';
import { threadPage, tiktokCommentId, tiktokCommentRow } from '../../fixtures/pileon/thread-pages';
import { collection, item } from './collection-factory';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

function open(url: string, html: string) {
  const window = new Window({ url, settings: { navigation: { disableMainFrameNavigation: true } } });
  window.document.write(html);
  windows.push(window);
  return createLister(window as unknown as globalThis.Window);
}

const VIDEO = /^https:\/\/www\.tiktok\.com\/@lea_writes\/video\/(\d+)$/;

describe('TikTok reply lister', () => {
  it('gives each comment of a 60-comment thread its address and time from its id', () => {
    const { url, html } = threadPage('tiktok', raidReplies());
    const listing = open(url, html).list();
    const video = VIDEO.exec(listing.target?.data.permalink ?? '')?.[1];
    expect(video).toBeTruthy();
    expect(listing.target?.data.kind).toBe('post');
    const reply = raidReplies()[6];
    const listed = listing.replies[6];
    expect(listed?.data).toMatchObject({
      kind: 'comment',
      permalink: `https://www.tiktok.com/@lea_writes/video/${video}?comment_id=${reply && tiktokCommentId(reply)}`,
      publishedAt: reply?.publishedAt,
      author: { handle: reply?.handle, name: reply?.name },
    });
    expect(listed?.data.foundBy.publishedAt).toMatch(/comment id/);
  });

  it('lists the comments and the creator’s reply of a saved video page, each at its own address', () => {
    const html = readFileSync('test/fixtures/tiktok/written--tiktok-video-detail.html', 'utf8');
    const page = 'https://www.tiktok.com/@quiet_baker/video/7401136608608293330?is_from_webapp=1';
    const listing = open(page, html).list();
    expect(listing.target?.data.permalink).toBe(
      'https://www.tiktok.com/@quiet_baker/video/7401136608608293330',
    );
    expect(
      listing.replies.map((r) => [r.data.kind, r.data.author.handle, r.data.permalink, r.data.publishedAt]),
    ).toEqual([
      [
        'comment',
        'crumb.collector',
        'https://www.tiktok.com/@quiet_baker/video/7401136608608293330?comment_id=7401405263107625426',
        '2024-08-10T07:12:31.000Z',
      ],
      [
        'reply',
        'quiet_baker',
        'https://www.tiktok.com/@quiet_baker/video/7401136608608293330?comment_id=7401433777395503570',
        '2024-08-10T09:03:10.000Z',
      ],
      [
        'comment',
        'loaf.ledger',
        'https://www.tiktok.com/@quiet_baker/video/7401136608608293330?comment_id=7401440000000000000',
        '2024-08-10T09:27:19.000Z',
      ],
    ]);
  });

  it('makes up no address for a comment whose id is not in the page: the video’s address stands for it', () => {
    const replies = raidReplies().slice(0, 3);
    const { url, html } = threadPage('tiktok', replies);
    const bare = replies.reduce(
      (page, r) => page.replace(tiktokCommentRow(r), tiktokCommentRow(r, true)),
      html,
    );
    const listing = open(url, bare).list();
    expect(listing.replies).toHaveLength(3);
    for (const [i, reply] of listing.replies.entries()) {
      expect(reply.data).toMatchObject({
        permalink: null,
        publishedAt: null,
        author: { handle: replies[i]?.handle },
      });
      expect(reply.data.foundBy.permalink).toMatch(/^none/);
    }
    expect(new Set(listing.replies.map((r) => r.key)).size).toBe(3);
  });

  it('takes no id from a comment’s own text, nor a time before TikTok or after now', () => {
    const replies = raidReplies().slice(0, 1);
    const { url, html } = threadPage('tiktok', replies);
    const [reply] = replies;
    if (!reply) throw new Error('no reply');
    const forged = html.replace(
      tiktokCommentRow(reply),
      tiktokCommentRow(reply, true).replace(
        '<span dir="">',
        '<span dir=""><b id="7401405263107625426">x</b>',
      ),
    );
    expect(open(url, forged).list().replies[0]?.data.permalink).toBeNull();
    expect(timeOfTikTokId('1234567890123456')).toBeNull();
    expect(timeOfTikTokId(String(BigInt(Math.floor(Date.now() / 1000) + 10 * 86_400) << 32n))).toBeNull();
    expect(timeOfTikTokId('7401405263107625426')).toBe('2024-08-10T07:12:31.000Z');
  });
});

describe('the notice of comments without an address', () => {
  it('names the video once and the comments by author', () => {
    const video = 'https://www.tiktok.com/@lea_writes/video/1';
    const items = [
      item('raider_01', 1, 'go away', { permalink: `${video}?comment_id=7` }),
      item('raider_02', 2, 'go away', { permalink: null }),
      item('raider_03', 3, 'go away', { permalink: null, publishedAt: null }),
    ];
    const target = { ...collection().target, platform: 'tiktok' as const, pageUrl: video, permalink: video };
    const notify = { name: 'A', email: 'a@example.org' };
    const en = composeCollectionNotice(collection(items, { target }), [], notify, 'en');
    expect(en.urls).toEqual([`${video}?comment_id=7`, video]);
    expect(en.explanation).toContain('2 of these replies have no address of their own');
    expect(en.explanation).toMatch(/@raider_02 \(01\/03\/2026, 11:02\), @raider_03 \(\?\)/);
    const fr = composeCollectionNotice(collection(items, { target }), [], notify, 'fr');
    expect(fr.explanation).toContain('2 de ces réponses n’ont pas d’adresse propre');
  });
});
