import { describe, expect, it } from 'vitest';
import { bucketOf, featuresOf, HASH_BITS, wordsOf } from '../../../utils/hate-model/features';

// What the model reads: words as the word lists read them, with their place in the original text.

describe('features', () => {
  it('hashes a feature the same way every time, inside the buckets', () => {
    expect(bucketOf('w muslim')).toBe(bucketOf('w muslim'));
    expect(bucketOf('w muslim')).not.toBe(bucketOf('w muslims '));
    for (const f of ['', 'c <ab', 'p les juif', '🐒']) {
      expect(bucketOf(f)).toBeGreaterThanOrEqual(0);
      expect(bucketOf(f)).toBeLessThan(1 << HASH_BITS);
    }
  });

  it('reads evasions back into words, and keeps their offsets in the original text', () => {
    const text = 'Les M.U.S.U.L.M.A.N.S sont des r4ts';
    const words = wordsOf(text);
    expect(words.map((w) => w.key)).toEqual(['les', 'musulman', 'sont', 'des', 'rat']);
    for (const w of words) expect(text.slice(w.start, w.end).length).toBeGreaterThan(0);
    expect(text.slice(words[1]?.start, words[1]?.end)).toBe('M.U.S.U.L.M.A.N.S');
    expect(text.slice(words[4]?.start, words[4]?.end)).toBe('r4ts');
  });

  it('gives each word its unigram, its pair with the next word and its character n-grams', () => {
    const { words, buckets, owners, pairs } = featuresOf('Sales rats');
    expect(words).toHaveLength(2);
    expect(buckets).toContain(bucketOf('w sale'));
    expect(buckets).toContain(bucketOf('p sale rat'));
    expect(buckets).toContain(bucketOf('c <sa'));
    expect(buckets).toContain(bucketOf('c rat>'));
    expect(owners).toHaveLength(buckets.length);
    expect(pairs.filter(Boolean)).toHaveLength(1);
  });

  it('reads nothing in an empty or wordless text', () => {
    expect(featuresOf('').buckets).toEqual([]);
    expect(featuresOf(' ... !!! ').buckets).toEqual([]);
  });

  it('stays linear on a long hostile text with no spaces', () => {
    const { buckets } = featuresOf('a'.repeat(10_000));
    // One word: a unigram and the 3- to 5-grams of "<aaa…a>".
    expect(buckets.length).toBeLessThan(4 * 10_010);
  });
});
