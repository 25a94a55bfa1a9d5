import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readPostOnPage } from '../../../utils/recheck/page-check';
import { samePost } from '../../../utils/recheck/post-address';
import { outcomeOf, pageReadingSchema } from '../../../utils/recheck/reading';

const POST = 'https://x.com/example/status/1850000000000000000';

function page(url: string, body: string): Window {
  const win = new Window({ url, width: 1280, height: 900 });
  win.document.body.innerHTML = body;
  // happy-dom lays nothing out: no fixed bar sits over the page.
  Object.assign(win.document, { elementsFromPoint: () => [] });
  return win;
}

const tweet = (status: string, text: string) => `
  <article data-testid="tweet">
    <div data-testid="User-Name"><a href="/example"><span>Example</span></a><a href="/example"><span>@example</span></a></div>
    <a href="/example/status/${status}"><time datetime="2026-11-19T21:14:03.000Z">Nov 19</time></a>
    <div data-testid="tweetText">${text}</div>
  </article>`;

async function read(url: string, body: string) {
  const reading = await readPostOnPage(POST, page(url, body) as unknown as globalThis.Window);
  return pageReadingSchema.parse(reading);
}

describe('the recheck reader in the page', () => {
  it('finds the post by its address and sends back its sanitized HTML: still online', async () => {
    const reading = await read(POST, tweet('1850000000000000000', 'Still here <script>alert(1)</script>'));
    expect(reading.found).toBe(true);
    expect(outcomeOf(reading)).toBe('online');
    expect(reading.html).toContain('Still here');
    expect(reading.html).not.toContain('<script');
    expect(reading.postRect).not.toBeNull();
  });

  it('reads a removal page as removed, and keeps that page as the evidence', async () => {
    const reading = await read(
      POST,
      '<div data-testid="error-detail"><span>Hmm...this page doesn’t exist.</span></div>',
    );
    expect(outcomeOf(reading)).toBe('removed');
    expect(reading.obstacle).toBe('post-unavailable');
    expect(reading.html).toContain('this page doesn’t exist');
  });

  it('reads a login wall as not visible', async () => {
    const reading = await read(
      POST,
      '<div data-testid="sheetDialog"><a data-testid="loginButton">Log in</a></div>',
    );
    expect(outcomeOf(reading)).toBe('not-visible');
  });

  it('does not take another post of the page for the one rechecked: could not tell', async () => {
    const reading = await read(POST, tweet('1990000000000000000', 'Another post'));
    expect(reading.found).toBe(false);
    expect(outcomeOf(reading)).toBe('unknown');
  });

  it('could not tell on a page no adapter reads', async () => {
    expect(outcomeOf(null)).toBe('unknown');
  });
});

describe('post addresses', () => {
  it('matches a post under another handle, with a query, or with a trailing slash', () => {
    expect(samePost('https://x.com/renamed/status/1850000000000000000?s=20', POST)).toBe(true);
    expect(
      samePost('https://www.reddit.com/r/a/comments/abc/title/', 'https://reddit.com/r/a/comments/abc/title'),
    ).toBe(true);
  });

  it('does not match another post, or an address that is not one', () => {
    expect(samePost('https://x.com/example/status/1850000000000000001', POST)).toBe(false);
    expect(samePost('not an address', POST)).toBe(false);
  });
});
