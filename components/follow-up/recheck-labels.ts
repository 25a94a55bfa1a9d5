import type { MessageKey } from '../../utils/i18n';
import { type Lang, t, uiLang } from '../../utils/i18n';
import type { RecheckOutcome } from '../../utils/recheck/reading';
import type { RecheckResult, ScreenshotNote } from '../../utils/recheck/result';

const outcomeKeys: Record<RecheckOutcome, MessageKey> = {
  online: 'recheckOutcomeOnline',
  removed: 'recheckOutcomeRemoved',
  'not-visible': 'recheckOutcomeNotVisible',
  unknown: 'recheckOutcomeUnknown',
};

const screenshotKeys: Record<Exclude<ScreenshotNote, 'taken'>, MessageKey> = {
  'no-permission': 'recheckNoScreenshotPermission',
  'never-capture': 'recheckNoScreenshotNeverCapture',
  'no-window': 'recheckNoScreenshotNoWindow',
  failed: 'recheckNoScreenshotFailed',
};

export function outcomeLabel(outcome: RecheckOutcome, lang: Lang = uiLang()): string {
  return t(outcomeKeys[outcome], lang);
}

/** Why a recheck has no screenshot; null when it has one. */
export function screenshotNoteLabel(note: ScreenshotNote, lang: Lang = uiLang()): string | null {
  return note === 'taken' ? null : t(screenshotKeys[note], lang);
}

/** A recheck event in words: what was found, and why there is no screenshot when there is none. */
export function recheckEventLabel(result: RecheckResult, lang: Lang = uiLang()): string {
  const note = screenshotNoteLabel(result.screenshot, lang);
  const found = `${t('eventRecheck', lang)} — ${outcomeLabel(result.outcome, lang)}`;
  return note ? `${found} (${note})` : found;
}
