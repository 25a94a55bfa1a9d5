import { type Lang, uiLang } from '.';

// Dates and times as the person reads them: in their language and their time zone (the browser's,
// unless a caller names one). Evidence keeps its times in UTC (ISO 8601); where a time may be
// read by someone elsewhere (evidence metadata, the printable report, an export) both are shown.

const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export function localeOf(lang: Lang): string {
  return locales[lang];
}

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Making a formatter costs far more than using one (a list formats each line's dates): kept. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([lang, options]);
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(localeOf(lang), options);
    formatters.set(key, made);
  }
  return made;
}

function format(iso: string, lang: Lang, options: Intl.DateTimeFormatOptions): string {
  const date = parse(iso);
  return date ? formatter(lang, options).format(date) : iso;
}

/** Date and time with seconds and the time zone's name: evidence times must be unambiguous. */
export function formatDateTime(iso: string, lang: Lang = uiLang(), timeZone?: string): string {
  return format(iso, lang, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
    timeZone,
  });
}

/** The local time, then UTC in brackets; once only when the person's zone is UTC itself. */
export function formatLocalAndUtc(iso: string, lang: Lang = uiLang(), timeZone?: string): string {
  const local = formatDateTime(iso, lang, timeZone);
  const utc = formatDateTime(iso, lang, 'UTC');
  return local === utc ? utc : `${local} (${utc})`;
}

/** A compact date and time for lists (no seconds, no zone). */
export function formatShortDateTime(iso: string, lang: Lang = uiLang(), timeZone?: string): string {
  return format(iso, lang, { dateStyle: 'short', timeStyle: 'short', timeZone });
}

/** The day alone. */
export function formatDay(iso: string, lang: Lang = uiLang(), timeZone?: string): string {
  return format(iso, lang, { dateStyle: 'short', timeZone });
}
