import { t } from '../../utils/i18n';
import { logUrl } from '../common/extension-urls';
import { useAsync } from '../common/use-async';
import { fill } from './fill';
import { TargetTimeline } from './TargetTimeline';
import { readTargetTimelines } from './target-timeline';

/** log.html#/targets: every person or group attacked, with the timeline of the reports about them. */
export function TargetsView() {
  const { value, error } = useAsync(() => readTargetTimelines(), []);
  return (
    <main class="page log targets">
      <p class="back">
        <a href={logUrl()}>{t('logBack')}</a>
      </p>
      <h1>{t('targetsTitle')}</h1>
      <p>{t('targetsIntro')}</p>
      {!value && !error && <p class="muted">{t('loading')}</p>}
      {error && (
        <p class="error" role="alert">
          {t('logViewLoadFailed')} {error}
        </p>
      )}
      {value && value.unreadable > 0 && (
        <p class="error">{fill(t('logViewUnreadable'), { n: value.unreadable })}</p>
      )}
      {value && value.groups.length === 0 && <p>{t('targetsEmpty')}</p>}
      {value && value.unnamed > 0 && value.groups.length > 0 && (
        <p class="muted">{fill(t('targetsUnnamed'), { n: value.unnamed })}</p>
      )}
      {value?.groups.map((group, index) => (
        <TargetTimeline key={group.key} group={group} index={index} />
      ))}
    </main>
  );
}
