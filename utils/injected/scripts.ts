import { z } from 'zod';
import {
  extractionSchema,
  extractRequestSchema,
  scrollOutcomeSchema,
  scrollRequestSchema,
} from '../capture/extraction';
import { fieldOutcomeSchema, fillPlanSchema } from '../form-fill/plan';
import type { MessageKey } from '../i18n';
import { listingSchema, shownSchema } from '../pileon/listing';
import { type CallableScriptName, injectedGlobals } from './globals';

// Every script the background injects into pages, and the functions each one exposes: argument and
// result schemas, as messages.ts declares the messages. The argument is parsed before it leaves the
// background; the result, written by code running beside a hostile page, is parsed when it comes back.

export interface InjectedFunction {
  argument: z.core.$ZodType;
  result: z.core.$ZodType;
  /** What the person is told when the page's answer does not parse. */
  unreadable: MessageKey;
}

interface InjectedScript {
  /** The built script, as `scripting.executeScript` takes it. */
  file: string;
  /** What the script's own run returns when injected (the extractor answers at once when it can). */
  onInject: z.core.$ZodType;
}

export const injectedScripts = {
  /** Declared in the manifest for the platforms; injected into tabs open before install. */
  targetRecorder: { file: '/target-recorder.js', onInject: z.unknown() },
  extractor: {
    file: '/extractor.js',
    // The extraction when the recorder saw the right-click; else nothing, and `extract` is called.
    onInject: extractionSchema.optional(),
  },
  formFiller: { file: '/form-filler.js', onInject: z.unknown() },
  pileonLister: { file: '/pileon-lister.js', onInject: z.unknown() },
} as const satisfies Record<string, InjectedScript>;

export const injectedFunctions = {
  extractor: {
    extract: {
      argument: extractRequestSchema,
      result: extractionSchema,
      unreadable: 'injectedCaptureUnreadable',
    },
    /** Scrolls the extracted post so that its row `offset` (CSS px) is at the top of the view. */
    scrollReportedPost: {
      argument: scrollRequestSchema,
      result: scrollOutcomeSchema,
      unreadable: 'injectedScrollUnreadable',
    },
  },
  formFiller: {
    /** Fills and guides (never submits); called again after each load of a multi-step form. */
    run: {
      argument: fillPlanSchema,
      result: z.array(fieldOutcomeSchema),
      unreadable: 'injectedFillUnreadable',
    },
  },
  pileonLister: {
    /** The post attacked and every reply seen on the page so far. */
    list: {
      argument: z.null(),
      result: listingSchema,
      unreadable: 'injectedRepliesUnreadable',
    },
    /** Scrolls reply `first` into view and says which of `wanted` show whole beside it. */
    show: {
      argument: z.object({ first: z.string(), wanted: z.array(z.string()) }),
      result: shownSchema,
      unreadable: 'injectedPlaceUnreadable',
    },
  },
} as const satisfies Record<CallableScriptName, Record<string, InjectedFunction>>;

export { injectedGlobals };
export type ScriptName = keyof typeof injectedScripts;
export type InjectedFunctions = typeof injectedFunctions;
export type FunctionName<S extends CallableScriptName> = keyof InjectedFunctions[S] & string;
type Declared<
  S extends CallableScriptName,
  F extends FunctionName<S>,
> = InjectedFunctions[S][F] extends InjectedFunction ? InjectedFunctions[S][F] : never;
export type ArgumentOf<S extends CallableScriptName, F extends FunctionName<S>> = z.input<
  Declared<S, F>['argument']
>;
export type ResultOf<S extends CallableScriptName, F extends FunctionName<S>> = z.output<
  Declared<S, F>['result']
>;

/** What a script installs in the page: each declared function, taking the parsed argument. */
export type PageSideApi<S extends CallableScriptName> = {
  [F in FunctionName<S>]: (
    argument: z.output<Declared<S, F>['argument']>,
  ) => z.input<Declared<S, F>['result']> | Promise<z.input<Declared<S, F>['result']>>;
};
