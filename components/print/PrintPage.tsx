import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { allReports, type ReportBatch, readLogSource } from '../../utils/export/log-source';
import { type Lang, t } from '../../utils/i18n';
import { formatLocalAndUtc } from '../../utils/i18n/dates';
import type { ChainHead } from '../../utils/log/event';
import type { EvidenceRecord } from '../../utils/model';
import { categoryLabel, platformLabel } from '../common/labels';
import { authorLabel } from '../report/report-fields';
import { PrintedReport } from './PrintedReport';

type PrintState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | {
      kind: 'ready';
      printed: ReportBatch;
      head: ChainHead | null;
      evidence: Map<string, EvidenceRecord[]>;
      madeAt: string;
    };

interface Props {
  /** The reports to print; undefined: the whole log. */
  ids?: readonly string[];
  lang: Lang;
}

const statusKeys = {
  draft: 'statusDraft',
  saved: 'statusSaved',
  'notice-opened': 'statusNoticeOpened',
  sent: 'statusSent',
} as const;

function Attest({ lang }: { lang: Lang }) {
  return (
    <section class="attest">
      <h2>{t('printAttestHeading', lang)}</h2>
      <p>{t('printAttest1', lang)}</p>
      <p>{t('printAttest2', lang)}</p>
      <p>{t('printAttest3', lang)}</p>
    </section>
  );
}

/** print.html: the log (or a selection) laid out for A4, for the browser to print or save as PDF. */
export function PrintPage({ ids, lang }: Props) {
  const [state, setState] = useState<PrintState>({ kind: 'loading' });
  useEffect(() => {
    (async () => {
      // Only the reports printed are read (a selection's, not the log's), with what the page shows.
      const source = await readLogSource(ids);
      const printed = await allReports(source);
      const evidence = new Map<string, EvidenceRecord[]>();
      for (const report of printed.reports) evidence.set(report.id, await source.evidence(report.id));
      setState({ kind: 'ready', printed, head: source.head, evidence, madeAt: new Date().toISOString() });
    })().catch((error: unknown) => setState({ kind: 'failed', message: String(error) }));
  }, [ids]);

  if (state.kind === 'loading') return <p>{t('loading', lang)}</p>;
  if (state.kind === 'failed')
    return (
      <p role="alert">
        {t('printLoadFailed', lang)} {state.message}
      </p>
    );
  const { printed, head, evidence, madeAt } = state;
  const chronological = [...printed.reports].reverse();
  return (
    <main class="print" data-ready="true">
      <p class="no-print">
        <button type="button" onClick={() => window.print()}>
          {t('printPrint', lang)}
        </button>
      </p>
      <h1>{t('printTitle', lang)}</h1>
      <p>
        {t('printMadeAt', lang)} {formatLocalAndUtc(madeAt, lang)}
        <br />
        {t('printMadeWith', lang)} {browser.runtime.getManifest().version}
        <br />
        {t('printReportCount', lang)}: {printed.reports.length}
        <br />
        {t('printChainHead', lang)}: <span class="hash">{head ? `#${head.seq} ${head.hash}` : '—'}</span>
      </p>
      <Attest lang={lang} />
      <h2>{t('printChronology', lang)}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('printColDate', lang)}</th>
            <th>{t('printColPlatform', lang)}</th>
            <th>{t('printColAuthor', lang)}</th>
            <th>{t('printColCategory', lang)}</th>
            <th>{t('printColStatus', lang)}</th>
            <th>{t('printColSent', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {chronological.map((report) => (
            <tr key={report.id}>
              <td>{report.meta.capturedAt}</td>
              <td>{platformLabel(report.platform)}</td>
              <td>{authorLabel(report)}</td>
              <td>{categoryLabel(report.categoryId, lang)}</td>
              <td>{t(statusKeys[report.status], lang)}</td>
              <td>{report.notices.find((n) => n.sentAt)?.sentAt ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {chronological.map((report) => (
        <PrintedReport
          key={report.id}
          report={report}
          evidence={evidence.get(report.id) ?? []}
          events={printed.events.get(report.id) ?? []}
          lang={lang}
        />
      ))}
    </main>
  );
}
