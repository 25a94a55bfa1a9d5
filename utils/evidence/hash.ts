/** Lowercase hex SHA-256 of the bytes, computed with Web Crypto (available in pages and workers). */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  // Web Crypto refuses views over a SharedArrayBuffer; copying a view yields a plain
  // ArrayBuffer-backed array holding exactly the viewed bytes.
  const input = bytes instanceof Uint8Array ? new Uint8Array(bytes) : bytes;
  const digest = await crypto.subtle.digest('SHA-256', input);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
