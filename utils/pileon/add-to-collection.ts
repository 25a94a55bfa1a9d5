import type { Tabs } from 'webextension-polyfill';
import { type ReportClick, reportClickedTarget } from '../capture/report-target';
import { getReport } from '../db/reports';
import { t } from '../i18n';
import type { ReportOutcome } from '../messages';
import { addItems, openCollection } from './store';

// "Add to the open collection": a post right-clicked elsewhere (an attack spread over several
// threads) is reported by the one report action, then named in the open collection.

export async function addClickedToOpenCollection(click: ReportClick, tab: Tabs.Tab): Promise<ReportOutcome> {
  const collection = await openCollection().catch(() => null);
  if (!collection) return { ok: false, error: t('pileonNoOpenCollection') };
  const outcome = await reportClickedTarget(click, tab, { openComposer: false });
  if (!outcome.ok) return outcome;
  const report = await getReport(outcome.reportId);
  const data = report?.extracted;
  await addItems(collection.id, [
    {
      reportId: outcome.reportId,
      permalink: data?.permalink ?? null,
      authorHandle: data?.author.handle ?? null,
      authorName: data?.author.name ?? null,
      publishedAt: data?.publishedAt ?? null,
      text: data?.text ?? '',
      addedAt: new Date().toISOString(),
      linked: false,
    },
  ]);
  return outcome;
}
