import type { MessageKey } from '../../utils/i18n';
import { type Lang, t, uiLang } from '../../utils/i18n';
import type { Outcome } from '../../utils/stats/outcome';

export const outcomeKeys: Record<Outcome, MessageKey> = {
  removed: 'outcomeRemoved',
  restricted: 'outcomeRestricted',
  refused: 'outcomeRefused',
  'no-answer': 'outcomeNoAnswer',
  waiting: 'outcomeWaiting',
};

export function outcomeLabel(outcome: Outcome, lang: Lang = uiLang()): string {
  return t(outcomeKeys[outcome], lang);
}
