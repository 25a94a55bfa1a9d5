import { browser } from 'wxt/browser';
import { z } from 'zod';

// The report the person last asked for (stored by a right-click, or shown in a composer tab): what
// the panel shows when it opens. Kept for the browser session only, like an open tab would be.
const KEY = 'panelReportId';

export async function rememberAskedReport(reportId: string): Promise<void> {
  await browser.storage.session.set({ [KEY]: reportId });
}

/** The id, or null when none was asked for yet (or what is stored is not an id). */
export async function lastAskedReport(): Promise<string | null> {
  const parsed = z.uuid().safeParse((await browser.storage.session.get(KEY))[KEY]);
  return parsed.success ? parsed.data : null;
}
