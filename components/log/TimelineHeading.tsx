import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { type AuthorSummary, authorSummary } from '../../utils/log-index/read';
import type { PlatformId } from '../../utils/model';
import { platformIdSchema } from '../../utils/platform-id';
import { formatDateTime, platformLabel } from '../common/labels';
import { fill } from './fill';

export function platformOf(author: Pick<AuthorSummary, 'platform'>): string {
  const parsed = platformIdSchema.safeParse(author.platform);
  return parsed.success ? platformLabel(parsed.data as PlatformId) : author.platform;
}

export function authorSpan(author: AuthorSummary): string {
  return fill(t('logAuthorsReports'), {
    n: author.reports,
    first: formatDateTime(author.first),
    last: formatDateTime(author.last),
  });
}

/** Above a list filtered on one account: who it is, how many reports, from when to when. */
export function TimelineHeading({ author, version }: { author: string; version: number }) {
  const [summary, setSummary] = useState<AuthorSummary | null>(null);
  useEffect(() => {
    void version;
    authorSummary(author).then(setSummary, () => setSummary(null));
  }, [author, version]);
  return (
    <section class="log-timeline-heading" aria-live="polite">
      <h2>
        {t('logAuthorFilter')} {summary ? `${summary.label} · ${platformOf(summary)}` : author}
      </h2>
      {summary && <p>{authorSpan(summary)}</p>}
    </section>
  );
}
