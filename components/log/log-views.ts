import { browser } from 'wxt/browser';

// The log page's views besides the list and a report's page, named in the URL's hash
// (`log.html#targets`): report ids are UUIDs, so these names never take one's place.

export const logViews = ['targets', 'stats'] as const;
export type LogView = (typeof logViews)[number];

export function isLogView(hash: string | null): hash is LogView {
  return logViews.includes(hash as LogView);
}

export function logViewUrl(view: LogView): string {
  return browser.runtime.getURL(`/log.html#${view}`);
}
