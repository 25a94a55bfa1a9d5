import type { MessageKey } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import type { LogStatus } from '../../utils/log-index/row';
import { statusLabel } from '../common/labels';

const answerKeys = {
  acknowledged: 'logStatusAcknowledged',
  removed: 'logStatusRemoved',
  restricted: 'logStatusRestricted',
  refused: 'logStatusRefused',
  'no-action': 'logStatusNoAction',
  'no-answer': 'logStatusNoAnswer',
  appealed: 'logStatusAppealed',
  referred: 'logStatusReferred',
} as const satisfies Record<Exclude<LogStatus, 'draft' | 'saved' | 'notice-opened' | 'sent'>, MessageKey>;

/** Where a report stands, in the UI language: its status, or the platform's answer once recorded. */
export function logStatusLabel(status: LogStatus): string {
  return status in answerKeys
    ? t(answerKeys[status as keyof typeof answerKeys])
    : statusLabel(status as 'draft');
}
