import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractFromPage, scrollReportedPost } from '../utils/capture/extract-from-page';
import { extractRequestSchema } from '../utils/capture/extract-request';
import { installPageApi, MAX_TARGET_AGE_MS, recordedContextTarget } from '../utils/capture/target-slot';

// Injected by the background (scripting.executeScript) when the user reports. It installs the page
// functions, which the background calls by name; and when the recorder saw the right-click, it
// extracts at once, sparing the background a second round trip (the menu's details only matter
// when no right-click was recorded).
export default defineUnlistedScript(() => {
  installPageApi({
    extract: (request) => extractFromPage(extractRequestSchema.parse(request)),
    scrollReportedPost: (offset) => scrollReportedPost(Number(offset)),
  });
  if (!recordedContextTarget(MAX_TARGET_AGE_MS)) return undefined;
  return extractFromPage({ menu: {}, maxTargetAgeMs: MAX_TARGET_AGE_MS });
});
