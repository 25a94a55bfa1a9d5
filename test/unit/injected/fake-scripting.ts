import { vi } from 'vitest';
import type { ScriptingApi } from '../../../utils/injected/call-injected';

/**
 * A fake `browser.scripting` that behaves like a page's isolated world: a file runs the installer
 * given for it, a function runs for real (against the test's global scope, which `reset` cleans).
 */
export function fakeScripting(files: Record<string, () => unknown>) {
  const installed = new Set<string>();
  const before = new Set(Object.keys(globalThis));
  const executeScript = vi.fn<ScriptingApi['executeScript']>(async (injection) => {
    if (injection.files) {
      const file = injection.files[0] ?? '';
      const run = files[file];
      if (!run) throw new Error(`Could not load file: '${file}'.`);
      installed.add(file);
      return [{ result: run() }];
    }
    return [{ result: await injection.func?.(...(injection.args ?? [])) }];
  });
  const reset = () => {
    for (const key of Object.keys(globalThis))
      if (!before.has(key)) delete (globalThis as Record<string, unknown>)[key];
  };
  return { scripting: { executeScript } satisfies ScriptingApi, installed, reset };
}
