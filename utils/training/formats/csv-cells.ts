import { t } from '../../i18n';
import { CatalogueError } from '../../i18n/catalogue-error';

// CSV cells, RFC 4180, made safe for spreadsheets: a cell that a spreadsheet would read as a
// formula (starting with = + - @, a tab, a carriage return or NUL) is written with a leading
// apostrophe (OWASP, "CSV Injection"). The apostrophe is added before any run of apostrophes that
// precedes such a character too, so reading removes exactly one and gets the text back.

const formulaStart = /^'*[=+\-@\t\r\0]/;

export function safeCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

export function unsafeCell(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

function quoted(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => quoted(safeCell(cell))).join(',');
}

/** Rows of cells, with quoted fields across lines; throws on a quote left open. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (inQuotes) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else cell += c;
    } else if (c === '"' && cell === '') inQuotes = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (inQuotes) throw new CatalogueError(t('trainingImportCsvQuote'));
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((r) => r.some((c) => c !== ''));
}
