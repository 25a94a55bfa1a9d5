import { type Lang, t, uiLang } from '../../utils/i18n';
import { fill } from '../log/fill';

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** `2026-11` as "Nov 2026" / "nov. 2026". */
export function monthLabel(month: string, lang: Lang = uiLang()): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale(lang), { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, index - 1, 15)),
  );
}

/** Hours as "36 h", or "3.5 days" past two days; one decimal at most. */
export function durationLabel(hours: number, lang: Lang = uiLang()): string {
  const number = (n: number) => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(n);
  return hours < 48
    ? fill(t('statsHours', lang), { n: number(hours) })
    : fill(t('statsDays', lang), { n: number(hours / 24) });
}

/** A share as a whole percentage; a dash when nothing could be judged. */
export function shareLabel(part: number, whole: number, lang: Lang = uiLang()): string {
  if (whole === 0) return '—';
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(
    part / whole,
  );
}
