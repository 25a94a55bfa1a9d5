import type { PanelStrings } from '../form-fill/plan';
import { type Lang, type MessageKey, t } from '../i18n';

// The form panel runs inside the platform's page, where the locales are not loaded: the background
// sends its words with the plan.

const keys: Record<keyof PanelStrings, MessageKey> = {
  region: 'formPanelRegion',
  neverSends: 'formPanelNeverSends',
  copy: 'formPanelCopy',
  copied: 'formPanelCopied',
  copyFailed: 'formPanelCopyFailed',
  hide: 'formPanelHide',
  show: 'formPanelShow',
  close: 'formPanelClose',
  download: 'formPanelDownload',
  filled: 'formPanelStatusFilled',
  shortened: 'formPanelStatusShortened',
  already: 'formPanelStatusAlready',
  'left-to-user': 'formPanelStatusLeftToUser',
  'not-found': 'formPanelStatusNotFound',
  'no-option': 'formPanelStatusNoOption',
  'changed-by-user': 'formPanelStatusChangedByUser',
  guideHeading: 'formPanelGuideHeading',
  unverified: 'formPanelUnverified',
  opening: 'formPanelGuideOpening',
  opened: 'formPanelGuideOpened',
  'no-post-url': 'formPanelGuideNoPostUrl',
  'post-not-found': 'formPanelGuidePostNotFound',
  'menu-button-not-found': 'formPanelGuideMenuButtonNotFound',
  'report-item-not-found': 'formPanelGuideReportItemNotFound',
};

export function panelStrings(lang: Lang): PanelStrings {
  const strings = {} as Record<keyof PanelStrings, string>;
  for (const [name, key] of Object.entries(keys) as [keyof PanelStrings, MessageKey][])
    strings[name] = t(key, lang);
  return strings;
}
