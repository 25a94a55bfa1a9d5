import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson } from '../../../utils/log/canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts members by UTF-16 code units, as the RFC 8785 §3.2.3 example does', () => {
    // The RFC's sorting example: keys in this order once canonicalised.
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const keys = Object.keys(JSON.parse(canonicalJson(value)) as object);
    expect(canonicalJson(value)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
    expect(keys).toHaveLength(7);
  });

  it('prints numbers in their shortest form, as the RFC 8785 §3.2.2.3 table does', () => {
    expect(canonicalJson([1e21, 1e-7, 0.000001, -0, 4.5, 333333333.3333333, 1e23, 9007199254740992])).toBe(
      '[1e+21,1e-7,0.000001,0,4.5,333333333.3333333,1e+23,9007199254740992]',
    );
  });

  it('matches the RFC 8785 §3.2.2 example', () => {
    const value = {
      // biome-ignore lint/correctness/noPrecisionLoss: the RFC's example, rounded as it says
      numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
      string: '\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/',
      literals: [null, true, false],
    };
    expect(canonicalJson(value)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('gives the same text whatever the key order, nested too, and drops undefined members', () => {
    expect(canonicalJson({ b: { y: 1, x: [2, { d: 1, c: 2 }] }, a: undefined, c: 'é' })).toBe(
      canonicalJson({ c: 'é', b: { x: [2, { c: 2, d: 1 }], y: 1 } }),
    );
  });

  it('refuses what JSON cannot say', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ n: Number.POSITIVE_INFINITY })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(CanonicalJsonError);
  });

  it('keeps a "__proto__" member as data', () => {
    const value = JSON.parse('{"__proto__":{"x":1},"a":1}') as unknown;
    expect(canonicalJson(value)).toBe('{"__proto__":{"x":1},"a":1}');
  });
});
