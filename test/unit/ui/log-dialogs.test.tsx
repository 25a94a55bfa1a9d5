import { describe, expect, it, vi } from 'vitest';
import { AlertDialog } from '../../../components/common/AlertDialog';
import { formatBytes } from '../../../components/common/labels';
import { DeleteDialog } from '../../../components/log/DeleteDialog';
import { type DeletionStore, deletionOf } from '../../../components/log/deletion-store';
import { ExportPanel } from '../../../components/log/ExportPanel';
import { fill } from '../../../components/log/fill';
import { ImportPanel } from '../../../components/log/ImportPanel';
import { getReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import { storeCapture } from '../factories';
import { buttonNamed, mount, query, waitFor } from './dom';

const summary = { reports: 2, files: 3, bytes: 2048 };

function fakeDeletion(overrides: Partial<DeletionStore> = {}): DeletionStore {
  return {
    wholeLog: false,
    describe: vi.fn(async () => summary),
    remove: vi.fn(async () => undefined),
    ...overrides,
  };
}

describe('the shared alert dialog', () => {
  it('takes the focus, names its heading and text, and answers confirm and cancel', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const root = mount(
      <AlertDialog
        id="ask"
        heading="Sure?"
        confirmLabel="Yes"
        cancelLabel="No"
        onConfirm={onConfirm}
        onCancel={onCancel}
      >
        <p>What happens.</p>
      </AlertDialog>,
    );
    const dialog = query(root, '[role="alertdialog"]');
    expect(document.activeElement).toBe(dialog);
    expect(query(root, `#${dialog.getAttribute('aria-labelledby')}`).textContent).toBe('Sure?');
    expect(query(root, `#${dialog.getAttribute('aria-describedby')}`).textContent).toBe('What happens.');
    buttonNamed(root, 'Yes').click();
    buttonNamed(root, 'No').click();
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe('the delete dialog', () => {
  it('says what will go, from its store, and deletes only when confirmed', async () => {
    const deletion = fakeDeletion();
    const onDone = vi.fn();
    const root = mount(<DeleteDialog deletion={deletion} onDone={onDone} onCancel={() => undefined} />);
    const what = fill(t('deleteConfirmWhat'), { reports: 2, files: 3, size: formatBytes(2048) });
    await waitFor(() => root.textContent?.includes(what));
    expect(root.textContent).toContain(t('deleteConfirmStays'));
    expect(deletion.remove).not.toHaveBeenCalled();
    buttonNamed(root, t('deleteConfirm')).click();
    await waitFor(() => onDone.mock.calls.length > 0);
    expect(deletion.remove).toHaveBeenCalledOnce();
  });

  it('says a wipe starts a new chain, and shows a failure with nothing lost', async () => {
    const deletion = fakeDeletion({
      wholeLog: true,
      remove: vi.fn(async () => Promise.reject(new Error('quota'))),
    });
    const onDone = vi.fn();
    const root = mount(<DeleteDialog deletion={deletion} onDone={onDone} onCancel={() => undefined} />);
    const confirm = await waitFor(() => {
      const button = buttonNamed(root, t('deleteConfirm'));
      return !button.disabled && button;
    });
    expect(root.textContent).toContain(t('deleteConfirmWipe'));
    confirm.click();
    const alert = await waitFor(() => root.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('quota');
    expect(onDone).not.toHaveBeenCalled();
    expect(buttonNamed(root, t('deleteConfirm')).disabled).toBe(false);
  });

  it('deletes a stored report through the log store', async () => {
    const { report } = await storeCapture();
    const onDone = vi.fn();
    const root = mount(
      <DeleteDialog deletion={deletionOf([report.id])} onDone={onDone} onCancel={() => undefined} />,
    );
    const confirm = await waitFor(() => {
      const button = buttonNamed(root, t('deleteConfirm'));
      return !button.disabled && button;
    });
    confirm.click();
    await waitFor(() => onDone.mock.calls.length > 0 || root.querySelector('[role="alert"]'), 10_000);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(await getReport(report.id)).toBeNull();
  });
});

describe('the export and import panels', () => {
  it('export through the store the selection names', async () => {
    const exportTo = vi.fn(async () => 0);
    const picked = { createWritable: async () => ({ write: vi.fn(), close: vi.fn(), abort: vi.fn() }) };
    const win = Object.assign(Object.create(window), { showSaveFilePicker: async () => picked });
    const root = mount(<ExportPanel selected={['a', 'b']} store={{ exportTo }} win={win} />);
    buttonNamed(root, t('exportCsv')).click();
    await waitFor(() => root.querySelector('.export-status .ok'));
    expect(exportTo).toHaveBeenCalledWith('csv', expect.anything(), ['a', 'b'], expect.any(Function));
  });

  it('import through the store and show its summary, or why the file was refused', async () => {
    const onImported = vi.fn();
    const importFile = vi
      .fn()
      .mockResolvedValueOnce({ added: 3, merged: 1, refused: 0 })
      .mockRejectedValueOnce(new Error('report 2: wrong type'));
    const root = mount(<ImportPanel store={{ importFile }} onImported={onImported} />);
    const input = query<HTMLInputElement>(root, 'input[type="file"]');
    const choose = () => {
      Object.defineProperty(input, 'files', { value: [new File(['{}'], 'log.json')], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose();
    await waitFor(() => root.querySelector('.import-status .ok'));
    expect(onImported).toHaveBeenCalledOnce();
    choose();
    const alert = await waitFor(() => root.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('report 2: wrong type');
    expect(onImported).toHaveBeenCalledOnce();
  });
});
