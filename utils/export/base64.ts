// Uint8Array.toBase64/fromBase64 are too recent to rely on (Chrome 140, Firefox 133), so this goes
// through btoa/atob. Chunks keep String.fromCharCode's argument list far below engine limits.
const CHUNK = 0x8000;

export function bytesToBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const parts: string[] = [];
  for (let start = 0; start < view.length; start += CHUNK) {
    parts.push(String.fromCharCode(...view.subarray(start, start + CHUNK)));
  }
  return btoa(parts.join(''));
}

/** Throws a DOMException on characters outside the base64 alphabet. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
