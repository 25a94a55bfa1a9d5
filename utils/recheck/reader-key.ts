// Shared by the reader in the page and the background that calls it (no imports: the page's
// bundle stays small).

/** The global the reader installs its function under, in the content script's isolated world. */
export const RECHECK_READER_KEY = '__constatRecheckReader';

export interface RecheckReaderApi {
  read(wanted: string): Promise<unknown>;
}
