import { t } from '../../utils/i18n';

/** How to report a post, in the three steps a person takes. */
export function ReportSteps() {
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t('welcomeStepsHeading')}</h2>
      <ol class="welcome-steps">
        <li>{t('welcomeStep1')}</li>
        <li>{t('welcomeStep2')}</li>
        <li>{t('welcomeStep3')}</li>
      </ol>
    </section>
  );
}
