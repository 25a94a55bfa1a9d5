import type { Notice, NoticeLanguage } from './notice';
import { anonymousNotifier } from './statements';

// The notice as text: for forms that take one free-text box, for copying, email and print.

const words = {
  fr: {
    subject: 'Notification de contenu illicite (art. 16 du règlement (UE) 2022/2065, DSA)',
    subjectRules: 'Signalement d’un contenu contraire à vos règles',
    urls: 'Adresse(s) exacte(s) du contenu',
    pageUrl:
      'Adresse de la page où le contenu apparaît (l’adresse propre de la publication n’a pas été trouvée)',
    author: 'Auteur du contenu',
    published: 'Date de publication',
    offence: 'Infraction',
    rule: 'Motif',
    law: 'Base légale',
    country: 'Pays dont la loi est enfreinte',
    explanation: 'Explication',
    quote: 'Passage en cause',
    notifier: 'Auteur de la notification',
    statement: 'Déclaration',
    france: 'France',
    open: '« ',
    close: ' »',
    colon: ' :',
  },
  en: {
    subject: 'Notice of illegal content (Art. 16 of Regulation (EU) 2022/2065, DSA)',
    subjectRules: 'Report of content that breaks your rules',
    urls: 'Exact address(es) of the content',
    pageUrl: 'Address of the page where the content appears (the post’s own address was not found)',
    author: 'Author of the content',
    published: 'Published',
    offence: 'Offence',
    rule: 'Reason',
    law: 'Legal basis',
    country: 'Country whose law is breached',
    explanation: 'Explanation',
    quote: 'Offending passage',
    notifier: 'Notifier',
    statement: 'Statement',
    france: 'France',
    open: '“',
    close: '”',
    colon: ':',
  },
} as const;

/** The publication time as a person reads it, in Paris time (the law the notice cites is French). */
function publishedLabel(iso: string, lang: NoticeLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const shown = date.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'Europe/Paris',
    dateStyle: 'long',
    timeStyle: 'short',
  });
  return `${shown} (${lang === 'fr' ? 'heure de Paris' : 'Paris time'})`;
}

export function noticeSubject(notice: Notice): string {
  const w = words[notice.language];
  return notice.illegal ? w.subject : w.subjectRules;
}

/** Each part of the notice as a labelled value, in the notice's language, for "copy as fields". */
export function noticeFieldList(notice: Notice): { label: string; value: string }[] {
  const w = words[notice.language];
  const author = [notice.authorName, notice.authorHandle && `@${notice.authorHandle.replace(/^@/, '')}`]
    .filter(Boolean)
    .join(' ');
  const notifier = notice.anonymous
    ? anonymousNotifier[notice.language]
    : [notice.name, notice.email && `<${notice.email}>`].filter(Boolean).join(' ');
  const fields = [
    { label: notice.addressKind === 'page' ? w.pageUrl : w.urls, value: notice.urls.join('\n') },
    { label: w.author, value: author },
    {
      label: w.published,
      value: notice.publishedAt ? publishedLabel(notice.publishedAt, notice.language) : '',
    },
    { label: notice.illegal ? w.offence : w.rule, value: notice.categoryLabel },
    { label: w.law, value: notice.illegal ? notice.legalBasis : '' },
    { label: w.country, value: notice.illegal ? w.france : '' },
    { label: w.explanation, value: notice.explanation },
    { label: w.quote, value: notice.quote && `${w.open}${notice.quote}${w.close}` },
    { label: w.notifier, value: notifier },
    { label: w.statement, value: notice.goodFaith },
  ];
  return fields.filter((f) => f.value.trim() !== '');
}

/** The whole notice as plain text: subject line, then each part under its heading. */
export function noticeText(notice: Notice): string {
  const { colon } = words[notice.language];
  const parts = noticeFieldList(notice).map(({ label, value }) =>
    value.includes('\n') || value.length > 80 ? `${label}${colon}\n${value}` : `${label}${colon} ${value}`,
  );
  return [noticeSubject(notice), '', ...parts].join('\n');
}

/** A `mailto:` address with the subject and the notice as body; `to` may be empty (the person picks). */
export function noticeMailto(notice: Notice, to = ''): string {
  const query = `subject=${encodeURIComponent(noticeSubject(notice))}&body=${encodeURIComponent(noticeText(notice))}`;
  return `mailto:${encodeURIComponent(to)}?${query}`;
}

/** The explanation and the quote in one block: what a form's single "reasons" box should hold. */
export function reasonsText(notice: Notice): string {
  const w = words[notice.language];
  const quote = notice.quote ? `\n\n${w.quote}${w.colon} ${w.open}${notice.quote}${w.close}` : '';
  return `${notice.explanation}${quote}`;
}
