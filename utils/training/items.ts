import { TRAINING_SCHEMA_VERSION, type TrainingExample } from './example';
import type { LabelledItem } from './formats/labelled-item';
import type { PracticeSet } from './practice-set';
import type { PracticeSession } from './session';

// Between what is stored (examples, sessions) and the one shape of every export and import.

export function itemFromExample(example: TrainingExample, annotator: string | null): LabelledItem {
  return {
    id: example.id,
    text: example.text,
    language: example.language,
    annotator: example.annotator ?? annotator,
    labels: example.label,
    metadata: {
      source: example.source,
      platform: example.platform,
      pageUrl: example.pageUrl,
      permalink: example.permalink,
      createdAt: example.createdAt,
    },
    evidence: [
      ...example.evidence.map(({ kind, mime, size, sha256 }) => ({ kind, mime, size, sha256 })),
      ...example.importedEvidence,
    ],
  };
}

/** A session's answers as items of its set, for sharing with a trainer or comparing with others. */
export function itemsFromSession(
  session: PracticeSession,
  set: PracticeSet,
  annotator: string | null,
): LabelledItem[] {
  return session.answers.flatMap((answer) => {
    const item = set.items.find((i) => i.id === answer.itemId);
    if (!item) return [];
    return [
      {
        id: item.id,
        text: item.text,
        language: item.language,
        annotator,
        labels: answer.label,
        metadata: { source: 'practice', setId: set.id, createdAt: answer.answeredAt },
        evidence: [],
      },
    ];
  });
}

/** The reference labels of a set, as an annotator named after the set. */
export function itemsFromReference(set: PracticeSet): LabelledItem[] {
  return set.items.map((item) => ({
    id: item.id,
    text: item.text,
    language: item.language,
    annotator: `reference:${set.id}`,
    labels: item.reference,
    metadata: { source: 'reference', setId: set.id },
    evidence: [],
  }));
}

export function exampleFromItem(item: LabelledItem, now: string): TrainingExample {
  const m = item.metadata;
  return {
    schemaVersion: TRAINING_SCHEMA_VERSION,
    id: item.id,
    createdAt:
      m.createdAt && !Number.isNaN(Date.parse(m.createdAt)) ? new Date(m.createdAt).toISOString() : now,
    updatedAt: now,
    source: 'import',
    text: item.text,
    language: item.language,
    platform: m.platform ?? 'generic',
    pageUrl: m.pageUrl ?? '',
    permalink: m.permalink ?? null,
    meta: null,
    evidence: [],
    importedEvidence: item.evidence,
    annotator: item.annotator,
    suggestion: null,
    label: item.labels,
    labelledAt: item.labels ? now : null,
    warnings: [],
  };
}
