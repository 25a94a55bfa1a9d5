import type { Match } from '../../utils/classify/suggestion';
import { t } from '../../utils/i18n';
import { categoryLabel, groundLabel } from '../common/labels';
import { discountKeys } from './discount-keys';

interface Props {
  matches: readonly Match[];
}

/** Each match explained: the words, the list entry they matched, the list, what it points to, and why it may not count. */
export function MatchList({ matches }: Props) {
  return (
    <ol class="match-list">
      {matches.map((match, index) => (
        <li
          // Matches have no id; their position and span identify them within one suggestion.
          key={`${index}-${match.start}-${match.end}`}
          data-match-index={index}
          data-discounted={match.discountedBy ?? undefined}
        >
          <q class="match-text">{match.text}</q>
          <dl class="match-facts">
            <dt>{t('matchTerm')}</dt>
            <dd>
              <code>{match.term}</code>
            </dd>
            <dt>{t('matchSource')}</dt>
            <dd>{match.source === 'user' ? t('matchSourceUser') : <code>{match.source}</code>}</dd>
            {match.categoryId && (
              <>
                <dt>{t('matchCategory')}</dt>
                <dd>{categoryLabel(match.categoryId)}</dd>
              </>
            )}
            {match.ground && (
              <>
                <dt>{t('matchGround')}</dt>
                <dd>{groundLabel(match.ground)}</dd>
              </>
            )}
          </dl>
          {match.discountedBy && (
            <p class="match-discount">
              <strong>{t('matchDiscounted')}</strong> {t(discountKeys[match.discountedBy])}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
