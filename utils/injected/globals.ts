// Where each injected script installs its functions, in the isolated world of the page's frame (the
// page itself cannot reach them). Kept apart from the schemas so that the scripts' own bundles carry
// no zod: they import this file and only the types of scripts.ts.

export const injectedGlobals = {
  extractor: '__constatPageApi',
  formFiller: '__constatFormFiller',
  pileonLister: '__constatPileonLister',
} as const;

export type CallableScriptName = keyof typeof injectedGlobals;
