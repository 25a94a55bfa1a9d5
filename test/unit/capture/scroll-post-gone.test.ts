import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { scrollReportedPost } from '../../../utils/capture/extract-from-page';
import { scrollPostInTab } from '../../../utils/capture/extract-in-tab';
import { setUiLang } from '../../../utils/i18n';
import { CatalogueError } from '../../../utils/i18n/catalogue-error';
import { errorText } from '../../../utils/i18n/error-text';
import { installInjectedApi } from '../../../utils/injected/install';
import { fakeScripting } from '../injected/fake-scripting';

// The page says by a code that the post it extracted is gone; the background says it in the
// person's language, never in the page script's English.

let cleanup = () => {};
afterEach(() => {
  cleanup();
  setUiLang(undefined);
});

function pageWithoutThePost() {
  const fake = fakeScripting({
    '/extractor.js': () =>
      installInjectedApi('extractor', {
        extract: async () => {
          throw new Error('not called here');
        },
        scrollReportedPost: (request) => scrollReportedPost(request),
      }),
  });
  cleanup = fake.reset;
  return fake.scripting;
}

describe('a post gone before its next part is captured', () => {
  it('is a code from the page, not an error in English', async () => {
    expect(await scrollReportedPost({ offset: 0 })).toEqual({ problem: 'post-gone' });
  });

  for (const [lang, catalogue] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    it(`is told in the catalogue’s words, in ${lang}`, async () => {
      setUiLang(lang);
      const scrolling = scrollPostInTab(4, 0, 600, undefined, pageWithoutThePost());
      await expect(scrolling).rejects.toBeInstanceOf(CatalogueError);
      const error = await scrolling.catch((e: unknown) => e);
      expect(errorText(error)).toBe(catalogue.captureScrollPostGone.message);
    });
  }
});
