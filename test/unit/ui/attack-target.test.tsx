import { afterEach, describe, expect, it } from 'vitest';
import { LogPage } from '../../../components/log/LogPage';
import { listReportEvents } from '../../../utils/db/events';
import { getReport, updateReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import { storeCapture } from '../factories';
import { buttonNamed, mount, query, typeInto, waitFor } from './dom';
import { openComposer } from './pages';

afterEach(() => {
  window.location.hash = '';
});

const suggestions = (page: HTMLElement) =>
  [...page.querySelectorAll<HTMLOptionElement>('#attack-target-names option')].map((o) => o.value);

describe('the person or group attacked', () => {
  it('is named in the composer, tidied on save, with the names already used suggested', async () => {
    const earlier = await storeCapture();
    await updateReport(earlier.report.id, (r) => ({ ...r, attackTarget: 'Asso Égalité' }));
    const { report } = await storeCapture();
    const page = await openComposer(report.id);
    await waitFor(() => suggestions(page).length > 0);
    expect(suggestions(page)).toEqual(['Asso Égalité']);
    const input = query<HTMLInputElement>(page, '#attack-target');
    expect(input.getAttribute('list')).toBe('attack-target-names');

    typeInto(input, '  Asso   Égalité ');
    await waitFor(() => page.textContent?.includes(t('unsavedChanges')));
    buttonNamed(page, t('save')).click();
    await waitFor(() => page.textContent?.includes(t('savedConfirmation')));
    expect((await getReport(report.id))?.attackTarget).toBe('Asso Égalité');
  });

  it('is corrected on the report’s page in the log, the correction recorded in its history', async () => {
    const { report } = await storeCapture();
    window.location.hash = `#${report.id}`;
    const page = mount(<LogPage win={window} />);
    const input = await waitFor(() => page.querySelector<HTMLInputElement>('#attack-target'));
    const save = buttonNamed(page, t('attackTargetSave'));
    expect(save.disabled).toBe(true);

    typeInto(input, 'Camille D.');
    await waitFor(() => !save.disabled);
    save.click();
    await waitFor(() => page.textContent?.includes(t('attackTargetSaved')));
    expect((await getReport(report.id))?.attackTarget).toBe('Camille D.');
    const last = (await listReportEvents(report.id)).at(-1);
    expect([last?.type, last?.data.field, last?.data.value]).toEqual([
      'field-corrected',
      'attackTarget',
      'Camille D.',
    ]);
  });
});
