import { describe, expect, it } from 'vitest';
import { PrintPage } from '../../../components/print/PrintPage';
import { getChainHead } from '../../../utils/db/events';
import { updateReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import { withNoticeOpened, withNoticeSent } from '../../../utils/notice/notice-log';
import { makeNoticeRecord, makePostData, storeCapture } from '../factories';
import { mount, waitFor } from './dom';

describe('printable report', () => {
  it.each(['en', 'fr'] as const)(
    'prints the cover, chronology and each report with its notices (%s)',
    async (lang) => {
      const { report } = await storeCapture({
        report: {
          extracted: makePostData({ text: 'Un texte haineux imprimé' }),
          categoryId: 'threats',
          attackTarget: 'Asso Égalité',
        },
      });
      const notice = makeNoticeRecord();
      await updateReport(report.id, (r) => withNoticeOpened(r, notice));
      await updateReport(report.id, (r) =>
        withNoticeSent(r, notice.id, 'REF-7', new Date('2026-11-21T08:00:00Z')),
      );
      const other = await storeCapture();
      const page = mount(<PrintPage ids={[report.id]} lang={lang} />);
      await waitFor(() => page.querySelector('[data-ready]') && page.querySelector('.printed-report img'));
      const text = page.textContent ?? '';
      expect(text).toContain(t('printTitle', lang));
      expect(text).toContain((await getChainHead())?.hash);
      expect(text).toContain(t('printAttest3', lang));
      expect(text).toContain('Un texte haineux imprimé');
      expect(text).toContain(notice.text.slice(0, 40));
      expect(text).toContain('REF-7');
      expect(text).toContain(`${t('printAttackTarget', lang)}Asso Égalité`);
      expect(page.querySelectorAll('.printed-report')).toHaveLength(1);
      expect(text).not.toContain(other.report.id);
    },
  );
});
