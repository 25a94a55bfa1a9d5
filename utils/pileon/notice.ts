import { t } from '../i18n';
import { fill } from '../i18n/fill';
import type { Notifier } from '../notice/compose';
import type { Notice, NoticeLanguage } from '../notice/notice';
import { goodFaithStatement } from '../notice/statements';
import { categoryById, legalBasisFor } from '../taxonomy';
import type { GroundId } from '../taxonomy/grounds';
import { taxonomyText } from '../taxonomy/text';
import type { Collection } from './collection';
import { timelineOf } from './timeline';

// One notice for a whole pile-on. The DSA lets a notice name several addresses (Art. 16(2)(b));
// the explanation names the pattern that makes it harassment under Code pénal art. 222-33-2-2
// (several people targeting one person, in concert or one after another), and the press-law
// offences (loi du 29 juillet 1881) where the replies' own categories fall under it.

/** What each reply's report says of its offence: the person's choice, else the assistant's. */
export interface ReplyOffence {
  categoryId: string | null;
  grounds: readonly GroundId[];
}

const HARASSMENT = 'harassment';

/** The citations: 222-33-2-2 (with its aggravations for the grounds named), then the 1881 law's. */
export function collectionLegalBasis(offences: readonly ReplyOffence[]): string[] {
  const grounds = [...new Set(offences.flatMap((o) => o.grounds))];
  const harassment = categoryById(HARASSMENT);
  const cited = harassment
    ? legalBasisFor(harassment, grounds).filter((p) => grounds.length > 0 || p.kind === 'offence')
    : [];
  for (const offence of offences) {
    const category = categoryById(offence.categoryId);
    if (!category?.illegal) continue;
    cited.push(
      ...legalBasisFor(category, offence.grounds).filter(
        (p) => p.id.startsWith('loi1881') && p.kind === 'offence',
      ),
    );
  }
  return [...new Set(cited.map((p) => p.citation))];
}

function dateLabel(iso: string | null | undefined, lang: NoticeLanguage): string {
  if (!iso) return '?';
  return new Date(iso).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

function targetName(collection: Collection): string {
  const { authorHandle, authorName } = collection.target;
  return authorHandle ? `@${authorHandle.replace(/^@/, '')}` : (authorName ?? '');
}

/**
 * Replies that have no address of their own in the page (TikTok comments whose id the page does not
 * hold): the notice points at the post they are under and names each by its author and time.
 */
function unaddressed(collection: Collection, lang: NoticeLanguage): string {
  const items = collection.items.filter((i) => !i.permalink);
  if (items.length === 0) return '';
  const post = collection.target.permalink ?? collection.target.pageUrl;
  const who = items
    .map(
      (i) =>
        `${i.authorHandle ? `@${i.authorHandle.replace(/^@/, '')}` : (i.authorName ?? '?')} (${dateLabel(i.publishedAt, lang)})`,
    )
    .join(', ');
  return ` ${fill(t('noticePileonUnaddressed', lang), { count: items.length, post, who })}`;
}

function explanation(collection: Collection, legalBasis: string, lang: NoticeLanguage): string {
  const timeline = timelineOf(collection.items);
  const replies = timeline.replies;
  const authors = timeline.authors.length;
  const from = dateLabel(timeline.first?.publishedAt, lang);
  const to = dateLabel(timeline.last?.publishedAt, lang);
  const target = targetName(collection);
  const post = collection.target.permalink ?? collection.target.pageUrl;
  const key = target ? 'noticePileonExplanationTargeting' : 'noticePileonExplanation';
  const values = { replies, authors, from, to, post, law: legalBasis, target };
  return `${fill(t(key, lang), values)}${unaddressed(collection, lang)}`;
}

/** The collection's notice in `lang`: every reply's address, the pattern, the law, the notifier. */
export function composeCollectionNotice(
  collection: Collection,
  offences: readonly ReplyOffence[],
  notifier: Notifier,
  lang: NoticeLanguage,
): Notice {
  const own = collection.items.map((i) => i.permalink).filter((u): u is string => Boolean(u));
  // Replies without an address of their own are reached through the post they are under.
  const under = collection.items.some((i) => !i.permalink) && own.length > 0;
  const urls = [
    ...new Set([...own, ...(under ? [collection.target.permalink ?? collection.target.pageUrl] : [])]),
  ];
  const legalBasis = collectionLegalBasis(offences).join(' ; ');
  const category = categoryById(HARASSMENT);
  return {
    language: lang,
    platform: collection.target.platform,
    urls: urls.length > 0 ? urls : [collection.target.pageUrl],
    addressKind: urls.length > 0 ? 'post' : 'page',
    // Replies listed under a post on a platform's public thread page: seen by anyone who opens it.
    audience: 'public',
    authorHandle: null,
    authorName: null,
    publishedAt: null,
    quote: '',
    categoryId: HARASSMENT,
    categoryLabel: category ? taxonomyText(category.label, lang) : '',
    illegal: true,
    legalBasis,
    explanation: explanation(collection, legalBasis, lang),
    country: 'FR',
    anonymous: false,
    name: notifier.name,
    email: notifier.email,
    goodFaith: t(goodFaithStatement, lang),
  };
}
