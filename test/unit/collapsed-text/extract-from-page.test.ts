import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractFromPage } from '../../../utils/capture/extract-from-page';
import { extractionSchema, extractRequestSchema } from '../../../utils/capture/extraction';
import { fixturesDir } from '../platforms/run-cases-in-dom';

// The extractor in the page, given the option through its parsed request: the Facebook page with a
// post cut by "See more" (test/fixtures/facebook/written--facebook-see-more.html).

const page = readFileSync(resolve(fixturesDir, 'facebook/written--facebook-see-more.html'), 'utf8');
const permalink =
  'https://www.facebook.com/greenvalleybakery/posts/pfbid02kYfHq8CZ3r7mVwQnJd5tXu1Lp9aBoEeSg4Ri6WyKhNcT2oUfMzPs3vDxA7jGl';
const rest = 'We called the market’s security twice.';

// The post's time link, as the browser's menu reports a right-click on it.
const timeLink = `${permalink}?__cft__[0]=AZXq7Vd0mKc2l9Rz-4pFwA&__tn__=%2CO%2CP-R`;

/** The request as the background sends it, parsed as the extractor parses it. */
const request = (expandCollapsed: boolean) =>
  extractRequestSchema.parse({ menu: { linkUrl: timeLink }, maxTargetAgeMs: 60_000, expandCollapsed });

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://www.facebook.com/',
  );
  // happy-dom has no layout: no fixed header lies over the page.
  Object.defineProperty(document, 'elementsFromPoint', { value: () => [], configurable: true });
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<script>/.exec(page)?.[1] ?? '';
  // Stands for Facebook's script (the page's own is not run here): the message, whole, in place.
  for (const more of document.querySelectorAll('[data-ad-rendering-role="story_message"] [role="button"]')) {
    more.addEventListener('click', () => {
      more.parentElement?.replaceChildren(`… not to buy “their bread”. ${rest}`);
    });
  }
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the extractor and collapsed text', () => {
  it('reads the post as shown and says its text is left collapsed when the person did not allow expanding', async () => {
    const extraction = extractionSchema.parse(await extractFromPage(request(false)));
    expect(extraction.post?.collapsedText).toBe('not-expanded');
    expect(extraction.post?.data.text).not.toContain(rest);
    expect(document.body.textContent).toContain('See more');
  });

  it('clicks "See more" when allowed, reads the whole text and says it expanded it', async () => {
    const extraction = extractionSchema.parse(await extractFromPage(request(true)));
    expect(extraction.post?.collapsedText).toBe('expanded');
    expect(extraction.post?.data.text).toContain(rest);
    expect(extraction.post?.data.permalink).toBe(permalink);
  });

  it('refuses a request whose option is not a yes or no', () => {
    expect(
      extractRequestSchema.safeParse({ menu: {}, maxTargetAgeMs: 1, expandCollapsed: 'yes' }).success,
    ).toBe(false);
    expect(extractRequestSchema.safeParse({ menu: { linkUrl: 42 }, maxTargetAgeMs: 1 }).success).toBe(false);
  });
});
