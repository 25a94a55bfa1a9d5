import { describe, expect, it } from 'vitest';
import { mainTextSize } from '../../../utils/capture/page-geometry';

// How low a tall post's capture may zoom depends on the size most of its text is drawn at.

function post(html: string): Element {
  document.body.innerHTML = `<article style="font-size: 15px">${html}</article>`;
  return document.querySelector('article') as Element;
}

describe('mainTextSize', () => {
  it('is the size that carries the most characters, not the first or the smallest', () => {
    const article = post(`
      <header style="font-size: 11px">Someone · 3h</header>
      <p style="font-size: 16px">A long paragraph of the post, many more characters than the rest of it.</p>
      <p style="font-size: 16px">And a second one.</p>
      <footer style="font-size: 12px">12 replies · 40 likes</footer>`);
    expect(mainTextSize(article, window)).toBe(16);
  });

  it('leaves out hidden text, and falls back to the post’s own size when it has none', () => {
    const hidden = post(`
      <p>Shown text, short.</p>
      <div hidden style="font-size: 9px">a great deal of hidden text that nobody sees on the page at all</div>`);
    expect(mainTextSize(hidden, window)).toBe(15);
    expect(mainTextSize(post('<img alt="">'), window)).toBe(15);
  });
});
