import type { Match } from '../../utils/classify/suggestion';
import type { Explanation } from '../../utils/hate-model/explanation';
import type { RuleId } from '../../utils/hate-model/rule-ids';
import { t } from '../../utils/i18n';
import { confidenceLabel, groundLabel } from '../common/labels';
import { discountKeys } from './discount-keys';
import { HighlightedText } from './HighlightedText';

type MessageKey = Parameters<typeof t>[0];

const ruleKeys = {
  'violence-or-exclusion': 'ruleViolenceOrExclusion',
  dehumanisation: 'ruleDehumanisation',
  inferiority: 'ruleInferiority',
  'negative-emotion': 'ruleNegativeEmotion',
} as const satisfies Record<RuleId, MessageKey>;

const decidedKeys = {
  lexicon: 'modelDecidedLexicon',
  rule: 'modelDecidedRule',
  model: 'modelDecidedModel',
} as const satisfies Record<NonNullable<Explanation['decidedBy']>, MessageKey>;

/** The rules' spans, the target and the weightiest words, as marks on the text (text nodes only). */
function marks(explanation: Explanation): Match[] {
  const mark = (span: { start: number; end: number; text: string }, source: string): Match => ({
    ...span,
    term: span.text,
    source,
    categoryId: null,
    ground: null,
    discountedBy: null,
  });
  return [
    ...explanation.rules.map((r) => ({ ...mark(r, r.rule), discountedBy: r.discountedBy })),
    ...(explanation.target ? [mark(explanation.target, 'target')] : []),
    ...explanation.words.map((w) => mark(w, 'model')),
  ];
}

interface Props {
  explanation: Explanation;
  text: string;
}

/** Why the model and its rules suggest what they do: scores, target and ground, rules, words. */
export function ModelExplanation({ explanation, text }: Props) {
  const { target } = explanation;
  return (
    <section class="model-explanation" aria-labelledby="model-heading">
      <h3 id="model-heading">{t('modelHeading')}</h3>
      <p class="field-hint">{t('modelIntro')}</p>
      <HighlightedText text={text} matches={marks(explanation)} />
      <dl class="facts">
        <dt>{t('modelDecidedBy')}</dt>
        <dd class="model-decided">
          {explanation.decidedBy ? t(decidedKeys[explanation.decidedBy]) : t('modelDecidedNone')}
        </dd>
        <dt>{t('modelHate')}</dt>
        <dd class="model-hate">{confidenceLabel(explanation.hate)}</dd>
        <dt>{t('modelHostility')}</dt>
        <dd class="model-hostility">{confidenceLabel(explanation.hostility)}</dd>
        <dt>{t('modelAbuse')}</dt>
        <dd>{confidenceLabel(explanation.abuse)}</dd>
        <dt>{t('modelTarget')}</dt>
        <dd class="model-target">
          {target ? (
            <>
              <q>{target.text}</q>
              {target.ground && ` — ${groundLabel(target.ground)}`}
              {target.viaPronoun && ` ${t('modelTargetPronoun')}`}
            </>
          ) : (
            t('modelNoTarget')
          )}
        </dd>
      </dl>
      {explanation.modelDiscountedBy && (
        <p class="match-discount">
          <strong>{t('modelNotTaken')}</strong> {t(discountKeys[explanation.modelDiscountedBy])}
        </p>
      )}
      <h4>{t('modelRules')}</h4>
      {explanation.rules.length > 0 ? (
        <ul class="model-rules">
          {explanation.rules.map((rule) => (
            <li
              key={`${rule.start}-${rule.end}`}
              data-rule={rule.rule}
              data-discounted={rule.discountedBy ?? undefined}
            >
              <strong>{t(ruleKeys[rule.rule])}</strong> <q>{rule.text}</q>
              {rule.ground && ` — ${groundLabel(rule.ground)}`}
              {rule.discountedBy && (
                <span class="match-discount">
                  {' '}
                  {t('matchDiscounted')} {t(discountKeys[rule.discountedBy])}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('modelNoRules')}</p>
      )}
      <h4>{t('modelWords')}</h4>
      {explanation.words.length > 0 ? (
        <ol class="model-words">
          {explanation.words.map((word) => (
            <li key={`${word.start}-${word.end}`}>
              <q>{word.text}</q> <span class="muted">+{word.weight.toFixed(2)}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t('modelNoWords')}</p>
      )}
      <p class="field-hint">
        {t('modelVersion')} <code>{explanation.modelVersion}</code> · <code>{explanation.rulesVersion}</code>
      </p>
    </section>
  );
}
