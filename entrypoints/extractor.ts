import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractFromPage } from '../utils/capture/extract-from-page';
import type { ExtractRequest } from '../utils/capture/extraction';
import { installExtractFunction } from '../utils/capture/target-slot';

// Injected by the background (scripting.executeScript) when the user reports; it only installs
// the extraction function, which the background then calls with its request.
export default defineUnlistedScript(() => {
  installExtractFunction((request) => extractFromPage(request as ExtractRequest));
});
