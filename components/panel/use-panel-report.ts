import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { lastAskedReport } from '../../utils/panel/last-asked';
import { listenForPanelReports } from '../../utils/panel/panel-listener';

const searchFor = (reportId: string | null) => (reportId ? `?id=${encodeURIComponent(reportId)}` : '');

/**
 * The panel's report, as the composer's query string: the one the person last asked for when the
 * panel opens, then each one the background sends to this window. Null while that is being read.
 */
export function usePanelReport(): string | null {
  const [search, setSearch] = useState<string | null>(null);

  useEffect(() => {
    let windowId: number | null = null;
    const stop = listenForPanelReports(
      () => windowId,
      (reportId) => setSearch(searchFor(reportId)),
    );
    browser.windows.getCurrent().then(
      (window?: { id?: number }) => {
        windowId = window?.id ?? null;
      },
      () => undefined,
    );
    // Unreadable: the newest report, as when none was asked for.
    lastAskedReport().then(
      (reportId) => setSearch((shown) => shown ?? searchFor(reportId)),
      () => setSearch((shown) => shown ?? ''),
    );
    return stop;
  }, []);

  return search;
}
