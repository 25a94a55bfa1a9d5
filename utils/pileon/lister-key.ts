// Shared by the lister in the page and the background that calls it (no imports: the page's bundle
// stays small).

/** The global the lister installs its functions under, in the content script's isolated world. */
export const LISTER_KEY = '__constatPileonLister';

export interface ListerApi {
  list(): Promise<unknown>;
  show(argument: { first: string; wanted: string[] }): Promise<unknown>;
}
