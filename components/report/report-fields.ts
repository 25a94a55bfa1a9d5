import type { EditableField, PostData, Report } from '../../utils/model';
import { shortened } from '../../utils/shortened';

// The composer's view of the editable fields: the extraction is never changed, the user's values
// live in `report.edits`, and what is shown is the edit when there is one, else the extraction.

export type FieldEdits = Report['edits'];
export type FieldEdit = NonNullable<FieldEdits[EditableField]>;

const readExtracted: Record<EditableField, (post: PostData) => string | null> = {
  permalink: (post) => post.permalink,
  authorHandle: (post) => post.author.handle,
  authorName: (post) => post.author.name,
  publishedAt: (post) => post.publishedAt,
  text: (post) => post.text,
};

/** What the capture found; null when it found nothing (blank text counts as nothing). */
export function extractedValue(report: Pick<Report, 'extracted'>, field: EditableField): string | null {
  const value = report.extracted ? readExtracted[field](report.extracted) : null;
  return value?.trim() ? value : null;
}

/** The value to show and use: the user's edit, else the extraction, else empty. */
export function currentValue(
  report: Pick<Report, 'extracted'>,
  edits: FieldEdits,
  field: EditableField,
): string {
  return edits[field]?.value ?? extractedValue(report, field) ?? '';
}

/**
 * Where the shown value comes from: `to-fill` (nothing found, nothing typed), `typed-by-hand`
 * (nothing found, the user typed it), `edited` (the user changed what was found), `extracted`.
 */
export type FieldOrigin = 'extracted' | 'edited' | 'to-fill' | 'typed-by-hand';

export function fieldOrigin(original: string | null, edit: FieldEdit | undefined): FieldOrigin {
  if (original === null) return edit?.value.trim() ? 'typed-by-hand' : 'to-fill';
  return edit ? 'edited' : 'extracted';
}

/** Records a typed value. Typing the extraction back removes the edit, so `edits` holds real changes only. */
export function withFieldValue(
  edits: FieldEdits,
  field: EditableField,
  value: string,
  original: string | null,
  now: Date,
): FieldEdits {
  const { [field]: _replaced, ...others } = edits;
  if (value === (original ?? '')) return others;
  return { ...others, [field]: { value, editedAt: now.toISOString() } };
}

/** The first characters of the post's text, on one line, for lists. */
export function excerpt(report: Report, maxChars = 140): string {
  const text = currentValue(report, report.edits, 'text').replace(/\s+/g, ' ').trim();
  return shortened(text, maxChars);
}

/** "Name (@handle)" as far as known, edits included; empty when neither is known. */
export function authorLabel(report: Report): string {
  // Handles are stored without "@" (the case contract's form); a hand-typed one may carry it.
  const typed = currentValue(report, report.edits, 'authorHandle').trim();
  const handle = typed && !typed.startsWith('@') ? `@${typed}` : typed;
  const name = currentValue(report, report.edits, 'authorName').trim();
  if (handle && name) return `${name} (${handle})`;
  return handle || name;
}
