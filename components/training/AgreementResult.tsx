import { t, uiLang } from '../../utils/i18n';
import type { Agreement } from '../../utils/training/agreement';
import { categoryText, coefficient } from './label-text';

/** The figures, per category and overall, and the items where people disagree, side by side. */
export function AgreementResult({ agreement }: { agreement: Agreement }) {
  const lang = uiLang();
  const two = agreement.annotators.length === 2;
  return (
    <div class="agreement">
      <dl class="figures">
        <dt>{t('trainingAnnotators')}</dt>
        <dd>{agreement.annotators.join(', ')}</dd>
        <dt>{t('trainingCompared')}</dt>
        <dd data-figure="compared">
          {agreement.compared} / {agreement.items}
        </dd>
        <dt>{t('trainingKappa')}</dt>
        <dd data-figure="kappa">{two ? coefficient(agreement.kappa) : t('trainingKappaTwoOnly')}</dd>
        <dt>{t('trainingAlpha')}</dt>
        <dd data-figure="alpha">{coefficient(agreement.alpha)}</dd>
        <dt>{t('trainingLegalityAlpha')}</dt>
        <dd>{coefficient(agreement.legalityAlpha)}</dd>
      </dl>
      {agreement.annotators.length < 2 && <p class="muted">{t('trainingNeedTwo')}</p>}
      <table>
        <caption>{t('trainingPerCategory')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trainingCategory')}</th>
            <th scope="col">{t('trainingUses')}</th>
            {two && <th scope="col">{t('trainingKappa')}</th>}
            <th scope="col">{t('trainingAlpha')}</th>
          </tr>
        </thead>
        <tbody>
          {agreement.perCategory.map((c) => (
            <tr key={c.value}>
              <th scope="row">{categoryText(c.value, lang)}</th>
              <td>{c.uses}</td>
              {two && <td>{coefficient(c.kappa)}</td>}
              <td>{coefficient(c.alpha)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('trainingDisagreements')}</h3>
      {agreement.disagreements.length === 0 ? (
        <p class="muted">{t('trainingNoDisagreement')}</p>
      ) : (
        <table class="disagreements">
          <thead>
            <tr>
              <th scope="col">{t('trainingText')}</th>
              {agreement.annotators.map((a) => (
                <th scope="col" key={a}>
                  {a}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {agreement.disagreements.map((d) => (
              <tr key={d.id}>
                <td>{d.text}</td>
                {d.values.map((v, i) => (
                  <td key={agreement.annotators[i]}>{categoryText(v, lang)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
