import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractFromPage, scrollReportedPost } from '../utils/capture/extract-from-page';
import { MAX_TARGET_AGE_MS, recordedContextTarget } from '../utils/capture/target-slot';
import { installInjectedApi } from '../utils/injected/install';

// Injected by the background (scripting.executeScript) when the user reports. It installs the page
// functions declared in utils/injected/scripts.ts; and when the recorder saw the right-click, it
// extracts at once, sparing the background a second round trip (the menu's details only matter
// when no right-click was recorded).
export default defineUnlistedScript(() => {
  installInjectedApi('extractor', {
    extract: (request) => extractFromPage(request),
    scrollReportedPost: (request) => scrollReportedPost(request),
  });
  if (!recordedContextTarget(MAX_TARGET_AGE_MS)) return undefined;
  return extractFromPage({ menu: {}, maxTargetAgeMs: MAX_TARGET_AGE_MS });
});
