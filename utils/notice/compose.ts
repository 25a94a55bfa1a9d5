import type { PlatformId } from '../platform-id';
import { shortened } from '../shortened';
import { legalBasisFor } from '../taxonomy';
import { categoryById } from '../taxonomy/categories';
import { type GroundId, groundById } from '../taxonomy/grounds';
import type { Notice, NoticeLanguage } from './notice';
import { goodFaithStatement } from './statements';

/** What the notice is made from: the report's current values (the person's edits included). */
export interface NoticeSource {
  platform: PlatformId;
  /** The post's address, or the page's when no post was found. */
  url: string;
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

/** Shown where the law must be named by the person (other illegal content): never left blank silently. */
const provisionToName = { fr: '[disposition légale à préciser]', en: '[legal provision to be named]' };

function explanationOf(source: NoticeSource, lang: NoticeLanguage, cited: string): string {
  const legalBasis = cited || provisionToName[lang];
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
      ? `Ce contenu${by} relève de l’infraction « ${label} », prévue et réprimée par : ${legalBasis}${because}. Il est accessible au public à l’adresse indiquée ; le passage en cause est cité ci-dessous. Je vous demande de le retirer ou d’en bloquer l’accès.`
      : `Ce contenu${by} enfreint vos règles d’utilisation (« ${label} »)${because}. Le passage en cause est cité ci-dessous. Je vous demande de l’examiner au regard de vos conditions.`;
  }
  const by = author ? `, posted by ${author},` : '';
  const because = groundNames.length
    ? `; it targets people because of their ${listed(groundNames, lang)}`
    : '';
  return category.illegal
    ? `This content${by} falls under the offence “${label}”, defined and punished under French law by: ${legalBasis}${because}. It is publicly accessible at the address given; the offending passage is quoted below. I ask you to remove it or disable access to it.`
    : `This content${by} breaks your terms of service (“${label}”)${because}. The offending passage is quoted below. I ask you to review it under your terms.`;
}

/**
 * A DSA Art. 16(2)-complete notice in `lang`: address, explanation citing the law and quoting the
 * content, the notifier's name and email (left out where the law allows anonymity: sexual content
 * involving minors), and the good-faith statement.
 */
export function composeNotice(source: NoticeSource, notifier: Notifier, lang: NoticeLanguage): Notice {
  const category = categoryById(source.categoryId);
  // Procedural rules (time limits, the DSA article itself) are not the offence a notice cites.
  const legalBasis = category
    ? legalBasisFor(category, source.grounds)
        .filter((p) => p.kind !== 'procedure')
        .map((p) => p.citation)
        .join(' ; ')
    : '';
  const anonymous = category?.protectsNotifierIdentity ?? false;
  return {
    language: lang,
    platform: source.platform,
    urls: [source.url],
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
