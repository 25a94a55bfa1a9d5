import { noticeText } from './platform-notice';

// The sentences platforms show in place of a post they withhold in the viewer's country (a legal
// demand, a local law, a licence), in English and in French (most of Constat's users read the
// platforms in French), as quoted in test/fixtures/SOURCES.md. The post may still be online
// elsewhere: a recheck records it as "not visible", never as removed. Adapters test only the
// platform's own notice (an error panel, an empty page), never text a user could have written.

const REGION_BLOCK = [
  // X: "This Post from @user has been withheld in France in response to a legal demand." and
  // "… based on local law(s)."; the same for a whole account.
  /\bwithheld in [^.]{2,60}\b(?:in response to a legal demand|based on local law)/i,
  // X in French: "Ce post de @user a été retenu en France en réponse à une demande légale.", "Le
  // compte de @user a été retenu …", with "au", "aux" or "dans" before other countries' names;
  // the verb is not quoted first hand anywhere public, so its likely variants are taken too.
  /\b(?:retenue?|bloquée?|masquée?|restreinte?) (?:en|au|aux|dans) [^.]{2,60}(?:en réponse à une demande légale|en vertu d[eu]s? lois? locales?)/i,
  // YouTube: "The uploader has not made this video available in your country.", and the legal
  // block "This content is not available on this country domain due to a legal complaint…".
  /\bnot made this video available in your country\b/i,
  /\bnot available on this country domain\b/i,
  // YouTube in French: "… ne l'a pas rendue disponible dans votre pays."
  /\bne l['’]a pas rendue disponible dans votre pays\b/i,
  // Reddit's block page ("This content is not available in your country."), and the same
  // sentence on YouTube, TikTok and Meta's pages, with "region" or "location" for "country".
  /\b(?:is not|isn['’]t) available in your (?:country|region|location)\b/i,
  // The same in French: "Ce contenu n'est pas disponible dans votre pays en raison d'une
  // réclamation d'ordre juridique" (YouTube), "Cette vidéo n'est pas disponible dans votre pays"…
  /\bn['’]est pas disponible dans votre (?:pays|région|zone)\b/i,
  // Meta (Facebook, Instagram, Threads): "People in Canada can't see this content."
  /\bPeople in [A-Z][\w .-]{1,40} can['’]t see this content\b/,
];

/**
 * Whether `notice` (a platform's own panel or page) says the post is withheld in the viewer's
 * country; the elements matching `userContent` (posts, comments) inside it are not read.
 */
export function isRegionBlock(notice: Element | null | undefined, userContent?: string): boolean {
  if (!notice) return false;
  const text = noticeText(notice, userContent);
  return REGION_BLOCK.some((sentence) => sentence.test(text));
}
