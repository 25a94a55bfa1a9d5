// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { FillPlan } from '../../../utils/form-fill/plan';
import { createFormFiller } from '../../../utils/form-fill/session';
import { fillPlan, page, spec } from './pages';

const POST_URL = 'https://mastodon.example/@troll/111';

/** A Mastodon-like timeline: two statuses, each with its own "More" menu. */
const TIMELINE = `
  <article id="other">
    <a href="https://mastodon.example/@someone/222">2h</a><p>A kind post</p>
    <button aria-label="Reply"></button><button aria-label="More" id="more-other"></button>
  </article>
  <article id="reported">
    <div class="status__info"><a href="/@troll/111?ref=home#top">1h</a></div><p>A hateful post</p>
    <div class="action-bar"><button aria-label="Reply"></button><button aria-label="Boost"></button>
    <button aria-label="More" id="more"></button></div>
  </article>
  <textarea aria-label="Comment: what is on your mind?" id="composer"></textarea>`;

const REPORT_MENU = `
  <button id="item-mention">Mention @troll</button>
  <button id="item-report">Report @troll</button>
  <button id="item-block">Block @troll</button>`;

const REPORT_DIALOG = `
  <h2>Tell us what is going on with this post</h2>
  <label><input type="radio" name="category" id="spam"> It's spam</label>
  <label><input type="radio" name="category" id="legal"> It's illegal <small>You believe it breaks the law</small></label>
  <label><input type="radio" name="category" id="rules"> It violates server rules</label>
  <label>Additional comments <textarea id="comment"></textarea></label>
  <button id="next">Next</button><button id="submit">Submit report</button>`;

function guidePlan(postUrl: string | null): FillPlan {
  return fillPlan(
    [
      spec({
        key: 'comment',
        label: 'Comment',
        labelHints: ['additional comments', 'commentaires'],
        value: 'Public provocation to hatred, loi du 29 juillet 1881, art. 24.',
      }),
    ],
    {
      title: 'Mastodon',
      guide: {
        postUrl,
        steps: [
          { text: 'Report @troll', hints: ['report', 'signaler'], verified: true },
          { text: 'It’s illegal', hints: ['illegal', 'illicite'], verified: false },
        ],
        note: 'Mastodon sends the report to the moderators of your server.',
      },
    },
  );
}

/** Wires the fake page like the real one: More opens the menu, Report opens the dialog. */
function timeline(menuDelayMs = 0): { doc: Document; clicked: string[] } {
  const doc = page(TIMELINE, 'https://mastodon.example/home');
  const clicked: string[] = [];
  doc.addEventListener(
    'click',
    (event) => {
      const target = event.target as HTMLElement;
      if (target.id) clicked.push(target.id);
      if (target.id === 'more') {
        const openMenu = () => {
          const menu = doc.createElement('div');
          menu.setAttribute('role', 'menu');
          menu.innerHTML = REPORT_MENU;
          doc.body.append(menu);
        };
        if (menuDelayMs) setTimeout(openMenu, menuDelayMs);
        else openMenu();
      }
      if (target.id === 'item-report') {
        doc.querySelector('[role=menu]')?.remove();
        const dialog = doc.createElement('div');
        dialog.setAttribute('role', 'dialog');
        dialog.innerHTML = REPORT_DIALOG;
        setTimeout(() => doc.body.append(dialog), 20);
      }
    },
    true,
  );
  return { doc, clicked };
}

function panelText(doc: Document): string {
  return doc.querySelector('[data-constat-panel]')?.shadowRoot?.textContent ?? '';
}

