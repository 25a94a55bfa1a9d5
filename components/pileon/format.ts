import { type Lang, uiLang } from '../../utils/i18n';
import { formatShortDateTime } from '../../utils/i18n/dates';

/** A time on the collection page and in the summary, in the person's time zone. */
export function localTime(iso: string | null | undefined, lang: Lang): string {
  return iso ? formatShortDateTime(iso, lang) : '—';
}

/** The author as listed: @handle, or the name. */
export function authorLabel(handle: string | null, name: string | null): string {
  return handle ? `@${handle.replace(/^@/, '')}` : (name ?? '—');
}

/** A colon as each language writes it: « Auteur : », "Author:". */
export function colon(lang: Lang = uiLang()): string {
  return lang === 'fr' ? '\u00a0:' : ':';
}
