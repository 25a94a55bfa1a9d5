import { t } from '../i18n';
import { fill } from '../i18n/fill';
import type { PlatformId } from '../platform-id';
import { shortened } from '../shortened';
import { legalBasisFor } from '../taxonomy';
import { categoryById } from '../taxonomy/categories';
import { type GroundId, groundById } from '../taxonomy/grounds';
import { taxonomyText } from '../taxonomy/text';
import type { AddressKind, Audience } from './audience';
import type { Notice, NoticeLanguage } from './notice';
import { placeholders } from './placeholders';
import { goodFaithStatement } from './statements';

/** What the notice is made from: the report's current values (the person's edits included). */
export interface NoticeSource {
  platform: PlatformId;
  /** The post's address, or the page's when no post address was found (`addressKind` says which). */
  url: string;
  addressKind: AddressKind;
  /** Whether the content is public, as the person confirmed it; null until they do. */
  audience: Audience | null;
  authorHandle: string;
  authorName: string;
  publishedAt: string;
  text: string;
  categoryId: string | null;
  grounds: readonly GroundId[];
}

export interface Notifier {
  name: string;
  email: string;
}

/** Longest passage quoted: a notice quotes the offending words, it does not reproduce a thread. */
const MAX_QUOTE_CHARS = 1500;

function quoteOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return shortened(flat, MAX_QUOTE_CHARS);
}

function listed(items: readonly string[], lang: NoticeLanguage): string {
  if (items.length <= 1) return items.join('');
  return fill(t('noticeExplanationLastOfList', lang), {
    items: items.slice(0, -1).join(', '),
    last: items.at(-1) ?? '',
  });
}

/** The person's choices that shape the notice beyond the report's values. */
export interface NoticeChoices {
  /** Leave name and email out where the law allows it (Directive 2011/93/EU Arts 3–7); the default. */
  anonymous: boolean;
  /** The legal basis as the person rewrote it, cited in the explanation too. */
  legalBasis?: string;
}

/** Where the content is, said only as far as it is known: public only when confirmed so. */
function whereItIs(source: NoticeSource, lang: NoticeLanguage): string {
  const onPage = source.addressKind === 'page';
  if (source.audience === 'public')
    return t(onPage ? 'noticeWherePublicOnPage' : 'noticeWherePublicAtAddress', lang);
  return t(onPage ? 'noticeWhereOnPage' : 'noticeWhereAtAddress', lang);
}

function explanationOf(source: NoticeSource, lang: NoticeLanguage, legalBasis: string): string {
  const category = categoryById(source.categoryId);
  const handle = source.authorHandle.replace(/^@?/, '@');
  const author = source.authorHandle ? handle : source.authorName;
  const groundNames = source.grounds.map((g) => taxonomyText(groundById(g).label, lang).toLowerCase());
  // The person goes on writing after these words.
  if (!category) return `${t('noticeExplanationNoCategory', lang)} `;
  const grounded = groundNames.length > 0;
  const key = category.illegal
    ? grounded
      ? 'noticeExplanationIllegalGrounds'
      : 'noticeExplanationIllegal'
    : grounded
      ? 'noticeExplanationRulesGrounds'
      : 'noticeExplanationRules';
  return fill(t(key, lang), {
    by: author ? fill(t('noticeExplanationBy', lang), { author }) : '',
    offence: taxonomyText(category.label, lang),
    law: legalBasis,
    grounds: listed(groundNames, lang),
    where: whereItIs(source, lang),
  });
}

/** The provisions the category cites for these grounds; a placeholder where the person must name one. */
function legalBasisOf(source: NoticeSource, lang: NoticeLanguage): string {
  const category = categoryById(source.categoryId);
  if (!category?.illegal) return '';
  // Procedural rules (time limits, the DSA article itself) are not the offence a notice cites.
  const cited = legalBasisFor(category, source.grounds)
    .filter((p) => p.kind !== 'procedure')
    .map((p) => p.citation)
    .join(' ; ');
  return cited || t(placeholders.provision, lang);
}

/**
 * A DSA Art. 16(2)-complete notice in `lang`: address, explanation citing the law and quoting the
 * content, the notifier's name and email (left out if the person chooses so where the law allows
 * it: the offences of Directive 2011/93/EU Arts 3–7), and the good-faith statement.
 */
export function composeNotice(
  source: NoticeSource,
  notifier: Notifier,
  lang: NoticeLanguage,
  choices: NoticeChoices = { anonymous: true },
): Notice {
  const category = categoryById(source.categoryId);
  const legalBasis = choices.legalBasis ?? legalBasisOf(source, lang);
  const anonymous = (category?.protectsNotifierIdentity ?? false) && choices.anonymous;
  return {
    language: lang,
    platform: source.platform,
    urls: [source.url],
    addressKind: source.addressKind,
    audience: source.audience,
    authorHandle: source.authorHandle || null,
    authorName: source.authorName || null,
    publishedAt: source.publishedAt || null,
    quote: quoteOf(source.text),
    categoryId: category?.id ?? null,
    categoryLabel: category ? taxonomyText(category.label, lang) : '',
    illegal: category?.illegal ?? true,
    legalBasis,
    explanation: explanationOf(source, lang, legalBasis),
    country: 'FR',
    anonymous,
    name: anonymous ? '' : notifier.name,
    email: anonymous ? '' : notifier.email,
    goodFaith: t(goodFaithStatement, lang),
  };
}
