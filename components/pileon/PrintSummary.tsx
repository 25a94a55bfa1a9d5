import { type Lang, t } from '../../utils/i18n';
import type { Report } from '../../utils/model';
import type { Collection } from '../../utils/pileon/collection';
import { collectionLegalBasis } from '../../utils/pileon/notice';
import { timelineOf } from '../../utils/pileon/timeline';
import { authorLabel, colon, localTime } from './format';
import { offencesOf } from './offences';

interface Props {
  collection: Collection;
  reports: ReadonlyMap<string, Report>;
  lang: Lang;
}

function hashesOf(report: Report | undefined): string {
  const kept = report?.evidence.filter((e) => e.kind === 'post-crop' || e.kind === 'metadata') ?? [];
  return kept.map((e) => `${e.kind}: ${e.sha256}`).join('\n');
}

/**
 * The summary for PHAROS or a complaint, in the language chosen for the notice: shown on screen
 * and alone on paper (the print style hides the rest of the page).
 */
export function PrintSummary({ collection, reports, lang }: Props) {
  const timeline = timelineOf(collection.items);
  const { target } = collection;
  const basis = collectionLegalBasis(offencesOf(collection, reports));
  const byTime = [...collection.items].sort((a, b) =>
    (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''),
  );
  return (
    <section class="pileon-summary" lang={lang} data-testid="summary">
      <h2>{t('pileonSummaryTitle', lang)}</h2>
      <p>
        {t('pileonTarget', lang)}
        {colon(lang)} {target.permalink ?? target.pageUrl} — {t('pileonTargetPerson', lang)}
        {colon(lang)} {authorLabel(target.authorHandle, target.authorName)} (
        {localTime(target.publishedAt, lang)})
      </p>
      <p>
        {t('pileonReplies', lang)}
        {colon(lang)} {timeline.replies} · {t('pileonAuthors', lang)}
        {colon(lang)} {timeline.authors.length} · {t('pileonFirst', lang)}
        {colon(lang)} {localTime(timeline.first?.publishedAt, lang)} · {t('pileonLast', lang)}
        {colon(lang)} {localTime(timeline.last?.publishedAt, lang)}
      </p>
      <p>
        {t('pileonLegalBasis', lang)}
        {colon(lang)} {basis.join(' ; ')}
      </p>
      <h3>{t('pileonChronology', lang)}</h3>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>{t('pileonTime', lang)}</th>
            <th>{t('pileonAuthor', lang)}</th>
            <th>{t('pileonAddress', lang)}</th>
            <th>{t('pileonText', lang)}</th>
            <th>{t('pileonHashes', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {byTime.map((item, i) => (
            <tr key={item.reportId}>
              <td>{i + 1}</td>
              <td>{localTime(item.publishedAt, lang)}</td>
              <td>{authorLabel(item.authorHandle, item.authorName)}</td>
              <td class="pileon-url">{item.permalink ?? '—'}</td>
              <td>{item.text}</td>
              <td class="pileon-hash">{hashesOf(reports.get(item.reportId))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('pileonPerAuthor', lang)}</h3>
      <p>{timeline.authors.map((a) => `${a.author} (${a.replies})`).join(', ')}</p>
      <p class="pileon-note">{t('pileonSummaryNote', lang)}</p>
    </section>
  );
}
