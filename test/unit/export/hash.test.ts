import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../utils/evidence/hash';

// Vectors from FIPS 180-2 / NIST CSRC examples.
describe('sha256Hex', () => {
  it('matches the known vectors for "abc" and the empty input', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex(new ArrayBuffer(0))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('hashes only the bytes a view covers', async () => {
    const buffer = new TextEncoder().encode('xxabcxx').buffer;
    expect(await sha256Hex(new Uint8Array(buffer, 2, 3))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
