import { z } from 'zod';
import { type MessageKey, t, uiLang } from '../../i18n';
import { CatalogueError } from '../../i18n/catalogue-error';
import { errorText } from '../../i18n/error-text';
import { fill } from '../../i18n/fill';
import { jsonSyntaxText } from '../../i18n/json-syntax';
import { zodIssuesText } from '../../i18n/zod-issues';
import { evidenceHashSchema } from '../example';
import { type TrainingLabel, trainingLabelSchema } from '../label';

// The one shape every export and import goes through: a text, who labelled it and how, where it
// came from, and the hashes of its evidence (the files themselves stay in the browser).

export const labelledItemSchema = z.object({
  id: z.string().trim().min(1).max(200),
  text: z.string().max(100_000),
  language: z.enum(['fr', 'en']).nullable(),
  /** Who gave the labels (the exporter's name, or the tool's annotator); null when unknown. */
  annotator: z.string().trim().min(1).max(200).nullable(),
  labels: trainingLabelSchema.nullable(),
  metadata: z.object({
    source: z.string().max(100).optional(),
    platform: z.string().max(100).optional(),
    pageUrl: z.string().max(10_000).optional(),
    permalink: z.string().max(10_000).nullable().optional(),
    createdAt: z.string().max(100).optional(),
    setId: z.string().max(100).optional(),
  }),
  evidence: z.array(evidenceHashSchema),
});
export type LabelledItem = z.infer<typeof labelledItemSchema>;

/** A problem with one line or item of an imported file, with where it is. */
export interface ImportIssue {
  where: string;
  message: string;
}

/** What can be wrong with a training file as a whole: each a catalogue entry, in both languages. */
export type TrainingImportProblem = Extract<MessageKey, `trainingImportError${string}`>;

/** A training file refused: `problem` says why, in the interface language; `issues` name the bad items. */
export class ImportError extends CatalogueError {
  constructor(
    readonly problem: TrainingImportProblem,
    readonly values: Record<string, string | number> = {},
    readonly issues: ImportIssue[] = [],
  ) {
    super(fill(t(problem), values));
    this.name = 'ImportError';
  }
}

/** A zod error as one line a person can act on: the path of each issue and what is wrong. */
export const issueText = (error: z.ZodError): string => zodIssuesText(error, uiLang(), '; ');

type Place = 'detailWhereLine' | 'detailWhereRow' | 'detailWhereTask' | 'detailWhereItem';

/** Where an item is in an imported file ("line 3", "ligne 3"), in the interface language. */
export const placeIn = (kind: Place, n: number): string => fill(t(kind), { n });

/** Why a part of a file could not be read: a JSON syntax error said with its place, else the error's text. */
export const unreadableText = (error: unknown, text: string): string =>
  error instanceof SyntaxError ? jsonSyntaxText(error, text) : errorText(error);

/**
 * Builds a label from the parts a tool's file gives (often the category alone): the legality is
 * read from the category where the file does not say it. Throws a readable error when the parts
 * contradict each other.
 */
export function labelFromParts(parts: {
  categoryId: string | null;
  grounds?: string[];
  legality?: string | null;
  acceptableReason?: string | null;
  severity?: number | null;
  confidence?: string | null;
  note?: string;
}): TrainingLabel {
  const legality =
    parts.legality ??
    (parts.categoryId === null
      ? 'acceptable'
      : parts.categoryId === 'platform-rules'
        ? 'platform-rules'
        : 'illegal');
  const parsed = trainingLabelSchema.safeParse({
    categoryId: parts.categoryId,
    grounds: parts.grounds ?? [],
    legality,
    acceptableReason: parts.acceptableReason ?? null,
    severity: parts.severity ?? null,
    confidence: parts.confidence ?? null,
    note: parts.note ?? '',
  });
  if (!parsed.success) throw new CatalogueError(issueText(parsed.error));
  return parsed.data;
}
