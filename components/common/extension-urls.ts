import { browser } from 'wxt/browser';

// Called on user action or render, never at module load: at build time these modules run in Node.

export function composerUrl(reportId: string): string {
  return browser.runtime.getURL(`/composer.html?id=${encodeURIComponent(reportId)}`);
}

export function logUrl(reportId?: string): string {
  return browser.runtime.getURL(reportId ? `/log.html#${encodeURIComponent(reportId)}` : '/log.html');
}

/** Opens a page in a new tab; extension pages use this rather than window.open so it works from the popup. */
export async function openInTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/** The options page (entrypoints/options), opened in a tab like the other pages. */
export function optionsUrl(): string {
  return browser.runtime.getURL('/options.html');
}

/** Training mode's page (entrypoints/training), on one of its sections. */
export function trainingUrl(section = 'examples'): string {
  return browser.runtime.getURL(`/training.html#${section}`);
}

/** The printable report (entrypoints/print): the reports `ids` names, or the whole log. */
export function printUrl(ids?: readonly string[]): string {
  const query = ids ? `?ids=${ids.map(encodeURIComponent).join(',')}` : '';
  return browser.runtime.getURL(`/print.html${query}` as '/print.html');
}

/** The first-run page (entrypoints/welcome): opened once after install, and from the popup. */
export function welcomeUrl(): string {
  return browser.runtime.getURL('/welcome.html');
}
