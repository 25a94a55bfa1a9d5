import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractFromPage, scrollReportedPost } from '../utils/capture/extract-from-page';
import type { ExtractRequest } from '../utils/capture/extraction';
import { installPageApi } from '../utils/capture/target-slot';

// Injected by the background (scripting.executeScript) when the user reports; it only installs
// the page functions, which the background then calls by name.
export default defineUnlistedScript(() => {
  installPageApi({
    extract: (request) => extractFromPage(request as ExtractRequest),
    scrollReportedPost: (offset) => scrollReportedPost(Number(offset)),
  });
});
