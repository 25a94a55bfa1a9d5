import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { recordContextTarget } from '../utils/capture/target-slot';

// Declared in the manifest for every platform of the registry (see wxt.config.ts). It only
// remembers what was right-clicked: the extraction code is injected on demand, after the user
// chose "Report this post…", so page loads stay untouched.
export default defineUnlistedScript(() => {
  window.addEventListener('contextmenu', recordContextTarget, { capture: true, passive: true });
});
