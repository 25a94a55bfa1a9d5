// Constat's panel beside the page, read from another extension page: both browsers list it among
// the extension's views (`extension.getViews()`), Chrome's side panel and Firefox's sidebar alike.
// These run inside an extension page (`page.evaluate`), where `chrome` is the extension API.

/** The panel's text, or null while no panel is open. */
export function panelText(): string | null {
  const panel = chrome.extension.getViews().find((view) => view.location.pathname === '/sidepanel.html');
  return panel?.document.querySelector('main')?.textContent ?? null;
}

/** Whether the open panel shows the composer of `reportId` (its link to the report in the log). */
export function panelShows(reportId: string): boolean {
  const panel = chrome.extension.getViews().find((view) => view.location.pathname === '/sidepanel.html');
  return panel?.document.querySelector(`main.composer a[href$="#${reportId}"]`) != null;
}

/** The open panel's first heading (the pile-on page's title when it shows a collection), or null. */
export function panelHeading(): string | null {
  const panel = chrome.extension.getViews().find((view) => view.location.pathname === '/sidepanel.html');
  return panel?.document.querySelector('h1')?.textContent ?? null;
}