describe('guiding a platform’s own report dialog', () => {
  it('opens the post’s menu, clicks Report, selects the matching option, fills the comment, and clicks nothing else', async () => {
    const { doc, clicked } = timeline();
    createFormFiller(doc).run(guidePlan(POST_URL));

    await vi.waitFor(() => expect(doc.querySelector<HTMLInputElement>('#legal')?.checked).toBe(true));
    await vi.waitFor(() =>
      expect(doc.querySelector<HTMLTextAreaElement>('#comment')?.value).toBe(
        'Public provocation to hatred, loi du 29 juillet 1881, art. 24.',
      ),
    );
    const option = doc.querySelector('[data-constat-guide="1"]');
    expect(option?.localName).toBe('label');
    expect(option?.textContent).toContain("It's illegal");
    expect(doc.querySelector<HTMLInputElement>('#comment')?.getAttribute('data-constat-filled')).toBe(
      'comment',
    );
    // The two clicks that open the dialog, and the radio; never the other post, Next or Submit.
    expect(clicked).toEqual(['more', 'item-report', 'legal']);
    // The page's own composer behind the dialog is left alone.
    expect(doc.querySelector<HTMLTextAreaElement>('#composer')?.value).toBe('');
    await vi.waitFor(() => expect(panelText(doc)).toContain('Report dialog opened'));
    expect(panelText(doc)).toContain('1. Report @troll → 2. It’s illegal (unverified)');
    expect(panelText(doc)).toContain('Mastodon sends the report to the moderators of your server.');
  });

  it('waits for a menu that takes a moment to appear', async () => {
    const { doc, clicked } = timeline(50);
    createFormFiller(doc).run(guidePlan(POST_URL));
    await vi.waitFor(() => expect(clicked).toContain('item-report'));
    expect(clicked.slice(0, 2)).toEqual(['more', 'item-report']);
  });

  it('does not click again when run again on the same page, and respects the person’s choice', async () => {
    const { doc, clicked } = timeline();
    const filler = createFormFiller(doc);
    filler.run(guidePlan(POST_URL));
    await vi.waitFor(() => expect(doc.querySelector<HTMLInputElement>('#legal')?.checked).toBe(true));
    doc.querySelector<HTMLInputElement>('#rules')!.click();
    filler.run(guidePlan(POST_URL));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(doc.querySelector<HTMLInputElement>('#rules')?.checked).toBe(true);
    expect(clicked.filter((id) => id === 'more')).toHaveLength(1);
  });

  it('finds the post on its own page by its author’s links when it does not link to itself', () => {
    const ownPage = (replies: string) =>
      page(
        `<div data-testid="thread-item"><a href="/@troll">Troll</a><p>A hateful post</p>
          <button aria-label="Open post options menu" id="more"></button></div>${replies}`,
        POST_URL,
      );
    const clicks = (doc: Document) => {
      const ids: string[] = [];
      doc.addEventListener('click', (event) => ids.push((event.target as HTMLElement).id), true);
      return ids;
    };
    const single = ownPage(
      '<div data-testid="thread-item"><a href="/@someone">Someone</a><button aria-label="Open post options menu" id="reply-more"></button></div>',
    );
    const singleClicks = clicks(single);
    createFormFiller(single).run(guidePlan(POST_URL));
    expect(singleClicks).toEqual(['more']);

    // Two posts of the same author: which one is reported is the person's call.
    const selfThread = ownPage(
      '<div data-testid="thread-item"><a href="/@troll">Troll</a><button aria-label="Open post options menu" id="reply-more"></button></div>',
    );
    const selfThreadClicks = clicks(selfThread);
    createFormFiller(selfThread).run(guidePlan(POST_URL));
    expect(selfThreadClicks).toEqual([]);
    expect(panelText(selfThread)).toContain('The post was not found on this page');
  });

  it('never takes another video or comment at the same path for the post: the query names it', () => {
    const video = 'https://www.youtube.com/watch?v=reported1';
    const doc = page(
      `<div id="primary"><h1>The reported video</h1><button aria-label="More actions" id="more"></button>
        <div id="comment"><a href="/watch?v=reported1&amp;lc=Ugcomment1">2 days ago</a><p>A comment</p>
        <button aria-label="Action menu" id="comment-more"></button></div></div>
      <div id="related"><a href="/watch?v=another22&amp;pp=sAQA">Another video</a>
        <button aria-label="Action menu" id="related-more"></button></div>`,
      video,
    );
    const clicked: string[] = [];
    doc.addEventListener('click', (event) => clicked.push((event.target as HTMLElement).id), true);
    createFormFiller(doc).run(guidePlan(video));
    // Neither the related video's menu nor the comment's: the video does not link to itself here.
    expect(clicked).toEqual([]);
    expect(panelText(doc)).toContain('The post was not found on this page');

    // A comment is found by its own link, extra parameters aside, not by its video's address.
    const commentDoc = page(doc.body.innerHTML, video);
    const commentClicks: string[] = [];
    commentDoc.addEventListener(
      'click',
      (event) => commentClicks.push((event.target as HTMLElement).id),
      true,
    );
    createFormFiller(commentDoc).run(guidePlan(`${video}&lc=Ugcomment1`));
    expect(commentClicks[0]).toBe('comment-more');
  });

  it('lists the steps for the person when the post is not on the page', () => {
    const { doc, clicked } = timeline();
    createFormFiller(doc).run(guidePlan('https://mastodon.example/@troll/999'));
    expect(clicked).toEqual([]);
    expect(panelText(doc)).toContain('The post was not found on this page');
    expect(panelText(doc)).toContain('1. Report @troll → 2. It’s illegal (unverified)');
  });

  it('says so when the post has no menu button it recognizes', () => {
    const doc = page(`<article><a href="${POST_URL}">1h</a><button>Like</button></article>`);
    createFormFiller(doc).run(guidePlan(POST_URL));
    expect(panelText(doc)).toContain('The post’s menu button was not found');
  });

  it('says so when the menu has no Report item, after waiting for it', () => {
    vi.useFakeTimers();
    try {
      const doc = page(
        `<article><a href="${POST_URL}">1h</a><button title="More options">⋯</button></article>`,
      );
      createFormFiller(doc).run(guidePlan(POST_URL));
      expect(panelText(doc)).toContain('Opening the post’s report menu…');
      vi.advanceTimersByTime(3000);
      expect(panelText(doc)).toContain('“Report” was not found');
    } finally {
      vi.useRealTimers();
    }
  });
});
