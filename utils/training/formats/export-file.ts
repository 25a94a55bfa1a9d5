import { toCsv } from './csv';
import { toDoccano } from './doccano';
import type { LabelledFormat } from './import-file';
import { toJsonl } from './jsonl';
import { toLabelStudio } from './label-studio';
import type { LabelledItem } from './labelled-item';

// One export a format: the file's text, name and type.

const writers: Record<
  LabelledFormat,
  { write: (items: readonly LabelledItem[]) => string; ext: string; mime: string }
> = {
  jsonl: { write: toJsonl, ext: 'jsonl', mime: 'application/x-ndjson' },
  csv: { write: toCsv, ext: 'csv', mime: 'text/csv' },
  'label-studio': { write: toLabelStudio, ext: 'label-studio.json', mime: 'application/json' },
  doccano: { write: toDoccano, ext: 'doccano.jsonl', mime: 'application/x-ndjson' },
};

export function exportFile(
  items: readonly LabelledItem[],
  format: LabelledFormat,
  baseName: string,
): { name: string; text: string; mime: string } {
  const writer = writers[format];
  return { name: `${baseName}.${writer.ext}`, text: writer.write(items), mime: writer.mime };
}
