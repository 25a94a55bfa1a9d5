import { t, uiLang } from '../../utils/i18n';
import type { Collection } from '../../utils/pileon/collection';
import { repeatedPhrases } from '../../utils/pileon/phrases';
import { timelineOf } from '../../utils/pileon/timeline';
import { authorLabel, localTime } from './format';

/** The attack at a glance: counts, replies per hour, per author, and phrases shared by several authors. */
export function CollectionOverview({ collection }: { collection: Collection }) {
  const lang = uiLang();
  const timeline = timelineOf(collection.items);
  const phrases = repeatedPhrases(collection.items);
  const busiest = Math.max(1, ...timeline.hours.map((h) => h.replies));
  const { first, last } = timeline;
  return (
    <section class="pileon-overview">
      <h2>{t('pileonOverview')}</h2>
      <dl class="pileon-counts">
        <dt>{t('pileonReplies')}</dt>
        <dd data-testid="count-replies">
          {timeline.replies}
          {timeline.undated > 0 && ` (${timeline.undated} ${t('pileonUndated')})`}
        </dd>
        <dt>{t('pileonAuthors')}</dt>
        <dd data-testid="count-authors">{timeline.authors.length}</dd>
        <dt>{t('pileonFirst')}</dt>
        <dd>
          {first
            ? `${localTime(first.publishedAt, lang)} · ${authorLabel(first.authorHandle, first.authorName)}`
            : '—'}
        </dd>
        <dt>{t('pileonLast')}</dt>
        <dd>
          {last
            ? `${localTime(last.publishedAt, lang)} · ${authorLabel(last.authorHandle, last.authorName)}`
            : '—'}
        </dd>
      </dl>
      <h3>{t('pileonPerHour')}</h3>
      <table class="pileon-hours" data-testid="per-hour">
        <thead>
          <tr>
            <th>{t('pileonHour')}</th>
            <th>{t('pileonReplies')}</th>
            <th>{t('pileonAuthors')}</th>
          </tr>
        </thead>
        <tbody>
          {timeline.hours.map((h) => (
            <tr key={h.hour}>
              <td>{localTime(h.hour, lang)}</td>
              <td>
                <span
                  class="pileon-bar"
                  style={{ width: `${(h.replies / busiest) * 10}em` }}
                  aria-hidden="true"
                />
                {h.replies}
              </td>
              <td>{h.authors}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('pileonPerAuthor')}</h3>
      <table data-testid="per-author">
        <tbody>
          {timeline.authors.map((a) => (
            <tr key={a.author}>
              <td>{a.author}</td>
              <td>{a.replies}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('pileonPhrases')}</h3>
      {phrases.length === 0 ? (
        <p>{t('pileonNoPhrases')}</p>
      ) : (
        <ul data-testid="phrases">
          {phrases.map((p) => (
            <li key={p.phrase}>
              « {p.phrase} » — {p.authors.length} {t('pileonAuthors').toLowerCase()} ({p.authors.join(', ')})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
