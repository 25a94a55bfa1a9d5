import type { Tabs } from 'webextension-polyfill';
import { openBeside, openInPanelOrTab, type PanelRoutes } from '../panel/open-beside';

/** Opens the composer for a stored report: in Constat's panel when one is open in the tab's window, else in a tab. */
export function openComposer(
  reportId: string,
  tab: Tabs.Tab,
  routes?: PanelRoutes,
): Promise<'panel' | 'tab'> {
  return openInPanelOrTab({ kind: 'report', reportId }, tab, routes);
}

/** Opens the page that offers a capture whose save failed for download, and a retry. */
export async function openUnsavedPage(reportId: string, tab: Tabs.Tab): Promise<void> {
  await openBeside(`unsaved.html?id=${encodeURIComponent(reportId)}`, tab);
}
