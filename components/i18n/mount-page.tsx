import { render, type VNode } from 'preact';
import { browser } from 'wxt/browser';
import { type Lang, type MessageKey, readyLang, setUiLang, t } from '../../utils/i18n';
import { chosenUiLang } from '../../utils/i18n/choice';

interface PageOptions {
  /** The page's title after "Constat · ". */
  titleKey?: MessageKey;
  /** A language the page must keep whatever the settings say (a printout asked for in one language). */
  lang?: Lang;
  /** The page writes documents in either language, whatever its own (a notice, a printed summary). */
  bothLanguages?: boolean;
  doc?: Document;
}

/**
 * Renders an extension page in the person's interface language, and again whenever they choose
 * another in the options (from this page or another). Re-rendering, not remounting: what the page
 * holds (a notice's own language, text being typed) stays as it is.
 */
export async function mountPage(
  page: () => VNode,
  { titleKey, lang, bothLanguages = false, doc = document }: PageOptions = {},
) {
  const root = doc.getElementById('app');
  if (!root) return;
  // The settings are read while the catalogues load: the first render waits for the slower only.
  const [chosen] = await Promise.all([
    lang ? null : chosenUiLang(),
    bothLanguages ? Promise.all((['fr', 'en'] as const).map(readyLang)) : null,
  ]);
  let shown: Lang | undefined;
  const draw = (next: Lang) => {
    if (next === shown) return;
    shown = next;
    setUiLang(next);
    doc.documentElement.lang = next;
    if (titleKey) doc.title = `Constat · ${t(titleKey)}`;
    render(page(), root);
  };
  if (lang) return draw(await readyLang(lang));
  draw(await readyLang(chosen ?? (await chosenUiLang())));
  browser.storage.local.onChanged.addListener((changes) => {
    if ('settings' in changes) void chosenUiLang().then(readyLang).then(draw);
  });
}
