import {
  type ImportIssue,
  issueText,
  type LabelledItem,
  labelledItemSchema,
  placeIn,
  unreadableText,
} from './labelled-item';

// Constat's own JSONL: one item a line, with every layer of its label, its metadata and the hashes
// of its evidence.

export function toJsonl(items: readonly LabelledItem[]): string {
  return (
    items.map((item) => JSON.stringify(labelledItemSchema.parse(item))).join('\n') +
    (items.length ? '\n' : '')
  );
}

/** Parses each non-empty line; a line that is not valid is named with its number and reason. */
export function fromJsonl(text: string): { items: LabelledItem[]; issues: ImportIssue[] } {
  const items: LabelledItem[] = [];
  const issues: ImportIssue[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = placeIn('detailWhereLine', i + 1);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      issues.push({ where, message: unreadableText(error, line) });
      return;
    }
    const parsed = labelledItemSchema.safeParse(value);
    if (parsed.success) items.push(parsed.data);
    else issues.push({ where, message: issueText(parsed.error) });
  });
  return { items, issues };
}
