import { effectiveFollowUp } from '../../utils/follow-up/effective';
import { t } from '../../utils/i18n';
import type { Report } from '../../utils/model';
import { categoryById } from '../../utils/taxonomy/categories';
import type { SettingsState } from '../common/use-settings';
import { NoticeRecordItem } from './NoticeRecordItem';
import type { NoticeStore } from './report-update';

interface Props {
  report: Report;
  settings: SettingsState;
  store: NoticeStore;
  now?: () => Date;
}

/** Every notice of a report, newest first; the follow-up reminder counts from when each was marked sent. */
export function NoticeList({ report, settings, store, now }: Props) {
  const category = categoryById(report.categoryId);
  const hours = category
    ? effectiveFollowUp(category, settings.kind === 'ready' ? settings.settings.followUpHours : null).hours
    : null;
  return (
    <section class="notices" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('noticesHeading')}</h2>
      {report.notices.length === 0 ? (
        <p class="muted">{t('noticesNone')}</p>
      ) : (
        <ul class="notice-records">
          {[...report.notices].reverse().map((record) => (
            <NoticeRecordItem key={record.id} record={record} followUpHours={hours} store={store} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
