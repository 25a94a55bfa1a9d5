import type { PostKind } from '../model';
import { precedes, readableText } from './dom';
import type { Found } from './found';
import { isBoundary, own, POST_BODY, profileOf, STATUS_PATH, TWEET, timeLink, X_HOSTS } from './x-markup';

// Whether a post on X is a reply.

/**
 * Whether the post is a reply, and why. The rule, in order:
 * 1. A "Replying to @…" line between the author line and the post body. On timelines it holds
 *    profile links whose text starts with "@" (this part does not depend on the interface
 *    language); inside a quoted post it is plain text, recognised in English and in French
 *    ("En réponse à @…").
 * 2. A quoted post is otherwise a post: nothing around it says more.
 * 3. On a status page `/<handle>/status/<id>`, the focused post is the article whose permalink id is
 *    the URL's id. X lists the thread above it (root first, then replies down to it) and replies
 *    below it. So an article after the focused one is a reply, and the focused one or an article
 *    above it is a reply when another article precedes it. When the focused post is not rendered
 *    (X unmounts posts scrolled far away, ancestors first), any other post there is a reply.
 *    Known limit: the unrelated posts of "Discover more" under the replies count as replies.
 * 4. Otherwise a post.
 */
export function readKind(post: Element, userName: Element | null, page: URL): Found<PostKind> {
  const body = own(post, POST_BODY)[0];
  const replyingTo = own(post, 'a[href]').some(
    (a) =>
      !userName?.contains(a) &&
      profileOf(a.getAttribute('href'), page) !== null &&
      readableText(a).startsWith('@') &&
      (!userName || precedes(userName, a)) &&
      (!body || precedes(a, body)),
  );
  if (replyingTo) return { value: 'reply', by: 'replying-to line' };
  const isReplyingToText = (line: Element) =>
    !isBoundary(line) &&
    !userName?.contains(line) &&
    /^(?:Replying to|En réponse à) @/.test(readableText(line));
  if (own(post, 'div[dir]').some(isReplyingToText)) {
    return { value: 'reply', by: 'replying-to text' };
  }
  if (!post.matches(TWEET)) return { value: 'post', by: 'quoted post' };

  const pageStatus = X_HOSTS.has(page.hostname) ? STATUS_PATH.exec(page.pathname)?.[2] : undefined;
  if (!pageStatus) return null;
  const articles = Array.from(post.ownerDocument.querySelectorAll(TWEET));
  const focused = articles.find((article) => timeLink(article, page)?.status.id === pageStatus);
  if (!focused) {
    const id = timeLink(post, page)?.status.id;
    return id && id !== pageStatus ? { value: 'reply', by: 'status page, focused post not rendered' } : null;
  }
  if (post !== focused && precedes(focused, post)) {
    return { value: 'reply', by: 'status page, after the focused post' };
  }
  return articles.some((article) => article !== post && precedes(article, post))
    ? { value: 'reply', by: 'status page, below a thread post' }
    : null;
}
