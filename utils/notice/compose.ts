import type { PlatformId } from '../platform-id';
import { shortened } from '../shortened';
import { legalBasisFor } from '../taxonomy';
import { categoryById } from '../taxonomy/categories';
import { type GroundId, groundById } from '../taxonomy/grounds';
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
  const and = lang === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
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
  const open = source.audience === 'public';
  if (lang === 'fr') {
    const place = onPage ? 'sur la page indiquée' : 'à l’adresse indiquée';
    return open ? `Il est accessible au public ${place}` : `Il se trouve ${place}`;
  }
  const place = onPage ? 'on the page given' : 'at the address given';
  return open ? `It is publicly accessible ${place}` : `It is ${place}`;
}

function explanationOf(source: NoticeSource, lang: NoticeLanguage, legalBasis: string): string {
  const category = categoryById(source.categoryId);
  const handle = source.authorHandle.replace(/^@?/, '@');
  const author = source.authorHandle ? handle : source.authorName;
  const groundNames = source.grounds.map((g) => groundById(g).label[lang].toLowerCase());
  if (!category) {
    return lang === 'fr'
      ? 'Ce contenu est manifestement illicite pour les raisons suivantes : '
      : 'This content is manifestly illegal for the following reasons: ';
  }
  const label = category.label[lang];
  if (lang === 'fr') {
    const by = author ? `, publié par ${author},` : '';
    const because = groundNames.length
      ? ` ; il vise des personnes en raison de leur ${listed(groundNames, lang)}`
      : '';
    return category.illegal
      ? `Ce contenu${by} relève de l’infraction « ${label} », prévue et réprimée par : ${legalBasis}${because}. ${whereItIs(source, lang)} ; le passage en cause est cité ci-dessous. Je vous demande de le retirer ou d’en bloquer l’accès.`
      : `Ce contenu${by} enfreint vos règles d’utilisation (« ${label} »)${because}. Le passage en cause est cité ci-dessous. Je vous demande de l’examiner au regard de vos conditions.`;
  }
  const by = author ? `, posted by ${author},` : '';
  const because = groundNames.length
    ? `; it targets people because of their ${listed(groundNames, lang)}`
    : '';
  return category.illegal
    ? `This content${by} falls under the offence “${label}”, defined and punished under French law by: ${legalBasis}${because}. ${whereItIs(source, lang)}; the offending passage is quoted below. I ask you to remove it or disable access to it.`
    : `This content${by} breaks your terms of service (“${label}”)${because}. The offending passage is quoted below. I ask you to review it under your terms.`;
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
  return cited || placeholders.provision[lang];
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
    categoryLabel: category?.label[lang] ?? '',
    illegal: category?.illegal ?? true,
    legalBasis,
    explanation: explanationOf(source, lang, legalBasis),
    country: 'FR',
    anonymous,
    name: anonymous ? '' : notifier.name,
    email: anonymous ? '' : notifier.email,
    goodFaith: goodFaithStatement[lang],
  };
}
