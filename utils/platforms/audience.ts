import type { Audience } from '../notice/audience';

/**
 * A platform's own guess at who could see what is on `page`: its direct-message views are private;
 * its other views show posts, public unless their author restricted them (friends, followers, a
 * closed group), which the person confirms in the composer.
 */
export function audienceByPath(privatePaths: RegExp): (page: URL) => Audience {
  return (page) => (privatePaths.test(page.pathname) ? 'private' : 'public');
}
