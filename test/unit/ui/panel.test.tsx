import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ComposerPage } from '../../../components/composer/ComposerPage';
import { PanelPage } from '../../../components/panel/PanelPage';
import { PopupPage } from '../../../components/popup/PopupPage';
import { t } from '../../../utils/i18n';
import { lastPanelView, rememberPanelView } from '../../../utils/panel/last-asked';
import { createCollection } from '../../../utils/pileon/store';
import { storeCapture } from '../factories';
import { collection } from '../pileon/collection-factory';
import { buttonNamed, mount, query, waitFor } from './dom';

// `chrome` is the fake browser in unit tests: its `sidePanel` stands for Chrome's.
const sidePanel = (
  fakeBrowser as unknown as { sidePanel: { open: (options: { windowId: number }) => Promise<void> } }
).sidePanel;
const WINDOW_ID = 3;

beforeEach(() => {
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: WINDOW_ID } as never);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const notesOf = (page: HTMLElement) =>
  waitFor(() => page.querySelector<HTMLTextAreaElement>('#notes')?.value);

describe('the panel beside the page', () => {
  it('says what to do while there is no report yet', async () => {
    const page = mount(<PanelPage />);
    await waitFor(() => page.querySelector('main p')?.textContent === t('panelNoReport'));
    expect(page.textContent).not.toContain(t('panelKeepBeside'));
  });

  it('opens on the report last asked for, not merely the newest', async () => {
    const { report } = await storeCapture({
      report: { createdAt: '2026-11-20T08:00:00.000Z', notes: 'asked' },
    });
    await storeCapture({ report: { createdAt: '2026-11-22T08:00:00.000Z', notes: 'newer' } });
    await rememberPanelView({ kind: 'report', reportId: report.id });
    const page = mount(<PanelPage />);
    expect(await notesOf(page)).toBe('asked');
    expect(page.textContent).not.toContain(t('panelKeepBeside'));
  });

  it('shows each report the background sends to its window', async () => {
    await storeCapture({ report: { createdAt: '2026-11-20T08:00:00.000Z', notes: 'first' } });
    const page = mount(<PanelPage />);
    expect(await notesOf(page)).toBe('first');
    const { report } = await storeCapture({
      report: { createdAt: '2026-11-22T08:00:00.000Z', notes: 'second' },
    });

    // The panel answers once it knows its window (the browser says so asynchronously).
    const message = {
      type: 'panel-show',
      windowId: WINDOW_ID,
      view: { kind: 'report', reportId: report.id },
    };
    let answer: unknown;
    while (answer === undefined)
      [answer] = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
    expect(answer).toEqual({ shown: true });
    await waitFor(() => page.querySelector<HTMLTextAreaElement>('#notes')?.value === 'second');
  });
});

describe('a pile-on collection in the panel', () => {
  it('shows the collection sent to its window, beside the thread', async () => {
    const stored = collection();
    await createCollection(stored);
    const page = mount(<PanelPage />);
    await waitFor(() => page.querySelector('main p')?.textContent === t('panelNoReport'));
    const view = { kind: 'collection', collectionId: stored.id, tabId: 12 };
    let answer: unknown;
    while (answer === undefined)
      [answer] = await fakeBrowser.runtime.onMessage.trigger(
        { type: 'panel-show', windowId: WINDOW_ID, view },
        {},
        () => {},
      );
    expect(answer).toEqual({ shown: true });
    await waitFor(() => page.querySelector('h1')?.textContent === t('pileonTitle'));
  });
});

describe('keeping Constat beside the page', () => {
  it('opens the side panel from the popup, first thing in the click, and closes the popup', async () => {
    const open = vi.spyOn(sidePanel, 'open').mockResolvedValue(undefined);
    const onOpened = vi.fn();
    const page = mount(<PopupPage onOpened={onOpened} />);
    const button = await waitFor(() => {
      const found = buttonNamed(page, t('panelKeepBeside'));
      return !found.disabled && found;
    });
    button.click();
    expect(open).toHaveBeenCalledWith({ windowId: WINDOW_ID });
    await waitFor(() => onOpened.mock.calls.length > 0);
  });

  it('hands a composer tab’s report to the panel it opens', async () => {
    const open = vi.spyOn(sidePanel, 'open').mockResolvedValue(undefined);
    const { report } = await storeCapture();
    const page = mount(<ComposerPage search={`?id=${report.id}`} />);
    const button = await waitFor(() => {
      const found = page.querySelector('form') && buttonNamed(page, t('panelKeepBeside'));
      return found && !found.disabled && found;
    });
    button.click();
    expect(open).toHaveBeenCalledWith({ windowId: WINDOW_ID });
    await waitFor(async () => (await lastPanelView())?.kind === 'report');
    expect(await lastPanelView()).toEqual({ kind: 'report', reportId: report.id });
  });

  it('says so when the browser refuses to open it', async () => {
    vi.spyOn(sidePanel, 'open').mockRejectedValue(
      new Error('`sidePanel.open()` may only be called in response to a user gesture.'),
    );
    const page = mount(<PopupPage onOpened={() => {}} />);
    const button = await waitFor(() => {
      const found = buttonNamed(page, t('panelKeepBeside'));
      return !found.disabled && found;
    });
    button.click();
    const alert = await waitFor(() => page.querySelector('.keep-beside [role="alert"]'));
    expect(alert.textContent).toContain(t('panelOpenFailed'));
    // Chrome's refusal in the catalogue's words: what happened and what to do, not its English.
    const text = query(page, '.keep-beside [role="alert"]').textContent;
    expect(text).toContain(t('browserErrorPanelNeedsClick'));
    expect(text).not.toContain('user gesture');
  });
});
