// What an adapter found for one field, and by which strategy: `ExtractedPost.foundBy` reports the
// strategy per field. No imports: adapters are injected into pages.

/** A field's value and the strategy that found it (`by`); null when no strategy found it. */
export type Found<T> = { value: T; by: string } | null;

/** Records `found.by` under `field` when found, and gives back the value (null when not found). */
export type Note = <T>(field: string, found: Found<T>) => T | null;

/** An empty `foundBy` record, and the `note` that fills it as the fields are read. */
export function foundByRecorder(): { foundBy: Record<string, string>; note: Note } {
  const foundBy: Record<string, string> = {};
  const note: Note = (field, found) => {
    if (found) foundBy[field] = found.by;
    return found?.value ?? null;
  };
  return { foundBy, note };
}
