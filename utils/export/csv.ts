// CSV as RFC 4180 describes it (https://www.rfc-editor.org/rfc/rfc4180): CRLF line ends, every field
// quoted, quotes doubled. The file starts with a UTF-8 byte order mark so that spreadsheets open
// accented text correctly. A cell a spreadsheet would read as a formula is made inert (OWASP, "CSV
// Injection", https://owasp.org/www-community/attacks/CSV_Injection): captured posts are written by
// strangers, and `=HYPERLINK(...)` or `=cmd|...` in a post must stay text when the file is opened.

export const CSV_BOM = '\uFEFF';

// = + - @ start formulas; tab, CR and NUL let a formula hide behind what looks like a blank.
const FORMULA_START = /^[=+\-@\t\r\0]/;

/** The cell as text that no spreadsheet evaluates: prefixed with `'` when it could start a formula. */
export function inertCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 record, every field quoted (quotes doubled), ending with CRLF. */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map((cell) => `"${inertCell(cell).replaceAll('"', '""')}"`).join(',')}\r\n`;
}
