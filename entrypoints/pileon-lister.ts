import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { LISTER_KEY, type ListerApi } from '../utils/pileon/lister-key';
import { createLister } from '../utils/pileon/page-lister';

// Injected by the background into a thread's tab when a pile-on collection lists its replies. It
// installs the lister once; later calls reach it by name and find every reply it has seen.
export default defineUnlistedScript(() => {
  const slots = globalThis as unknown as Record<string, ListerApi | undefined>;
  if (slots[LISTER_KEY]) return;
  const lister = createLister();
  slots[LISTER_KEY] = {
    list: async () => lister.list(),
    show: async ({ first, wanted }) => lister.show(first, wanted),
  };
});
