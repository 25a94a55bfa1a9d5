import { type MessageKey, t } from '../i18n';
import { fill } from '../i18n/fill';
import type { Notice, NoticeLanguage } from './notice';
import { anonymousNotifier } from './statements';

// The notice as text: for forms that take one free-text box, for copying, email and print. Its
// headings and fixed words are the catalogue's, in the notice's language (loaded by the page).

/** The notice's headings, in the catalogue (noticeHeading…). */
const headings = {
  subject: 'noticeHeadingSubject',
  subjectRules: 'noticeHeadingSubjectRules',
  urls: 'noticeHeadingUrls',
  pageUrl: 'noticeHeadingPageUrl',
  author: 'noticeHeadingAuthor',
  published: 'noticeHeadingPublished',
  offence: 'noticeHeadingOffence',
  rule: 'noticeHeadingRule',
  law: 'noticeHeadingLaw',
  country: 'noticeHeadingCountry',
  explanation: 'noticeHeadingExplanation',
  quote: 'noticeHeadingQuote',
  notifier: 'noticeHeadingNotifier',
  statement: 'noticeHeadingStatement',
} as const satisfies Record<string, MessageKey>;

/** The notice's headings in its language. */
function headingsIn(lang: NoticeLanguage): Record<keyof typeof headings, string> {
  const entries = Object.entries(headings).map(([name, key]) => [name, t(key, lang)]);
  return Object.fromEntries(entries) as Record<keyof typeof headings, string>;
}

function quoted(quote: string, lang: NoticeLanguage): string {
  return fill(t('noticeQuoted', lang), { quote });
}

/** The publication time as a person reads it, in Paris time (the law the notice cites is French). */
function publishedLabel(iso: string, lang: NoticeLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const shown = date.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'Europe/Paris',
    dateStyle: 'long',
    timeStyle: 'short',
  });
  return fill(t('noticePublishedParisTime', lang), { time: shown });
}

export function noticeSubject(notice: Notice): string {
  return t(notice.illegal ? headings.subject : headings.subjectRules, notice.language);
}

/** Each part of the notice as a labelled value, in the notice's language, for "copy as fields". */
export function noticeFieldList(notice: Notice): { label: string; value: string }[] {
  const w = headingsIn(notice.language);
  const author = [notice.authorName, notice.authorHandle && `@${notice.authorHandle.replace(/^@/, '')}`]
    .filter(Boolean)
    .join(' ');
  const notifier = notice.anonymous
    ? t(anonymousNotifier, notice.language)
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
    { label: w.country, value: notice.illegal ? t('noticeCountryFrance', notice.language) : '' },
    { label: w.explanation, value: notice.explanation },
    { label: w.quote, value: notice.quote && quoted(notice.quote, notice.language) },
    { label: w.notifier, value: notifier },
    { label: w.statement, value: notice.goodFaith },
  ];
  return fields.filter((f) => f.value.trim() !== '');
}

/** The whole notice as plain text: subject line, then each part under its heading. */
export function noticeText(notice: Notice): string {
  const lang = notice.language;
  const parts = noticeFieldList(notice).map(({ label, value }) =>
    fill(t(value.includes('\n') || value.length > 80 ? 'noticeFieldBlock' : 'noticeFieldInline', lang), {
      label,
      value,
    }),
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
  const lang = notice.language;
  if (!notice.quote) return notice.explanation;
  const value = quoted(notice.quote, lang);
  const quote = fill(t('noticeFieldInline', lang), { label: t(headings.quote, lang), value });
  return `${notice.explanation}\n\n${quote}`;
}
