import type { PlatformAdapter } from './types';
import { xAdapter } from './x';

/** Every platform adapter, most specific first. Adding a platform is one file plus one line here. */
export const platformAdapters: readonly PlatformAdapter[] = [xAdapter];

/** Pages where the context menu shows and the target recorder runs. */
export const platformMatchPatterns: string[] = platformAdapters.flatMap((a) => [...a.matches]);

export function adapterForPage(url: URL, doc: Document): PlatformAdapter | null {
  return platformAdapters.find((a) => a.matchesPage(url, doc)) ?? null;
}
