import { z } from 'zod';
import { t } from '../../i18n';
import { CatalogueError } from '../../i18n/catalogue-error';
import {
  type ImportIssue,
  issueText,
  type LabelledItem,
  labelFromParts,
  labelledItemSchema,
  placeIn,
  unreadableText,
} from './labelled-item';

// Label Studio's task JSON for text classification: `data.text`, and each annotation's
// `result[]` of type `choices` (one per layer, by `from_name`) plus the note as a `textarea`.
// A task with several annotations (several people) gives one item per annotation.

const choicesResult = (name: string, choices: string[]) => ({
  from_name: name,
  to_name: 'text',
  type: 'choices',
  value: { choices },
});

export function toLabelStudio(items: readonly LabelledItem[]): string {
  const tasks = items.map((item) => {
    const l = item.labels;
    const result = l
      ? [
          choicesResult('category', [l.categoryId ?? 'none']),
          ...(l.grounds.length ? [choicesResult('grounds', [...l.grounds])] : []),
          choicesResult('legality', [l.legality]),
          ...(l.acceptableReason ? [choicesResult('acceptable_reason', [l.acceptableReason])] : []),
          ...(l.severity !== null ? [choicesResult('severity', [String(l.severity)])] : []),
          ...(l.confidence ? [choicesResult('confidence', [l.confidence])] : []),
          ...(l.note
            ? [{ from_name: 'note', to_name: 'text', type: 'textarea', value: { text: [l.note] } }]
            : []),
        ]
      : [];
    return {
      data: {
        text: item.text,
        constat_id: item.id,
        language: item.language,
        metadata: item.metadata,
        evidence: item.evidence,
      },
      annotations: l ? [{ constat_annotator: item.annotator, result }] : [],
    };
  });
  return `${JSON.stringify(tasks, null, 2)}\n`;
}

const resultSchema = z.object({
  from_name: z.string(),
  type: z.string(),
  value: z.object({ choices: z.array(z.string()).optional(), text: z.array(z.string()).optional() }).loose(),
});
const annotationSchema = z
  .object({
    result: z.array(resultSchema),
    constat_annotator: z.string().nullable().optional(),
    completed_by: z.unknown().optional(),
  })
  .loose();
const taskSchema = z
  .object({
    id: z.union([z.number(), z.string()]).optional(),
    data: z.object({ text: z.string() }).loose(),
    annotations: z.array(annotationSchema).optional(),
  })
  .loose();

function annotatorOf(annotation: z.infer<typeof annotationSchema>): string | null {
  if (annotation.constat_annotator) return annotation.constat_annotator;
  const by = annotation.completed_by;
  if (typeof by === 'number' || typeof by === 'string') return `label-studio:${by}`;
  if (by && typeof by === 'object' && 'email' in by && typeof by.email === 'string') return by.email;
  return null;
}

function labelOf(result: z.infer<typeof resultSchema>[]) {
  const choices = (name: string) => result.find((r) => r.from_name === name)?.value.choices ?? [];
  const category = choices('category')[0];
  if (category === undefined) return null;
  const severity = choices('severity')[0];
  return labelFromParts({
    categoryId: category === 'none' ? null : category,
    grounds: choices('grounds'),
    legality: choices('legality')[0] ?? null,
    acceptableReason: choices('acceptable_reason')[0] ?? null,
    severity: severity === undefined ? null : Number(severity),
    confidence: choices('confidence')[0] ?? null,
    note: result.find((r) => r.from_name === 'note')?.value.text?.join('\n') ?? '',
  });
}

function itemsOfTask(task: z.infer<typeof taskSchema>, index: number): unknown[] {
  const data = task.data as Record<string, unknown>;
  const base = {
    id: typeof data.constat_id === 'string' ? data.constat_id : String(task.id ?? `task-${index + 1}`),
    text: task.data.text,
    language: data.language ?? null,
    metadata: data.metadata ?? {},
    evidence: data.evidence ?? [],
  };
  const annotations = task.annotations ?? [];
  if (annotations.length === 0) return [{ ...base, annotator: null, labels: null }];
  return annotations.map((a) => ({ ...base, annotator: annotatorOf(a), labels: labelOf(a.result) }));
}

export function fromLabelStudio(text: string): { items: LabelledItem[]; issues: ImportIssue[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { items: [], issues: [{ where: t('detailWhereFile'), message: unreadableText(error, text) }] };
  }
  if (!Array.isArray(value))
    return { items: [], issues: [{ where: t('detailWhereFile'), message: t('trainingImportNotTaskList') }] };
  const items: LabelledItem[] = [];
  const issues: ImportIssue[] = [];
  value.forEach((raw, i) => {
    const where = placeIn('detailWhereTask', i + 1);
    try {
      const task = taskSchema.safeParse(raw);
      if (!task.success) throw new CatalogueError(issueText(task.error));
      for (const candidate of itemsOfTask(task.data, i)) {
        const parsed = labelledItemSchema.safeParse(candidate);
        if (parsed.success) items.push(parsed.data);
        else issues.push({ where, message: issueText(parsed.error) });
      }
    } catch (error) {
      issues.push({ where, message: unreadableText(error, '') });
    }
  });
  return { items, issues };
}

const choice = (value: string) => `    <Choice value="${value}"/>`;

/**
 * A Label Studio labelling interface whose control names match this export, so that a project set
 * up with it shows the imported labels and exports files Constat reads back.
 */
export function labelStudioConfig(
  categories: readonly string[],
  grounds: readonly string[],
  layers: { legality: readonly string[]; reasons: readonly string[]; confidence: readonly string[] },
): string {
  const block = (name: string, values: readonly string[], multiple = false) =>
    [
      `  <Choices name="${name}" toName="text" choice="${multiple ? 'multiple' : 'single'}" showInline="true">`,
      ...values.map(choice),
      '  </Choices>',
    ].join('\n');
  return [
    '<View>',
    '  <Text name="text" value="$text"/>',
    block('category', ['none', ...categories]),
    block('grounds', grounds, true),
    block('legality', layers.legality),
    block('acceptable_reason', layers.reasons),
    block('severity', ['0', '1', '2', '3']),
    block('confidence', layers.confidence),
    '  <TextArea name="note" toName="text" maxSubmissions="1"/>',
    '</View>',
    '',
  ].join('\n');
}
