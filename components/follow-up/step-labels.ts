import type { MessageKey } from '../../utils/i18n';
import { type Lang, t, uiLang } from '../../utils/i18n';
import type {
  NoticeStep,
  NoticeStepKind,
  noticeDecisions,
  referralTargets,
} from '../../utils/notice/notice-step';

export const stepKindKeys: Record<NoticeStepKind, MessageKey> = {
  acknowledged: 'stepAcknowledged',
  decision: 'stepDecision',
  'no-answer': 'stepNoAnswer',
  appealed: 'stepAppealed',
  referred: 'stepReferred',
  'removal-seen': 'stepRemovalSeen',
};

export const decisionKeys: Record<(typeof noticeDecisions)[number], MessageKey> = {
  removed: 'decisionRemoved',
  restricted: 'decisionRestricted',
  refused: 'decisionRefused',
  'no-action': 'decisionNoAction',
};

export const referralKeys: Record<(typeof referralTargets)[number], MessageKey> = {
  'out-of-court-body': 'referredOutOfCourt',
  pharos: 'referredPharos',
  complaint: 'referredComplaint',
};

/** A step in words: its kind, and the decision or where it was referred. */
export function stepLabel(step: NoticeStep, lang: Lang = uiLang()): string {
  const kind = t(stepKindKeys[step.kind], lang);
  const detail = (key: MessageKey) => `${kind}${t('stepDetailSeparator', lang)}${t(key, lang)}`;
  if (step.kind === 'decision') return detail(decisionKeys[step.decision]);
  if (step.kind === 'referred') return detail(referralKeys[step.to]);
  return kind;
}
