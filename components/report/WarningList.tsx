import { t } from '../../utils/i18n';

interface Props {
  warnings: readonly string[];
}

/** What the capture could not do, shown first so nobody relies on evidence that is not there. */
export function WarningList({ warnings }: Props) {
  if (warnings.length === 0) return null;
  return (
    <section class="warnings" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">{t('warningsHeading')}</h2>
      <ul>
        {[...new Set(warnings)].map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </section>
  );
}
