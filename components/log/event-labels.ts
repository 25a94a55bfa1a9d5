import { RECORDED_WHEN_HISTORY_BEGAN } from '../../utils/db/log-events';
import type { MessageKey } from '../../utils/i18n';
import { type Lang, t, uiLang } from '../../utils/i18n';
import type { KnownEventType, LogEvent } from '../../utils/log/event';
import { noticeStepSchema } from '../../utils/notice/notice-step';
import { recheckResultSchema } from '../../utils/recheck/result';
import { recheckEventLabel } from '../follow-up/recheck-labels';
import { stepLabel } from '../follow-up/step-labels';

const eventKeys: Record<KnownEventType, MessageKey> = {
  created: 'eventCreated',
  'field-corrected': 'eventFieldCorrected',
  'category-chosen': 'eventCategoryChosen',
  'notice-composed': 'eventNoticeComposed',
  'marked-sent': 'eventMarkedSent',
  'reference-added': 'eventReferenceAdded',
  'status-changed': 'eventStatusChanged',
  recheck: 'eventRecheck',
  note: 'eventNote',
  'pictures-removed': 'eventPicturesRemoved',
  'report-changed': 'eventReportChanged',
  deleted: 'eventDeleted',
  imported: 'eventImported',
  'chain-started': 'eventChainStarted',
  'notice-step': 'eventNoticeStep',
  migrated: 'eventMigrated',
};

/** What an event records, in words; a kind written by a newer Constat is shown by its name. */
export function eventLabel(event: Pick<LogEvent, 'type' | 'data'>, lang: Lang = uiLang()): string {
  if (event.type === 'created' && event.data.recorded === RECORDED_WHEN_HISTORY_BEGAN) {
    return t('eventCreatedBefore', lang);
  }
  const step = event.type === 'notice-step' ? noticeStepSchema.safeParse(event.data) : null;
  if (step?.success) return `${t('eventNoticeStep', lang)} — ${stepLabel(step.data, lang)}`;
  const recheck = event.type === 'recheck' ? recheckResultSchema.safeParse(event.data) : null;
  if (recheck?.success) return recheckEventLabel(recheck.data, lang);
  const key = eventKeys[event.type as KnownEventType];
  return key ? t(key, lang) : event.type;
}
