// Limits on what an import reads, so that a hostile or damaged file fails with a message instead
// of exhausting memory. An export of Constat stays far below them.

/** The largest file read at all. */
export const MAX_IMPORT_FILE_BYTES = 512 * 1024 * 1024;
/** The longest string in a JSON export (a base64 screenshot of a very tall post fits). */
export const MAX_JSON_STRING_CHARS = 48 * 1024 * 1024;
/** What a ZIP may expand to, in total and per file, counted as it inflates (declared sizes can lie). */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;
export const MAX_UNZIPPED_FILE_BYTES = 64 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 200_000;
