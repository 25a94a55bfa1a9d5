import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installInjectedApi, isInstalled } from '../utils/injected/install';
import { createLister } from '../utils/pileon/page-lister';

// Injected by the background into a thread's tab when a pile-on collection lists its replies. It
// installs the lister once (its functions are declared in utils/injected/scripts.ts); later calls
// find every reply it has seen.
export default defineUnlistedScript(() => {
  if (isInstalled('pileonLister')) return;
  const lister = createLister();
  installInjectedApi('pileonLister', {
    list: async () => lister.list(),
    show: async ({ first, wanted }) => lister.show(first, wanted),
  });
});
