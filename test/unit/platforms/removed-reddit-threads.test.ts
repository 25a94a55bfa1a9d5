import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { redditAdapter } from '../../../utils/platforms/reddit';
import { threadsAdapter } from '../../../utils/platforms/threads';
import { readPostOnPage } from '../../../utils/recheck/page-check';
import { outcomeOf, pageReadingSchema } from '../../../utils/recheck/reading';

// Reddit and Threads in place of a post gone, in French and in English (sources in
// test/fixtures/SOURCES.md). Reddit keeps a shell of the post whose words are its marker
// "[removed]" or "[deleted]", the same in every language: a recheck reads it as removed, never
// as online. Threads shows Meta's page for a missing page. The same words written by users are not.

const REDDIT_POST =
  'https://www.reddit.com/r/CityCycling/comments/1bq7x2k/painted_bike_lanes_on_harbour_road_vanished_after/';
const THREADS_POST = 'https://www.threads.com/@nora.builds/post/C9qL2mXy7Rb';
const fixture = (path: string) => readFileSync(`test/fixtures/${path}`, 'utf8');

let windows: Window[] = [];
afterEach(async () => {
  const opened = windows;
  windows = [];
  await Promise.all(opened.map((win) => win.happyDOM.close()));
});

function open(html: string, url: string): globalThis.Window {
  const win = new Window({
    url,
    width: 1280,
    height: 900,
    settings: { disableJavaScriptEvaluation: true, navigation: { disableMainFrameNavigation: true } },
  });
  win.document.write(html);
  // happy-dom lays nothing out: no fixed bar sits over the page.
  Object.assign(win.document, { elementsFromPoint: () => [] });
  windows.push(win);
  return win as unknown as globalThis.Window;
}

async function recheck(html: string, url: string, wanted = url) {
  return pageReadingSchema.parse(await readPostOnPage(wanted, open(html, url)));
}

const oldThing = (fullname: string, author: string, body: string) => `
  <div class="thing link self" data-fullname="${fullname}" data-author="${author}" data-permalink="/r/CityCycling/comments/1bq7x2k/painted_bike_lanes_on_harbour_road_vanished_after/">
    <p class="title"><a class="title" href="/r/CityCycling/comments/1bq7x2k/painted_bike_lanes_on_harbour_road_vanished_after/">Painted bike lanes</a></p>
    <p class="tagline"><time datetime="2024-03-28T08:14:52+00:00">2 hours ago</time></p>
    <div class="expando"><div class="usertext-body"><div class="md">${body}</div></div></div>
  </div>`;

describe('Reddit: a post or comment Reddit emptied', () => {
  it('reads the French post page of a removed post as the post gone, not online', async () => {
    const html = fixture('reddit/written--reddit-fr-removed-post.html');
    const doc = open(html, REDDIT_POST).document;
    expect(redditAdapter.explainNoPost?.(doc)).toBe('post-unavailable');
    const reading = await recheck(html, REDDIT_POST);
    expect(reading.found).toBe(false);
    expect(reading.obstacle).toBe('post-unavailable');
    expect(outcomeOf(reading)).toBe('removed');
  });

  it('keeps the comments of that page online, and an emptied comment removed', async () => {
    const html = fixture('reddit/written--reddit-fr-removed-post.html');
    const kept = await recheck(html, REDDIT_POST, `${REDDIT_POST.split('/painted')[0]}/comment/kx4m2pa/`);
    expect(outcomeOf(kept)).toBe('online');
    const emptied = await recheck(html, REDDIT_POST, `${REDDIT_POST.split('/painted')[0]}/comment/kx4rr01/`);
    expect(outcomeOf(emptied)).toBe('removed');
  });

  it('reads the intact English page as online, and says nothing of it when no post is found', async () => {
    const html = fixture('reddit/written--reddit-shreddit-post.html');
    expect(outcomeOf(await recheck(html, REDDIT_POST))).toBe('online');
    expect(redditAdapter.explainNoPost?.(open(html, REDDIT_POST).document)).toBeNull();
  });

  it('reads old reddit’s emptied self post, whatever the language around it', async () => {
    const html = `<html lang="fr"><body><div class="content" role="main">${oldThing('t3_1bq7x2k', '[deleted]', '<p>[deleted]</p>')}</div></body></html>`;
    expect(outcomeOf(await recheck(html, REDDIT_POST.replace('www.', 'old.')))).toBe('removed');
  });

  it('does not take a deleted account, or the marker quoted by someone, for a post gone', async () => {
    const deletedAccount = oldThing('t3_1bq7x2k', '[deleted]', '<p>The lanes are still missing.</p>');
    expect(outcomeOf(await recheck(`<body>${deletedAccount}</body>`, REDDIT_POST))).toBe('online');
    const quoted = oldThing('t3_1bq7x2k', 'someone', '<p>Mine says [removed] too.</p>');
    expect(outcomeOf(await recheck(`<body>${quoted}</body>`, REDDIT_POST))).toBe('online');
  });
});

describe('Threads: Meta’s page for a missing post', () => {
  it('reads the French page as the post gone', async () => {
    const html = fixture('recheck/written--threads-post-unavailable-fr.html');
    const doc = open(html, THREADS_POST).document;
    expect(threadsAdapter.explainNoPost?.(doc)).toBe('post-unavailable');
    expect(outcomeOf(await recheck(html, THREADS_POST))).toBe('removed');
  });

  it('reads the English page too', () => {
    const html = `<div role="main"><span dir="auto">Sorry, this page isn't available.</span><span dir="auto">The link you followed may be broken, or the page may have been removed.</span></div>`;
    expect(threadsAdapter.explainNoPost?.(open(html, THREADS_POST).document)).toBe('post-unavailable');
  });

  it('does not read the sentence when a post says it', () => {
    const html = fixture('threads/written--threads-fr-post-page.html').replace(
      'Plans are free, ask below.',
      'Désolé, cette page n’est pas disponible : the link I shared is broken.',
    );
    const doc = open(html, 'https://www.threads.com/').document;
    expect(threadsAdapter.explainNoPost?.(doc)).toBeNull();
  });
});
