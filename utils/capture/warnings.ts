import { type Lang, type MessageKey, t, uiLang } from '../i18n';
import type { NoPostReason } from './extraction';

// What the user is told when a capture is partial, in the UI language at capture time.

const noPost: Record<NoPostReason, MessageKey> = {
  'no-target': 'captureNoPostNoTarget',
  'unsupported-page': 'captureNoPostUnsupportedPage',
  'no-post-at-target': 'captureNoPostNoPostAtTarget',
  'no-post-at-focus': 'captureNoPostNoPostAtFocus',
  'extract-failed': 'captureNoPostExtractFailed',
  'login-wall': 'captureNoPostLoginWall',
  'region-blocked': 'captureNoPostRegionBlocked',
  'post-unavailable': 'captureNoPostPostUnavailable',
  'unsupported-layout': 'captureNoPostUnsupportedLayout',
};

const other = {
  pageUnreadable: 'captureWarningPageUnreadable',
  screenshotFailed: 'captureWarningScreenshotFailed',
  clipped: 'captureWarningClipped',
  cropFailed: 'captureWarningCropFailed',
  noPictures: 'captureWarningNoPictures',
  subframe: 'captureWarningSubframe',
  zoomNotRestored: 'captureWarningZoomNotRestored',
  collapsedText: 'captureWarningCollapsedText',
} as const satisfies Record<string, MessageKey>;

const withDetail = (text: string, detail: string | null) => (detail ? `${text} (${detail})` : text);

export function noPostWarning(reason: NoPostReason, detail: string | null, lang: Lang = uiLang()): string {
  return `${withDetail(t(noPost[reason], lang), detail)} ${t('captureWarningPageCapture', lang)}`;
}

export function captureWarning(
  kind: keyof typeof other,
  detail: string | null = null,
  lang: Lang = uiLang(),
) {
  return withDetail(t(other[kind], lang), detail);
}
