import type { PlatformId } from '../model';
import { noticeText } from './platform-notice';

// The sentences a platform shows in place of a deleted or unavailable post, where its page has no
// structural sign of it (X, YouTube, TikTok, Mastodon and LinkedIn have one: an error panel's
// hook, a status code in the page's data; Reddit its "[removed]" shell, in reddit.ts), in English
// and in French, as quoted in test/fixtures/SOURCES.md. A recheck records such a page as
// "removed". The sentences start with no word boundary: the text of the element before may end
// right against them.

const UNAVAILABLE: Partial<Record<PlatformId, RegExp[]>> = {
  // Meta's page for a missing post, profile or reel: "Sorry, this page isn't available." /
  // "Désolé, cette page n'est pas disponible."
  instagram: [/Sorry, this page isn['’]t available/i, /Désolé, cette page n['’]est pas disponible/i],
  // Threads runs on Instagram's web stack and is read as showing the same page (not quoted first
  // hand for Threads), and its post-level notice "This post is unavailable." / « Ce post n'est pas
  // disponible. » (not quoted first hand either; X's French tombstone has the same words).
  threads: [
    /Sorry, this page isn['’]t available/i,
    /Désolé, cette page n['’]est pas disponible/i,
    /This post is unavailable/i,
    /Ce post n['’]est pas disponible/i,
  ],
  // "This content isn't available right now" / "Ce contenu n'est pas disponible pour le moment":
  // deleted, or shared with fewer people since; either way gone for the person who reported it.
  facebook: [
    /This content isn['’]t available (?:right now|at the moment)/i,
    /Ce contenu n['’]est pas disponible (?:pour le moment|actuellement)/i,
  ],
  // The thread screen's only sentences: "Post not found" / "Post introuvable", "This post has been
  // deleted." / "Ce post a été supprimé.", "Deleted post." / "Post supprimé."
  bluesky: [
    /Post not found/i,
    /This post has been deleted/i,
    /Deleted post/i,
    /Post introuvable/i,
    /Ce post a été supprimé/i,
    /Post supprimé/i,
  ],
};

/** Whether `text` holds one of the platform's sentences for a deleted or unavailable post. */
export function saysUnavailable(platform: PlatformId, text: string): boolean {
  return (UNAVAILABLE[platform] ?? []).some((sentence) => sentence.test(text));
}

/**
 * Whether `notice` (a platform's own page or panel) says the post is deleted or unavailable; the
 * elements matching `userContent` inside it are not read.
 */
export function isUnavailablePage(
  platform: PlatformId,
  notice: Element | null | undefined,
  userContent?: string,
): boolean {
  return !!notice && saysUnavailable(platform, noticeText(notice, userContent));
}
