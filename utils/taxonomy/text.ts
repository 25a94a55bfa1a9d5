import { type Lang, t } from '../i18n';
import { fill } from '../i18n/fill';
import type { TaxonomyText } from './text-schema';

// A taxonomy text read in the language asked for: the interface's on the pages, the notice's in a
// notice (utils/taxonomy/README.md).

export { keysOf, type TaxonomyText } from './text-schema';

/** The text in `lang`; that catalogue must be at hand (the browser's, or loaded: `readyLang`). */
export function taxonomyText(text: TaxonomyText, lang: Lang): string {
  if (typeof text === 'string') return t(text, lang);
  const values = Object.fromEntries(
    Object.entries(text.values).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : t(value.key, lang),
    ]),
  );
  return fill(t(text.key, lang), values);
}
