// Canonical JSON after RFC 8785 (JSON Canonicalization Scheme, https://www.rfc-editor.org/rfc/rfc8785):
// no whitespace; object members sorted by their names' UTF-16 code units; strings escaped as
// ECMAScript's JSON.stringify escapes them; numbers in ECMAScript's shortest round-trip form, which
// is what JSON.stringify prints for finite numbers (RFC 8785 §3.2.2.3 defines it that way). So the
// same value always gives the same bytes, whatever order its keys were written in, and its hash
// can be recomputed by anyone with an RFC 8785 library.

export class CanonicalJsonError extends Error {
  override name = 'CanonicalJsonError';
}

/** The RFC 8785 text of a JSON value; `undefined` members are left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CanonicalJsonError(`${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      // Default sort compares UTF-16 code units, the order RFC 8785 §3.2.3 asks for.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  throw new CanonicalJsonError(`A ${typeof value} has no JSON form`);
}

/** The canonical JSON's UTF-8 bytes, which is what gets hashed. */
export function canonicalBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(value));
}
