import { browser } from 'wxt/browser';
import { z } from 'zod';
import { type MessageKey, t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';
import type { CallableScriptName } from './globals';
import {
  type ArgumentOf,
  type FunctionName,
  type InjectedFunction,
  injectedFunctions,
  injectedGlobals,
  injectedScripts,
  type ResultOf,
  type ScriptName,
} from './scripts';

// The background's one way into injected scripts: inject a declared file, call a declared function.
// Needs host access to the page or `activeTab` (granted by the menu click, the shortcut or the popup).

export interface InjectionTarget {
  tabId: number;
  frameIds?: number[];
}

/** The part of `browser.scripting` used here; a parameter so tests can pass a fake. */
export interface ScriptingApi {
  executeScript(injection: {
    target: InjectionTarget;
    files?: string[];
    // biome-ignore lint/suspicious/noExplicitAny: the browser's own signature for injected functions.
    func?: (...args: any[]) => unknown;
    args?: unknown[];
  }): Promise<Array<{ result?: unknown }>>;
}

/**
 * The page's answer could not be used: the catalogue's sentence for the call, in the person's
 * language; what did not parse is kept as a detail for the console (a hostile page may have made it).
 */
export class InjectedCallError extends CatalogueError {
  constructor(
    key: MessageKey,
    readonly detail: string,
  ) {
    super(t(key));
  }
}

const defaultScripting = (): ScriptingApi => browser.scripting as unknown as ScriptingApi;

/** Injects a declared script and parses what its own run returned. */
export async function injectScript<S extends ScriptName>(
  target: InjectionTarget,
  script: S,
  scripting: ScriptingApi = defaultScripting(),
): Promise<z.output<(typeof injectedScripts)[S]['onInject']>> {
  const [injected] = await scripting.executeScript({ target, files: [injectedScripts[script].file] });
  const parsed = z.safeParse(injectedScripts[script].onInject, injected?.result ?? undefined);
  if (!parsed.success)
    throw new InjectedCallError('injectedAnswerUnreadable', `${script}: ${parsed.error.message}`);
  return parsed.data as z.output<(typeof injectedScripts)[S]['onInject']>;
}

type Answer = { installed: false } | { installed: true; json: string | undefined };

/**
 * Runs in the page's isolated world: no closure, only its arguments. Both ways go as JSON text: the
 * browser drops object keys whose value is null from script arguments and results.
 */
async function callInPage(global: string, name: string, json: string): Promise<Answer> {
  const api = (globalThis as unknown as Record<string, Record<string, (a: unknown) => unknown> | undefined>)[
    global
  ];
  const fn = api?.[name];
  if (typeof fn !== 'function') return { installed: false };
  return { installed: true, json: JSON.stringify(await fn.call(api, JSON.parse(json))) };
}

async function callOnce(scripting: ScriptingApi, target: InjectionTarget, args: string[]): Promise<Answer> {
  const [result] = await scripting.executeScript({ target, func: callInPage, args });
  const answer = result?.result as Answer | undefined;
  return answer?.installed ? answer : { installed: false };
}

/**
 * Calls a function a script declares in scripts.ts: injects the script first when the page does not
 * have it yet, and parses the result with the declared schema (an unreadable answer throws).
 */
export async function callInjected<S extends CallableScriptName, F extends FunctionName<S>>(
  target: InjectionTarget,
  script: S,
  name: F,
  argument: ArgumentOf<S, F>,
  scripting: ScriptingApi = defaultScripting(),
): Promise<ResultOf<S, F>> {
  const declared = (injectedFunctions[script] as Record<string, InjectedFunction>)[name];
  if (!declared) throw new Error(`${script} declares no function ${name}.`);
  const { argument: argumentSchema, result: resultSchema, unreadable } = declared;
  const args = [injectedGlobals[script], name, JSON.stringify(z.parse(argumentSchema, argument))];
  let answer = await callOnce(scripting, target, args);
  if (!answer.installed) {
    await injectScript(target, script, scripting);
    answer = await callOnce(scripting, target, args);
  }
  if (!answer.installed) throw new InjectedCallError(unreadable, `the page has no ${script}`);
  const parsed = z.safeParse(resultSchema, answer.json === undefined ? undefined : safeJson(answer.json));
  if (!parsed.success) throw new InjectedCallError(unreadable, parsed.error.message);
  return parsed.data as ResultOf<S, F>;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
