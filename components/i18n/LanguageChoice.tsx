import { browser } from 'wxt/browser';
import { langOf, t } from '../../utils/i18n';
import { fill } from '../../utils/i18n/fill';
import type { UiLanguageChoice } from '../../utils/settings';

interface Props {
  choice: UiLanguageChoice;
  onChange: (choice: UiLanguageChoice) => void;
  /** The browser's UI language, named in the first option. */
  browserLocale?: string;
}

const languageName = { fr: 'uiLanguageFrench', en: 'uiLanguageEnglish' } as const;

/** The interface's language: the browser's, or one chosen here. Each notice keeps its own language. */
export function LanguageChoice({ choice, onChange, browserLocale = browser.i18n.getUILanguage() }: Props) {
  const option = (value: UiLanguageChoice) => (
    <label key={value} lang={value === 'browser' ? undefined : value}>
      <input
        type="radio"
        name="ui-language"
        value={value}
        checked={choice === value}
        onChange={() => onChange(value)}
      />{' '}
      {value === 'browser'
        ? fill(t('uiLanguageBrowser'), { language: t(languageName[langOf(browserLocale)]) })
        : t(languageName[value])}
    </label>
  );
  return (
    <fieldset class="ui-language">
      <legend>{t('uiLanguageHeading')}</legend>
      {(['browser', 'fr', 'en'] as const).map(option)}
      <p class="muted">{t('uiLanguageScope')}</p>
    </fieldset>
  );
}
