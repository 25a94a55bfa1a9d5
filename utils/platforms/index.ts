import type { PlatformAdapter } from './types';
import { xAdapter } from './x';

/** Every platform adapter, most specific first. Adding a platform is one file plus one line here. */
export const platformAdapters: readonly PlatformAdapter[] = [xAdapter];

/** Pages where the context menu shows and the target recorder runs. */
export const platformMatchPatterns: string[] = platformAdapters.flatMap((a) => [...a.matches]);

export function adapterForUrl(url: URL): PlatformAdapter | null {
  return platformAdapters.find((a) => a.matchesUrl(url)) ?? null;
}
