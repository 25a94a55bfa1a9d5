// How an import's files are keyed in `importStaging`: by the import's id, then a name; a mark (a
// file written ahead into `evidence`) under a name no staged file can take.

/** Every key of one import's files: [id, any name] sorts between [id] and [id, []]. */
export const importRange = (importId: string) => IDBKeyRange.bound([importId], [importId, []]);

/**
 * A mark's name: a file written ahead into `evidence`, by its report's id and its own. A ZIP
 * entry's name never holds NUL (read-zip.ts refuses it) and a JSON export's files are staged under
 * uuids (their report's and their own), so no file of an import can pass for a mark.
 */
export const MOVED = '\0moved/';
export const markName = (record: { reportId: string; id: string }) =>
  `${MOVED}${record.reportId}/${record.id}`;
export const movedRange = (importId: string) =>
  IDBKeyRange.bound([importId, MOVED], [importId, `${MOVED}\uffff`]);

/** The report and evidence ids a mark names. */
export function marked([, name]: [string, string]): { reportId: string; evidenceId: string } {
  const [reportId = '', evidenceId = ''] = name.slice(MOVED.length).split('/');
  return { reportId, evidenceId };
}
