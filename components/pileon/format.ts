import { type Lang, uiLang } from '../../utils/i18n';

/** A time as a person in France reads it on the collection page and in the summary. */
export function parisTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

/** The author as listed: @handle, or the name. */
export function authorLabel(handle: string | null, name: string | null): string {
  return handle ? `@${handle.replace(/^@/, '')}` : (name ?? '—');
}

/** A colon as each language writes it: « Auteur : », "Author:". */
export function colon(lang: Lang = uiLang()): string {
  return lang === 'fr' ? '\u00a0:' : ':';
}
