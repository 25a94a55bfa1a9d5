import { type Lang, t, uiLang } from '../../utils/i18n';
import type { Finding } from '../../utils/log/verify';
import { fill } from './fill';

/** One finding of "Verify the log", in words: which event, report or file, and what is wrong. */
export function describeFinding(finding: Finding, lang: Lang = uiLang()): string {
  switch (finding.kind) {
    case 'event-unreadable':
      return fill(t('findingEventUnreadable', lang), { seq: finding.seq, detail: finding.detail });
    case 'event-altered':
      return fill(t('findingEventAltered', lang), { seq: finding.seq });
    case 'event-missing':
      return finding.afterSeq === null
        ? fill(t('findingEventMissingStart', lang), { before: finding.beforeSeq })
        : fill(t('findingEventMissing', lang), { after: finding.afterSeq, before: finding.beforeSeq });
    case 'event-out-of-order':
      return fill(t('findingEventOutOfOrder', lang), { seq: finding.seq });
    case 'report-altered':
      return fill(t('findingReportAltered', lang), { report: finding.reportId });
    case 'report-migrated':
      return fill(t('findingReportMigrated', lang), {
        report: finding.reportId,
        from: finding.from,
        to: finding.to,
      });
    case 'report-altered-before-migration':
      return fill(t('findingReportAlteredBeforeMigration', lang), {
        report: finding.reportId,
        seq: finding.seq,
      });
    case 'report-without-history':
      return fill(t('findingReportWithoutHistory', lang), { report: finding.reportId });
    case 'report-missing':
      return fill(t('findingReportMissing', lang), { report: finding.reportId });
    case 'report-deleted-but-present':
      return fill(t('findingReportDeletedButPresent', lang), { report: finding.reportId });
    case 'file-altered':
      return fill(t('findingFileAltered', lang), fileValues(finding));
    case 'file-missing':
      return fill(t('findingFileMissing', lang), fileValues(finding));
    case 'file-unlisted':
      return fill(t('findingFileUnlisted', lang), fileValues(finding));
  }
}

function fileValues(finding: { reportId: string; fileId: string; fileKind: string }) {
  return { report: finding.reportId, file: finding.fileId, kind: finding.fileKind };
}
