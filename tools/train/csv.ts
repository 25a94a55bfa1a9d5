import { parseCsv } from '../../utils/training/formats/csv-cells';

// The datasets' CSV files read with the extension's own RFC 4180 reader; rows come back as objects
// keyed by the header.

export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(text);
  if (!header) return [];
  return body.map((cells) => Object.fromEntries(header.map((name, k) => [name, cells[k] ?? ''])));
}
