import { z } from 'zod';
import { t } from '../../i18n';
import { CatalogueError } from '../../i18n/catalogue-error';
import { fill } from '../../i18n/fill';
import {
  type ImportIssue,
  issueText,
  type LabelledItem,
  labelFromParts,
  labelledItemSchema,
  placeIn,
  unreadableText,
} from './labelled-item';

// doccano's JSONL for text classification: `text` and `label` (a list). The category is the plain
// label (`none` for no offence); the other layers are prefixed labels (`ground:origin`,
// `legality:illegal`, `reason:news`, `severity:2`, `confidence:high`), so they survive a trip
// through doccano as ordinary labels.

export function toDoccano(items: readonly LabelledItem[]): string {
  return items
    .map((item) => {
      const l = item.labels;
      const label = l
        ? [
            l.categoryId ?? 'none',
            ...l.grounds.map((g) => `ground:${g}`),
            `legality:${l.legality}`,
            ...(l.acceptableReason ? [`reason:${l.acceptableReason}`] : []),
            ...(l.severity !== null ? [`severity:${l.severity}`] : []),
            ...(l.confidence ? [`confidence:${l.confidence}`] : []),
          ]
        : [];
      return JSON.stringify({
        text: item.text,
        label,
        constat_id: item.id,
        annotator: item.annotator,
        language: item.language,
        note: l?.note ?? '',
        metadata: item.metadata,
        evidence: item.evidence,
      });
    })
    .map((line) => `${line}\n`)
    .join('');
}

const lineSchema = z
  .object({
    id: z.union([z.number(), z.string()]).optional(),
    constat_id: z.string().optional(),
    text: z.string(),
    label: z.array(z.string()).optional(),
    annotator: z.string().nullable().optional(),
    note: z.string().optional(),
  })
  .loose();

function labelOf(labels: string[], note: string) {
  const prefixed = (prefix: string) =>
    labels.filter((l) => l.startsWith(`${prefix}:`)).map((l) => l.slice(prefix.length + 1));
  const plain = labels.filter((l) => !l.includes(':'));
  if (plain.length > 1)
    throw new CatalogueError(fill(t('trainingImportManyCategories'), { categories: plain.join(', ') }));
  const category = plain[0];
  if (category === undefined) return null;
  const severity = prefixed('severity')[0];
  return labelFromParts({
    categoryId: category === 'none' ? null : category,
    grounds: prefixed('ground'),
    legality: prefixed('legality')[0] ?? null,
    acceptableReason: prefixed('reason')[0] ?? null,
    severity: severity === undefined ? null : Number(severity),
    confidence: prefixed('confidence')[0] ?? null,
    note,
  });
}

export function fromDoccano(text: string): { items: LabelledItem[]; issues: ImportIssue[] } {
  const items: LabelledItem[] = [];
  const issues: ImportIssue[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const where = placeIn('detailWhereLine', i + 1);
    try {
      const line = lineSchema.safeParse(JSON.parse(raw));
      if (!line.success) throw new CatalogueError(issueText(line.error));
      const l = line.data as z.infer<typeof lineSchema> & Record<string, unknown>;
      const parsed = labelledItemSchema.safeParse({
        id: l.constat_id ?? String(l.id ?? `line-${i + 1}`),
        text: l.text,
        language: l.language ?? null,
        annotator: l.annotator ?? null,
        labels: labelOf(l.label ?? [], l.note ?? ''),
        metadata: l.metadata ?? {},
        evidence: l.evidence ?? [],
      });
      if (parsed.success) items.push(parsed.data);
      else issues.push({ where, message: issueText(parsed.error) });
    } catch (error) {
      issues.push({ where, message: unreadableText(error, raw) });
    }
  });
  return { items, issues };
}
