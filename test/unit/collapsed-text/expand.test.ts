import { afterEach, describe, expect, it, vi } from 'vitest';
import { showMoreControls } from '../../../utils/collapsed-text/controls';
import { collapsedTextOf, expandCollapsedText } from '../../../utils/collapsed-text/expand';

// A post and a comment nested in it, each its own "post" for `postOf`, as an adapter's findPost.
const postOf = (el: Element) => el.closest('[data-post]');

function page(html: string): Element {
  document.body.innerHTML = html;
  const post = document.querySelector('[data-post="main"]');
  if (!post) throw new Error('no post');
  return post;
}

/** Makes `selector`'s clicks do `effect` (standing for the platform's own script). */
function onClick(selector: string, effect: (control: Element) => void) {
  for (const control of document.querySelectorAll(selector)) {
    control.addEventListener('click', () => effect(control));
  }
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the "Show more" controls of a post', () => {
  it('finds buttons saying more, see more, show more, read more, in English and French, after an ellipsis', () => {
    const post = page(`<div data-post="main">
      <p>Text… <span role="button">See more</span></p>
      <button>… more</button><button>Voir plus</button><div role="button">Read more</div>
      <button>Afficher la suite</button></div>`);
    expect(showMoreControls(post, postOf).map((el) => el.textContent?.trim())).toEqual([
      'See more',
      '… more',
      'Voir plus',
      'Read more',
      'Afficher la suite',
    ]);
  });

  it('leaves out menus, expanded toggles, hidden ones, other words, and those of a comment inside the post', () => {
    const post = page(`<div data-post="main">
      <button aria-haspopup="menu">More</button>
      <button aria-expanded="true">Show more</button>
      <div hidden><button>See more</button></div>
      <button>Show more replies</button><button>Like</button>
      <div data-post="comment"><button>See more</button></div></div>`);
    expect(showMoreControls(post, postOf)).toEqual([]);
    expect(collapsedTextOf(post, postOf)).toBe('none');
  });

  it('counts a control once when one lies inside another', () => {
    const post = page('<div data-post="main"><button><span role="button">See more</span></button></div>');
    expect(showMoreControls(post, postOf)).toHaveLength(1);
  });

  it('says the text is left collapsed when a control is there and not clicked', () => {
    const post = page('<div data-post="main"><p>Text…</p><button>See more</button></div>');
    expect(collapsedTextOf(post, postOf)).toBe('not-expanded');
  });
});

describe('expanding a collapsed post', () => {
  const refind = () => document.querySelector('[data-post="main"]');

  it('clicks the control and reads the post once the platform has drawn the whole text', async () => {
    const post = page('<div data-post="main"><p>Beginning…</p><div role="button">See more</div></div>');
    onClick('[role="button"]', (control) => {
      setTimeout(() => {
        post.querySelector('p')?.replaceChildren('Beginning, and the whole rest of it.');
        control.remove();
      }, 10);
    });
    const expansion = await expandCollapsedText(post, postOf, refind, false, window);
    expect(expansion).toEqual({ post, collapsedText: 'expanded' });
    expect(post.textContent).toContain('the whole rest of it');
  });

  it('finds the post again when the platform draws it as a new element', async () => {
    const post = page(
      '<section><div data-post="main"><p>Beginning…</p><button>See more</button></div></section>',
    );
    onClick('button', () => {
      const whole = document.createElement('div');
      whole.dataset.post = 'main';
      whole.textContent = 'Beginning, and the rest.';
      post.replaceWith(whole);
    });
    const expansion = await expandCollapsedText(post, postOf, refind, false, window);
    expect(expansion.collapsedText).toBe('expanded');
    expect(expansion.post?.textContent).toBe('Beginning, and the rest.');
  });

  it('never clicks a link, nor the control of a platform whose "Show more" opens the post', async () => {
    const post = page(`<div data-post="main"><p>Beginning…</p>
      <a href="/status/1"><span role="button">Show more</span></a></div>`);
    const clicked = vi.fn();
    onClick('a, [role="button"]', clicked);
    expect(await expandCollapsedText(post, postOf, refind, false, window)).toEqual({
      post,
      collapsedText: 'not-expanded',
    });
    page('<div data-post="main"><p>Beginning…</p><button>Show more</button></div>');
    onClick('button', clicked);
    const again = refind() as Element;
    expect((await expandCollapsedText(again, postOf, refind, true, window)).collapsedText).toBe(
      'not-expanded',
    );
    expect(clicked).not.toHaveBeenCalled();
  });

  it('gives up waiting after a bound when the click changes nothing, and says the text is not expanded', async () => {
    vi.useFakeTimers();
    const post = page('<div data-post="main"><p>Beginning…</p><button>See more</button></div>');
    const expansion = expandCollapsedText(post, postOf, refind, false, window);
    await vi.runAllTimersAsync();
    expect(await expansion).toEqual({ post, collapsedText: 'not-expanded' });
  });

  it('leaves a post without control as it is, without clicking anything', async () => {
    const post = page('<div data-post="main"><p>All of it.</p><button>Like</button></div>');
    const clicked = vi.fn();
    onClick('button', clicked);
    expect(await expandCollapsedText(post, postOf, refind, false, window)).toEqual({
      post,
      collapsedText: 'none',
    });
    expect(clicked).not.toHaveBeenCalled();
  });
});
