import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPostOnPage } from '../utils/recheck/page-check';
import { RECHECK_READER_KEY, type RecheckReaderApi } from '../utils/recheck/reader-key';

// Injected by the background into the tab a "Still online?" recheck opened. It installs the
// reader once; the background calls it by name, as often as the page needs to finish rendering.
export default defineUnlistedScript(() => {
  const slots = globalThis as unknown as Record<string, RecheckReaderApi | undefined>;
  slots[RECHECK_READER_KEY] ??= { read: (wanted) => readPostOnPage(wanted) };
});
