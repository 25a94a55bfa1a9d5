import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installFormFiller } from '../utils/form-fill/session';

// Injected by the background into a reporting form's tab (or the post's tab, for in-product report
// dialogs). It installs the form filler's `run(plan)` (declared in utils/injected/scripts.ts), which the
// background then calls with the plan;
// it fills and guides, and never submits anything.
export default defineUnlistedScript(() => {
  installFormFiller(globalThis as unknown as Record<string, unknown>, document);
});
