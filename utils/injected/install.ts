import { type CallableScriptName, injectedGlobals } from './globals';
import type { PageSideApi } from './scripts';

// The injected scripts' side: install the declared functions where `callInjected` looks for them.
// Only types come from scripts.ts, so no schema library enters the page's bundle.

/** Installs `api` once per frame; a script injected again keeps the first install (and its state). */
export function installInjectedApi<S extends CallableScriptName>(
  script: S,
  api: PageSideApi<S>,
  scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): void {
  scope[injectedGlobals[script]] ??= api;
}

/** Whether the script's functions are installed in this frame already. */
export function isInstalled(
  script: CallableScriptName,
  scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): boolean {
  return scope[injectedGlobals[script]] !== undefined;
}
