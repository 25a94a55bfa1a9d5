// Uint8Array.toBase64/fromBase64 are too recent to rely on (Chrome 140, Firefox 133). Encoding goes
// through a lookup table into ASCII bytes, decoded as text once: btoa over a binary string is slow in
// some engines (Node's is written in JavaScript) and an export encodes hundreds of megabytes.
const ALPHABET = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 61; // '='

export function bytesToBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const out = new Uint8Array(Math.ceil(view.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < view.length; i += 3) {
    const n = ((view[i] as number) << 16) | ((view[i + 1] as number) << 8) | (view[i + 2] as number);
    out[o++] = ALPHABET[n >> 18] as number;
    out[o++] = ALPHABET[(n >> 12) & 63] as number;
    out[o++] = ALPHABET[(n >> 6) & 63] as number;
    out[o++] = ALPHABET[n & 63] as number;
  }
  if (i < view.length) {
    const n = ((view[i] as number) << 16) | (i + 1 < view.length ? (view[i + 1] as number) << 8 : 0);
    out[o++] = ALPHABET[n >> 18] as number;
    out[o++] = ALPHABET[(n >> 12) & 63] as number;
    out[o++] = i + 1 < view.length ? (ALPHABET[(n >> 6) & 63] as number) : PAD;
    out[o++] = PAD;
  }
  return new TextDecoder().decode(out);
}

/** Throws a DOMException on characters outside the base64 alphabet. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
