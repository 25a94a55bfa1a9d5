import { imageDescriptions, readableText } from './dom';
import type { Found } from './found';
import { withPollOptions } from './poll';
import { ARTICLE_BODY, ARTICLE_TITLE, own, POLL_OPTION, TWEET_TEXT, VIDEO } from './x-markup';
import { photoUrl } from './x-media';

// What a post on X says.

/** An X Article's title and body, block by block (Draft.js writes each paragraph as a `div`). */
function articleText(post: Element): string {
  const title = own(post, ARTICLE_TITLE)[0];
  const body = own(post, ARTICLE_BODY)[0];
  const blocks = body ? Array.from(body.querySelectorAll('[data-block="true"]')) : [];
  const parts = [title, ...(blocks.length > 0 ? blocks : body ? [body] : [])];
  return parts
    .map((part) => (part ? readableText(part) : ''))
    .filter(Boolean)
    .join(' ');
}

/**
 * The post's text: its tweetText, else (renamed test id) the block X marks with its language, else
 * an X Article's title and body, else the descriptions of its photos; then a poll's options.
 */
export function readText(post: Element, userName: Element | null, page: URL): Found<string> {
  const textEl =
    own(post, TWEET_TEXT)[0] ?? own(post, 'div[lang][dir="auto"]').find((el) => !userName?.contains(el));
  const article = textEl ? '' : articleText(post);
  // A post with photos only: what its author wrote to describe them is all it says.
  const photos = own(post, 'img').filter((img) => photoUrl(img, page) && !img.closest(VIDEO));
  const described = textEl || article ? '' : imageDescriptions(photos);
  const written: Found<string> = textEl
    ? { value: readableText(textEl), by: textEl.matches(TWEET_TEXT) ? 'tweetText' : 'div[lang]' }
    : article
      ? { value: article, by: 'article title and rich text' }
      : described
        ? { value: described, by: 'descriptions of its photos (no text)' }
        : null;
  const options = own(post, POLL_OPTION);
  if (!written && options.length === 0) return null;
  return { value: withPollOptions(written?.value ?? '', options), by: written?.by ?? 'poll options' };
}
