import { t, uiLang } from '../../utils/i18n';
import type { DsaClassification as Dsa } from '../../utils/taxonomy/dsa';
import { taxonomyText } from '../../utils/taxonomy/text';

interface Props {
  dsa: Dsa;
}

/** How a platform would file its decision in the EU DSA Transparency Database: the codes as the database spells them. */
export function DsaClassification({ dsa }: Props) {
  const lang = uiLang();
  return (
    <div class="dsa">
      <dl class="facts">
        <dt>{t('dsaCategory')}</dt>
        <dd class="break">
          <code>{dsa.category}</code>
        </dd>
        <dt>{t('dsaKeyword')}</dt>
        <dd class="break">
          {dsa.keyword ? <code>{dsa.keyword}</code> : '—'}
          {dsa.keywordOther && <span> ({dsa.keywordOther})</span>}
          {dsa.alsoKeywords.map((keyword) => (
            <span key={keyword}>
              {' + '}
              <code>{keyword}</code>
            </span>
          ))}
        </dd>
        <dt>{t('dsaDecisionGround')}</dt>
        <dd class="break">
          <code>{dsa.decisionGround}</code>
        </dd>
      </dl>
      {dsa.note && (
        <p class="field-hint">
          {dsa.fit === 'closest' && <strong>{t('dsaClosestFit')} </strong>}
          {taxonomyText(dsa.note, lang)}
        </p>
      )}
    </div>
  );
}
