import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelStrings } from '../../../utils/channels/panel-strings';
import { toStorageError } from '../../../utils/db/errors';
import { syncReminders } from '../../../utils/follow-up/reminders';
import { setUiLang, t } from '../../../utils/i18n';
import { withNoticeOpened, withNoticeSent } from '../../../utils/notice/notice-log';
import { defaultSettings, saveSettings } from '../../../utils/settings';
import { makeNoticeRecord, makeReport, storeCapture } from '../factories';

afterEach(() => setUiLang(undefined));

describe('words outside the pages, from the same locales', () => {
  it('phrases a storage failure in the interface language, keeping the browser’s words only as a detail, as they are', () => {
    setUiLang('fr');
    const full = toStorageError(new DOMException('quota', 'QuotaExceededError'), 'storageActionSaveReport');
    expect(full.reason).toBe('quota');
    expect(full.message).toMatch(/^L’enregistrement du signalement a échoué : l’espace de stockage/);
    const other = toStorageError(new Error('disk says $& and {action}'), 'storageActionDeleteLog');
    expect(other.message).toMatch(/^La suppression de tout le journal a échoué : Un problème inattendu/);
    expect(other.message.endsWith('Détail technique : disk says $& and {action}')).toBe(true);
    const closed = toStorageError(
      new DOMException('The database connection is closing.', 'InvalidStateError'),
      'storageActionDeleteLog',
    );
    expect(closed.message).toMatch(/a échoué : Le navigateur a fermé le stockage de Constat/);
  });

  it('gives the form panel every word in the notice’s language', () => {
    const french = panelStrings('fr');
    expect(french.copy).toBe(t('formPanelCopy', 'fr'));
    expect(french['not-found']).toBe(t('formPanelStatusNotFound', 'fr'));
    expect(Object.values(french).every((text) => text.length > 0)).toBe(true);
    expect(panelStrings('en').copy).not.toBe(french.copy);
  });

  it('shows a due reminder in the language chosen in the options', async () => {
    await saveSettings({ ...defaultSettings, uiLanguage: 'fr' });
    const record = makeNoticeRecord({ openedAt: '2026-11-20T09:00:00.000Z' });
    const opened = withNoticeOpened(makeReport({ categoryId: 'hate-provocation', status: 'saved' }), record);
    await storeCapture({
      report: withNoticeSent(opened, record.id, '', new Date('2026-11-20T10:00:00.000Z')),
    });
    await syncReminders(() => new Date('2026-11-22T10:00:00.000Z'));
    const [shown] = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(shown?.title).toBe(t('reminderTitle', 'fr'));
  });
});
