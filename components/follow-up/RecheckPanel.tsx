import { t } from '../../utils/i18n';
import type { Report } from '../../utils/model';
import { recheckAddress } from '../../utils/recheck/check-post';
import { RecheckButton } from './RecheckButton';

interface Props {
  report: Report;
  /** Called once the rechecks end, to show the new evidence and events. */
  onFinished?: () => void;
}

/** A report's "Still online?" section: what a recheck does, and the button. */
export function RecheckPanel({ report, onFinished }: Props) {
  const address = recheckAddress(report);
  return (
    <section class="recheck-panel" aria-labelledby="recheck-heading">
      <h2 id="recheck-heading">{t('recheckHeading')}</h2>
      <p class="field-hint">{t('recheckIntro')}</p>
      {address ? (
        <RecheckButton
          reportIds={[report.id]}
          label={t('recheckOne')}
          nameOf={() => address}
          onFinished={onFinished}
        />
      ) : (
        <p class="muted">{t('recheckNoAddress')}</p>
      )}
    </section>
  );
}
