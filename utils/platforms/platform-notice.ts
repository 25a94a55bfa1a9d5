import { readableTextExcept } from './dom';

/**
 * The text of a platform's own notice (an error panel, a page's main column) without the
 * elements matching `userContent` (posts, comments): a sentence a user wrote is never the
 * platform's notice.
 */
export function noticeText(notice: Element, userContent?: string): string {
  return readableTextExcept(notice, (el) => (userContent ? el.matches(userContent) : false));
}
